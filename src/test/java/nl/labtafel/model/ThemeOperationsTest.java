package nl.labtafel.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeOperationsTest {

    private static Session session(int notes) {
        Session s = new Session();
        s.getHeader().setParticipantCount(25);
        s.getPhases().add(new Phase("themes", PhaseKind.THEMES, new LocalizedText("Thema's", "Themes"), 15));
        for (int i = 0; i < notes; i++) {
            s.getNotes().add(new Note("n" + i, "post-it " + i, null));
        }
        return s;
    }

    @Test
    void aThemeMadeFromSelectedNotesHoldsExactlyThem() {
        Session s = session(5);
        Theme housing = ThemeOperations.makeTheme(s, List.of("n0", "n1", "n2"), "Huisvesting");
        assertEquals(List.of("n0", "n1", "n2"), s.notesOfTheme(housing.getId()).stream().map(Note::getId).toList());
        ThemeOperations.assign(s, List.of("n3"), housing.getId());
        assertEquals(4, s.notesOfTheme(housing.getId()).size());
        assertTrue(SessionValidator.validate(s).isEmpty());
    }

    @Test
    void deletingAThemeReturnsItsNotesAndNeverDeletesOne() {
        Session s = session(3);
        Theme t = ThemeOperations.makeTheme(s, List.of("n0", "n1"), "Taal");
        ThemeOperations.delete(s, t.getId());
        assertEquals(3, s.getNotes().size());
        assertTrue(s.getNotes().stream().allMatch(n -> n.getThemeId() == null));
        assertTrue(s.getThemes().isEmpty());
    }

    @Test
    void aThemeWhoseTeamHoldsWorkIsNotDeletedOrMergedAway() {
        Session s = session(4);
        Theme a = ThemeOperations.makeTheme(s, List.of("n0"), "A");
        Theme b = ThemeOperations.makeTheme(s, List.of("n1"), "B");
        ThemeOperations.setChosen(s, a.getId(), true);
        ThemeOperations.setChosen(s, b.getId(), true);
        ResearchTeam team = ThemeOperations.team(s, a.getId()).orElseThrow();
        CanvasOperations.add(team, CanvasLane.TRIALS, "Leefstijlonderzoek");
        OperationRefused refused = assertThrows(OperationRefused.class, () -> ThemeOperations.delete(s, a.getId()));
        assertEquals("refused.deleteThemeWithTeam", refused.problem().key());
        assertThrows(OperationRefused.class, () -> ThemeOperations.merge(s, b.getId(), a.getId()));
        assertEquals(2, s.getThemes().size());
        ThemeOperations.merge(s, a.getId(), b.getId());
        assertEquals(1, s.getTeams().size(), "the empty team of the merged theme goes, the working one stays");
        assertEquals(a.getId(), s.getNotes().get(1).getThemeId());
    }

    @Test
    void mergeAndSplitMoveNotesAndVotes() {
        Session s = session(4);
        Theme a = ThemeOperations.makeTheme(s, List.of("n0", "n1"), "Wonen");
        Theme b = ThemeOperations.makeTheme(s, List.of("n2", "n3"), "Handhaving");
        ThemeOperations.vote(s, a.getId(), 3);
        ThemeOperations.vote(s, b.getId(), 2);
        ThemeOperations.merge(s, a.getId(), b.getId());
        assertEquals(5, a.getVotes());
        assertEquals(4, s.notesOfTheme(a.getId()).size());
        Theme split = ThemeOperations.split(s, a.getId(), List.of("n3"), "Handhaving");
        assertEquals(List.of(a, split), s.getThemes());
        assertEquals(split.getId(), s.getNotes().get(3).getThemeId());
    }

    @Test
    void votingCountsDownTheRoomsBudgetAndChoosesTheTop() {
        Session s = session(6);
        List<Theme> themes = fourThemes(s);
        Theme a = themes.get(0);
        Theme b = themes.get(1);
        Theme c = themes.get(2);
        Theme d = themes.get(3);
        assertEquals(75, ThemeOperations.votesRemaining(s).orElseThrow());
        ThemeOperations.vote(s, b.getId(), 9);
        ThemeOperations.vote(s, d.getId(), 7);
        ThemeOperations.vote(s, a.getId(), 2);
        ThemeOperations.vote(s, a.getId(), -5);
        ThemeOperations.voteNote(s, "n5", 1);
        assertEquals(0, a.getVotes(), "never below zero");
        assertEquals(75 - 17, ThemeOperations.votesRemaining(s).orElseThrow());
        ThemeOperations.vote(s, c.getId(), 1);
        ThemeOperations.chooseTop(s, 3);
        assertEquals(List.of(b, d, c), s.chosenThemes().stream().sorted((x, y) -> y.getVotes() - x.getVotes()).toList());
        assertFalse(a.isChosen());
        assertEquals(3, s.getTeams().size(), "each chosen theme has its research team");
        s.getHeader().setParticipantCount(null);
        assertTrue(ThemeOperations.votesRemaining(s).isEmpty());
        ThemeOperations.chooseTop(s, 4);
        assertFalse(a.isChosen(), "a theme without a dot is not chosen once the room has voted");
        assertEquals(3, s.chosenThemes().size());
    }

    @Test
    void beforeAnyVoteTheTopFollowsTheBoard() {
        Session s = session(3);
        Theme a = ThemeOperations.makeTheme(s, List.of("n0"), "A");
        Theme b = ThemeOperations.makeTheme(s, List.of("n1"), "B");
        ThemeOperations.makeTheme(s, List.of("n2"), "C");
        ThemeOperations.chooseTop(s, 2);
        assertEquals(List.of(a, b), s.chosenThemes());
    }

    @Test
    void equalDotsShareAPlaceAndBeforeTheFirstDotNothingIsNumbered() {
        Session s = session(4);
        List<Theme> themes = fourThemes(s);
        Theme a = themes.get(0);
        Theme b = themes.get(1);
        Theme c = themes.get(2);
        Theme d = themes.get(3);
        assertEquals(List.of(a, b, c, d), ThemeOperations.ranking(s), "no dots: the board's order");
        assertArrayEquals(new int[] {0, 0, 0, 0}, ThemeOperations.places(ThemeOperations.ranking(s)));
        ThemeOperations.vote(s, a.getId(), 3);
        ThemeOperations.vote(s, c.getId(), 5);
        ThemeOperations.vote(s, d.getId(), 5);
        assertEquals(List.of(c, d, a, b), ThemeOperations.ranking(s), "equal dots keep the board's order");
        assertArrayEquals(new int[] {1, 1, 3, 4}, ThemeOperations.places(ThemeOperations.ranking(s)));
    }

    @Test
    void aTrialBecomesAnActionThatKeepsItsOrigin() {
        Session s = session(1);
        Theme t = ThemeOperations.makeTheme(s, List.of("n0"), "Beeldvorming");
        ThemeOperations.setChosen(s, t.getId(), true);
        ResearchTeam team = s.getTeams().get(0);
        CanvasNote trial = CanvasOperations.add(team, CanvasLane.TRIALS, "Onderzoeken of een leefstijlonderzoek zinvol is");
        CanvasNote need = CanvasOperations.add(team, CanvasLane.INGREDIENTS, "Informatievoorziening");
        CanvasOperations.move(team, need.getId(), CanvasLane.TRIALS, 0);
        assertEquals(List.of(need, trial), team.getTrials());
        ActionItem action = CanvasOperations.toAction(s, team, trial.getId(), "Gemeente");
        assertEquals(trial.getText(), action.getWhat());
        assertEquals(trial.getId(), action.getSourceNoteId());
        assertEquals(t.getId(), action.getThemeId());
        assertEquals(team.getId(), action.getTeamId());
        assertTrue(SessionValidator.validate(s).isEmpty());
        CanvasOperations.edit(team, trial.getId(), "Leefstijlonderzoek laten doen");
        assertTrue(SessionValidator.validate(s).isEmpty(), "the link survives an edit");
        ThemeOperations.setChosen(s, t.getId(), false);
        assertEquals(1, s.getTeams().size(), "a team with work stays when its theme is unchosen");
    }

    /** Themes A to D, one of the first four notes each, in the board's order. */
    private static List<Theme> fourThemes(Session s) {
        List<Theme> themes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            themes.add(ThemeOperations.makeTheme(s, List.of("n" + i), String.valueOf((char) ('A' + i))));
        }
        return themes;
    }
}
