package nl.labtafel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import nl.labtafel.testing.SessionFixtures;
import org.junit.jupiter.api.Test;

/** Files that the JSON types accept but that do not hang together: each is refused naming the place. */
class ConsistencyRulesTest {

    private static Session session() {
        Session s = SessionFixtures.generated(20, 3);
        assertEquals(List.of(), SessionValidator.validate(s));
        return s;
    }

    private static List<String> problems(Consumer<Session> damage) {
        Session s = session();
        damage.accept(s);
        return SessionValidator.validate(s).stream().map(p -> p.path() + " " + p.key()).toList();
    }

    @Test
    void aCanvasNoteLinksAPostItOnce() {
        assertEquals(List.of("teams[0].ingredients[0].linkedNoteIds[1] problem.duplicateLink"), problems(s -> {
            CanvasNote note = s.getTeams().get(0).getIngredients().get(0);
            note.getLinkedNoteIds().add(note.getLinkedNoteIds().get(0));
        }));
    }

    @Test
    void anActionComesFromANoteNotATheme() {
        assertEquals(List.of("actions[0].sourceNoteId problem.notANote"),
                problems(s -> s.getActions().get(0).setSourceNoteId(s.getThemes().get(0).getId())));
    }

    @Test
    void anActionsTeamAndThemeAgree() {
        assertEquals(List.of("actions[0].themeId problem.teamThemeDiffers"), problems(s -> {
            s.getActions().get(0).setTeamId(s.getTeams().get(0).getId());
            s.getActions().get(0).setThemeId(s.getTeams().get(1).getThemeId());
        }));
    }

    @Test
    void aTeamWorksOneThemeAndEachThemeHasOneTeam() {
        assertEquals(List.of("teams[1].themeId problem.required"),
                problems(s -> s.getTeams().get(1).setThemeId(null)));
        assertEquals(List.of("teams[1].themeId problem.twoTeams"),
                problems(s -> s.getTeams().get(1).setThemeId(s.getTeams().get(0).getThemeId())));
    }

    @Test
    void aTeamOnAThemeNoLongerChosenIsAWarningBecauseTheAppKeepsSuchATeam() {
        Session s = session();
        String themeId = s.getTeams().get(0).getThemeId();
        s.getTeams().get(0).setOutcome("werk");
        ThemeOperations.setChosen(s, themeId, false);
        assertEquals(List.of(), SessionValidator.validate(s));
        assertEquals(List.of("teams[0].themeId warning.themeNotChosen"),
                SessionWarnings.of(s).stream().map(p -> p.path() + " " + p.key()).toList());
    }

    @Test
    void aSessionHasPhasesAndNoNegativeDots() {
        assertEquals(List.of("phases problem.noPhases", "currentPhaseId problem.missingLink"), problems(s -> {
            s.setCurrentPhaseId(s.getPhases().get(0).getId());
            s.getPhases().clear();
        }));
        assertEquals(List.of("votesPerParticipant problem.range"), problems(s -> s.setVotesPerParticipant(-1)));
    }

    @Test
    void moreDotsThanTheRoomHadIsAWarning() {
        Session s = session();
        s.getHeader().setParticipantCount(2);
        s.setVotesPerParticipant(3);
        s.getThemes().forEach(t -> t.setVotes(0));
        s.getThemes().get(0).setVotes(7);
        assertTrue(SessionValidator.validate(s).isEmpty());
        assertEquals(List.of("themes warning.tooManyVotes"),
                SessionWarnings.of(s).stream().map(p -> p.path() + " " + p.key()).toList());
        s.getThemes().get(0).setVotes(6);
        assertEquals(List.of(), SessionWarnings.of(s));
    }
}
