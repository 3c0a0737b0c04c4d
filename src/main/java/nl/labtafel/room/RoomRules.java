package nl.labtafel.room;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.labtafel.model.Phase;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.RoomItem;
import nl.labtafel.model.RoomItemKind;
import nl.labtafel.model.RoomState;
import nl.labtafel.model.Session;

/**
 * What a phone may send, decided against the live session on its owner thread: the phase says which
 * kind of item (inventory: post-its; "Kansen en uitdagingen": insights; themes: dots; research teams:
 * canvas notes), the text must fit, and groups, teams and themes must exist.
 */
public final class RoomRules {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n]]");

    private RoomRules() {
    }

    public static boolean validKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The current phase's kind, or null when the session has none. */
    public static PhaseKind phase(Session session) {
        String id = session.getCurrentPhaseId();
        return session.getPhases().stream().filter(p -> p.getId().equals(id)).map(Phase::getKind)
                .findFirst().orElse(null);
    }

    /** The kind of item the phone may send in this phase, if any (the themes phase takes dots instead). */
    public static Optional<RoomItemKind> accepts(PhaseKind phase) {
        if (phase == null) {
            return Optional.empty();
        }
        return switch (phase) {
            case INVENTORY -> Optional.of(RoomItemKind.NOTE);
            case INSIGHTS -> Optional.of(RoomItemKind.INSIGHT);
            case RESEARCH_TEAMS -> Optional.of(RoomItemKind.CANVAS_NOTE);
            default -> Optional.empty();
        };
    }

    /** Text as it is kept: trimmed, control characters as spaces (a line break stays), at most 3 line breaks. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll(" ").strip();
        return cleaned.replaceAll("\\n{3,}", "\n\n");
    }

    /**
     * Cleans the item's text and organisation in place ({@link #clean}). Needs no session, so the server's own
     * thread does it before the item hops to the session's thread; {@link #check} expects it done.
     */
    public static void prepare(RoomItem item) {
        item.setText(clean(item.getText()));
        item.setOrganisation(clean(item.getOrganisation()));
    }

    /** Null when the item (already {@link #prepare prepared}) may go into the inbox. */
    public static Refusal check(Session session, RoomItem item, RoomLimits limits) {
        if (!validKey(item.getKey()) || item.getKind() == null) {
            return Refusal.BAD_REQUEST;
        }
        if (accepts(phase(session)).filter(k -> k == item.getKind()).isEmpty()) {
            return Refusal.WRONG_PHASE;
        }
        if (item.getText() == null || item.getText().isEmpty()) {
            return Refusal.EMPTY;
        }
        if (item.getText().codePointCount(0, item.getText().length()) > limits.maxChars()) {
            return Refusal.TOO_LONG;
        }
        RoomState room = session.getRoom();
        String organisation = room != null && room.isAllowNames() ? item.getOrganisation() : "";
        if (organisation == null) {
            organisation = "";
        }
        if (organisation.length() > 120) {
            return Refusal.TOO_LONG;
        }
        item.setOrganisation(organisation);
        String group = item.getActorGroupId();
        if (group != null && session.actorGroup(group).isEmpty()) {
            return Refusal.UNKNOWN_GROUP;
        }
        return switch (item.getKind()) {
            case NOTE -> group == null ? Refusal.UNKNOWN_GROUP : null;
            case INSIGHT -> item.getInsightKind() == null ? Refusal.BAD_REQUEST : null;
            case CANVAS_NOTE -> canvasProblem(session, item);
        };
    }

    private static Refusal canvasProblem(Session session, RoomItem item) {
        if (item.getLane() == null) {
            return Refusal.BAD_REQUEST;
        }
        boolean team = session.getTeams().stream().anyMatch(t -> t.getId().equals(item.getTeamId()));
        return team ? null : Refusal.UNKNOWN_TEAM;
    }

    /** Null when the ballot may replace the previous one of the same key. */
    public static Refusal checkBallot(Session session, String ballotKey, List<String> themeIds) {
        if (!validKey(ballotKey) || themeIds == null) {
            return Refusal.BAD_REQUEST;
        }
        if (phase(session) != PhaseKind.THEMES) {
            return Refusal.WRONG_PHASE;
        }
        if (session.getRoom() != null && session.getRoom().isVotingClosed()) {
            return Refusal.VOTING_CLOSED;
        }
        if (themeIds.size() > session.getVotesPerParticipant()) {
            return Refusal.TOO_MANY_DOTS;
        }
        for (String id : themeIds) {
            if (id == null || session.theme(id).isEmpty()) {
                return Refusal.UNKNOWN_THEME;
            }
        }
        return null;
    }
}
