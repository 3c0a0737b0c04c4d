package nl.labtafel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.labtafel.AppPaths;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed session's inventory (31 post-its; the room made three themes: housing and enforcement, participation
 * and language, image and support). The suggester proposes finer themes than the room; what matters is that
 * they refine the room's three rather than cut across them.
 *
 * <p>Measured: 10 themes, 23 of 31 notes placed (22 of them themed by the room); 18 of those 22 (82 %) sit in a
 * proposal whose majority is their own seed theme (Locatie, Kamer, Verblijf: housing; Nederlands, Helpen, Vragen:
 * participation); housing and participation are each the majority of three or more proposals. "Image and
 * support" has three notes that share no content word, so it is not recovered as a theme of its own.
 */
class SeedSessionThemesTest {
    private static final AppPaths PATHS = new AppPaths(Path.of(System.getProperty("labtafel.projectDir", "")));
    private static final String HOUSING = "Huisvesting en handhaving";
    private static final String PARTICIPATION = "Meedoen, participatie in de samenleving (inclusief taal)";

    private static Session seed;
    private static Map<String, String> truth;
    private static List<ThemeProposal> proposals;

    @BeforeAll
    static void suggest() throws Exception {
        seed = new SessionStore().load(PATHS.sessions().resolve("arbeidsmigranten-lab-2018-04-24.json"));
        truth = new HashMap<>();
        for (Note n : seed.getNotes()) {
            if (n.getThemeId() != null) {
                truth.put(n.getId(), seed.theme(n.getThemeId()).orElseThrow().getName());
            }
        }
        proposals = new ThemeSuggester().suggest(seed, SuggestOptions.defaults().withAllNotes(true));
    }

    private static String majority(ThemeProposal p) {
        Map<String, Integer> counts = new HashMap<>();
        p.noteIds().stream().filter(truth::containsKey).forEach(id -> counts.merge(truth.get(id), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    @Test
    void proposalsRefineTheRoomsThemes() {
        int placed = 0;
        int agreeing = 0;
        for (ThemeProposal p : proposals) {
            if (p.other()) {
                continue;
            }
            String major = majority(p);
            for (String id : p.noteIds()) {
                if (truth.containsKey(id)) {
                    placed++;
                    agreeing += truth.get(id).equals(major) ? 1 : 0;
                }
            }
        }
        System.out.printf("seed: %d themed notes placed, %d agree with their proposal's majority%n", placed, agreeing);
        assertTrue(placed >= 18, "placed " + placed);
        assertTrue((double) agreeing / placed >= 0.8, agreeing + " of " + placed);
    }

    @Test
    void housingAndParticipationEachGetTheirOwnProposals() {
        long housing = proposals.stream().filter(p -> !p.other()).filter(p -> majority(p).equals(HOUSING)).count();
        long participation = proposals.stream().filter(p -> !p.other())
                .filter(p -> majority(p).equals(PARTICIPATION)).count();
        assertTrue(housing >= 2, "housing proposals " + housing);
        assertTrue(participation >= 2, "participation proposals " + participation);
    }

    @Test
    void noLabelIsTheSessionSubject() {
        for (ThemeProposal p : proposals) {
            String label = p.label().toLowerCase(Locale.ROOT);
            assertFalse(label.contains("arbeidsmigrant") || label.equals("lab") || label.contains("participatie"),
                    p.label());
        }
        assertEquals(seed.getNotes().size(), proposals.stream().mapToInt(p -> p.noteIds().size()).sum());
    }
}
