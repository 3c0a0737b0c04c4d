package nl.labtafel.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What is odd but may be true, so a file with it still loads: {@code validate} prints these as warnings. A
 * team on a theme that is no longer chosen is what the app itself keeps when a theme with canvas work is
 * un-chosen (the facilitator may choose it again); more dots than the room had is a miscount, not damage.
 */
public final class SessionWarnings {

    private SessionWarnings() {
    }

    public static List<Problem> of(Session s) {
        List<Problem> warnings = new ArrayList<>();
        for (int i = 0; i < s.getTeams().size(); i++) {
            String themeId = s.getTeams().get(i).getThemeId();
            String path = "teams[" + i + "].themeId";
            s.theme(themeId).filter(t -> !t.isChosen()).ifPresent(t ->
                    warnings.add(new Problem(path, "warning.themeNotChosen", t.getName())));
        }
        Integer participants = s.getHeader().getParticipantCount();
        if (participants != null) {
            long budget = (long) participants * s.getVotesPerParticipant();
            long given = 0;
            for (Theme t : s.getThemes()) {
                given += t.getVotes();
            }
            if (given > budget) {
                warnings.add(new Problem("themes", "warning.tooManyVotes", given, participants,
                        s.getVotesPerParticipant(), budget));
            }
        }
        return warnings;
    }
}
