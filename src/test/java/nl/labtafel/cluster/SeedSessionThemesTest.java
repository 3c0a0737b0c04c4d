package nl.labtafel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.labtafel.AppPaths;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed session's inventory (31 post-its; the room made three themes: housing and enforcement, participation
 * and language, image and support). From nothing, no pipeline recovers the room's three (measured ARI against them:
 * shipped 0.03 in round 2, 0.00 in round 1, Lingo 0.03, Lingo-then-placed 0.07; asked for exactly three themes the
 * shipped pipeline scores -0.03 (round 4, own Dutch gloss and graph communities: 0.00, asked for three -0.02);
 * "image and support" is three notes that share no word and little meaning; SeedShow
 * prints the proposals, ThemeQualityTable reports the row). From nothing, issue 17's "three themes recovered" is NOT
 * met; the whole sentence model, asked for three, scores -0.01 too (2026-12-01). What the room did, naming its three
 * themes and then sorting, works since "help with the leftovers" reads the themes' names: LeftoverPlacementTest
 * (64 % of the post-its placed right by the names alone, 84 % once each theme holds three; notes alone 42 %). This test
 * holds what does hold. Round 3: English notes now go to graph communities, the seed is Dutch and unchanged; its
 * notes glossed word by word show why (GlossShow): the room's themes are policy areas, the notes' shared words
 * are neighbours, Polish and questions.
 */
class SeedSessionThemesTest {
    private static final AppPaths PATHS = new AppPaths(Path.of(System.getProperty("labtafel.projectDir", "")));

    private static Session seed;

    @BeforeAll
    static void load() throws Exception {
        seed = new SessionStore().load(PATHS.sessions().resolve("arbeidsmigranten-lab-2018-04-24.json"));
    }

    @Test
    void fromNothingEveryNoteIsProposedOnceAndNoLabelIsTheSubject() {
        List<ThemeProposal> proposals = new ThemeSuggester().suggest(seed, SuggestOptions.defaults().withAllNotes(true));
        for (ThemeProposal p : proposals) {
            String label = p.label().toLowerCase(Locale.ROOT);
            assertFalse(label.contains("arbeidsmigrant") || label.equals("lab") || label.contains("participatie"),
                    p.label());
        }
        assertEquals(seed.getNotes().size(), proposals.stream().mapToInt(p -> p.noteIds().size()).sum());
        assertEquals(seed.getNotes().size(), proposals.stream().flatMap(p -> p.noteIds().stream()).distinct().count());
    }

    @Test
    void askedForThreeThemesTheFacilitatorGetsThreeCoveringEveryNote() {
        // "Stel 3 thema's voor" (the count in the suggest options, --count 3 on the command line). The three it
        // finds are not the room's (ARI -0.03): they follow shared words (buren, Pools, vragen), the room's follow
        // policy areas. What holds is the count and that no note is lost.
        List<ThemeProposal> proposals = new ThemeSuggester()
                .suggest(seed, SuggestOptions.defaults().withAllNotes(true).withCount(3));
        List<ThemeProposal> themes = proposals.stream().filter(p -> !p.other()).toList();
        assertEquals(3, themes.size(), proposals.toString());
        assertEquals(seed.getNotes().size(), proposals.stream().flatMap(p -> p.noteIds().stream()).distinct().count());
        assertEquals(seed.getNotes().size(), proposals.stream().mapToInt(p -> p.noteIds().size()).sum());
        for (ThemeProposal p : themes) {
            int words = p.label().trim().split("\\s+").length;
            assertTrue(words >= 1 && words <= 4, p.label());
        }
    }
}
