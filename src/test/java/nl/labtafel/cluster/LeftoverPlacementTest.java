package nl.labtafel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.labtafel.AppPaths;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import org.junit.jupiter.api.Test;

/**
 * "Help with the leftovers" reads the themes' names as well as their notes: a room that names its themes first and
 * then sorts (the seed's LAB did) gets each post-it's theme proposed from the names alone, and the names sharpen
 * the fit once themes hold notes. PlacementShow {@code names} prints the measurements the floors sit under.
 */
class LeftoverPlacementTest {
    private static final ThemeSuggester SUGGESTER = new ThemeSuggester();
    /** Evaluation sessions, every theme named with its label word and holding its first two notes. */
    static final double TUNING_RIGHT_FLOOR = 0.68;
    static final double HELD_OUT_RIGHT_FLOOR = 0.52;
    /** The seed's room themes by name only, and with their first three notes each. */
    static final double SEED_NAMES_ONLY_FLOOR = 0.60;
    static final double SEED_THREE_GIVEN_FLOOR = 0.80;

    @Test
    void aThemeTheRoomNamedButHasNotFilledGetsTheNotesItsNameDescribes() {
        Session s = ThemeSuggesterTest.session("Newcomers LAB", "newcomers",
                "Minibus to the supermarket on Tuesdays", "Volunteers drive people to the hospital",
                "Bus pass for the first three months", "Dutch lessons at work during lunch",
                "Language cafe in the library", "Conversation partner to practise speaking");
        s.setLanguage("en");
        s.getThemes().add(new Theme("t-travel", "Transport"));
        s.getThemes().add(new Theme("t-language", "Language"));
        Map<String, String> placed = new HashMap<>();
        new LeftoverPlacement(SUGGESTER).allFits(s, Cancel.NEVER).forEach(f -> placed.put(f.noteId(), f.themeId()));
        assertEquals(Map.of("n0", "t-travel", "n1", "t-travel", "n2", "t-travel", "n3", "t-language",
                "n4", "t-language", "n5", "t-language"), placed);
    }

    @Test
    void aThemesNameSharpensTheFitOnTheEvaluationSessions() {
        EvaluationSet set = EvaluationSet.load();
        double tuning = PlacementShow.rightShare(set.tuning(), 2, LeftoverPlacement.NAME_SHARE);
        double tuningNotesOnly = PlacementShow.rightShare(set.tuning(), 2, 0);
        double heldOut = PlacementShow.rightShare(set.heldOut(), 2, LeftoverPlacement.NAME_SHARE);
        double heldOutNotesOnly = PlacementShow.rightShare(set.heldOut(), 2, 0);
        System.out.printf("placed right, 2 notes given: tuning %.3f (notes only %.3f), held out %.3f (%.3f)%n", tuning,
                tuningNotesOnly, heldOut, heldOutNotesOnly);
        assertTrue(tuning >= TUNING_RIGHT_FLOOR && tuning > tuningNotesOnly, "tuning " + tuning);
        assertTrue(heldOut >= HELD_OUT_RIGHT_FLOOR && heldOut > heldOutNotesOnly, "held out " + heldOut);
    }

    @Test
    void theSeedsThemesNamedByTheRoomTakeTheirPostIts() throws Exception {
        Session seed = new SessionStore().load(new AppPaths(Path.of(System.getProperty("labtafel.projectDir", "")))
                .sessions().resolve("arbeidsmigranten-lab-2018-04-24.json"));
        double namesOnly = PlacementShow.seedRightShare(seed, 0);
        double threeGiven = PlacementShow.seedRightShare(seed, 3);
        System.out.printf("seed, placed right: names only %.3f, three notes given %.3f%n", namesOnly, threeGiven);
        assertTrue(namesOnly >= SEED_NAMES_ONLY_FLOOR, "names only " + namesOnly);
        assertTrue(threeGiven >= SEED_THREE_GIVEN_FLOOR, "three given " + threeGiven);
    }
}
