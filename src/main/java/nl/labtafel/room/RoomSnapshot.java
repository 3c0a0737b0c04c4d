package nl.labtafel.room;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.LocalizedText;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.RoomState;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;

/**
 * What a phone may see of the session, copied on the owner thread: the phase, the groups, themes (and
 * their dots only once voting is closed), teams and lane questions. Nothing else leaves the laptop.
 */
public record RoomSnapshot(String phase, String title, List<Group> groups, List<Named> themes, List<Named> teams,
                           Map<String, LocalizedText> lanes, int dots, boolean votingClosed, boolean allowNames,
                           int maxChars, List<String> myBallot) {

    public record Group(String id, String nl, String en, String colour) {
    }

    /** A theme or team; {@code votes} is null while voting is open. */
    public record Named(String id, String name, Integer votes) {
    }

    static RoomSnapshot of(Session session, RoomLimits limits, String ballotKey) {
        PhaseKind phase = RoomRules.phase(session);
        RoomState room = session.getRoom();
        boolean closed = room != null && room.isVotingClosed();
        List<Group> groups = new ArrayList<>();
        for (ActorGroup g : session.getActorGroups()) {
            groups.add(new Group(g.getId(), g.getName().getNl(), g.getName().getEn(), g.getColour()));
        }
        List<Named> themes = new ArrayList<>();
        for (Theme t : session.getThemes()) {
            themes.add(new Named(t.getId(), t.getName(), closed ? t.getVotes() : null));
        }
        List<Named> teams = new ArrayList<>();
        for (ResearchTeam team : session.getTeams()) {
            String name = session.theme(team.getThemeId()).map(Theme::getName).orElse(team.getId());
            teams.add(new Named(team.getId(), name, null));
        }
        Map<String, LocalizedText> lanes = new LinkedHashMap<>();
        for (CanvasLane lane : CanvasLane.values()) {
            lanes.put(lane.name(), session.getCanvasQuestions().question(lane).copy());
        }
        List<String> ballot = room == null || ballotKey == null ? List.of()
                : List.copyOf(room.getBallots().getOrDefault(ballotKey, List.of()));
        return new RoomSnapshot(phase == null ? "NONE" : phase.name(), session.getHeader().getTitle(), groups, themes,
                teams, lanes, session.getVotesPerParticipant(), closed, room != null && room.isAllowNames(),
                limits.maxChars(), ballot);
    }
}
