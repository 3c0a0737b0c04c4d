package nl.labtafel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a theme's label is a 2-4 word phrase from its notes, never a lone adjective or stop word. Checked on every
 * label the shipped suggester gives on the 13 evaluation sessions and on the seed (automatic count, and the seed
 * asked for 3); one single-word label anywhere fails the test.
 */
class ThemeLabelsTest {
    private static final ThemeSuggester SUGGESTER = new ThemeSuggester();

    /** Every proposed theme's label (not "Overig"/"Other"), with where it came from. */
    static List<String[]> labels() throws Exception {
        List<String[]> out = new ArrayList<>();
        for (EvaluationSet.LabelledSession ls : EvaluationSet.load().sessions()) {
            add(out, ls.session(), SuggestOptions.defaults());
        }
        Session seed = new SessionStore().load(Path.of(System.getProperty("labtafel.projectDir", "."))
                .resolve("sessions/arbeidsmigranten-lab-2018-04-24.json"));
        add(out, seed, SuggestOptions.defaults().withAllNotes(true));
        add(out, seed, SuggestOptions.defaults().withAllNotes(true).withCount(3));
        return out;
    }

    private static void add(List<String[]> out, Session s, SuggestOptions options) {
        for (ThemeProposal p : SUGGESTER.suggest(s, options)) {
            if (!p.other()) {
                out.add(new String[] {s.getHeader().getTitle(), s.getLanguage(), p.label()});
            }
        }
    }

    @Test
    void everyLabelIsAPhraseOfTwoToFourWords() throws Exception {
        List<String[]> labels = labels();
        assertTrue(labels.size() >= 40, "labels " + labels.size());
        java.util.Set<String> weak = SUGGESTER.resources().weakLabelWords();
        for (String[] l : labels) {
            String[] words = l[2].split(" ");
            assertTrue(words.length >= 2 && words.length <= 4, l[0] + ": label '" + l[2] + "' is not 2-4 words");
            String conjunction = "en".equals(l[1]) ? "and" : "en";
            boolean anyStrong = false;
            for (String w : words) {
                String lower = w.toLowerCase(Locale.ROOT);
                anyStrong |= !lower.equals(conjunction) && !weak.contains(lower)
                        && SUGGESTER.resources().isContentWord(l[1], lower);
            }
            assertTrue(anyStrong, l[0] + ": label '" + l[2] + "' rests on weak or stop words alone");
        }
    }

    @Test
    void aThemeWithOneStrongWordIsNamedByThatWordWithItsNeighbour() {
        // The bench notes share one word that can name a theme; their only other word is a weak one (nieuwe). No
        // second term exists, so the label is the strong word with the word beside it in a note: still a phrase.
        Session s = ThemeSuggesterTest.session("Buurt LAB", "buurt", "Fietsenstalling bij station", "fietsenstalling",
                "Fietsenstalling!", "fietsenstalling??", "Bankjes", "bankjes!", "Bankjes??", "Nieuwe bankjes");
        List<String> labels = SUGGESTER.suggest(s, SuggestOptions.defaults().withCount(2)).stream()
                .filter(p -> !p.other()).map(ThemeProposal::label).toList();
        assertTrue(labels.contains("Nieuwe bankjes"), labels.toString());
        labels.forEach(l -> assertTrue(l.split(" ").length >= 2, l));
    }

    @Test
    void aThemeWithOneWordInAllIsNamedByIt() {
        // Notes with one word between them and nothing beside it: that word is the only phrase the notes have.
        Session s = ThemeSuggesterTest.session("Buurt LAB", "buurt", "Bankjes", "bankjes!", "Bankjes??", "BANKJES",
                "Lantaarnpalen", "lantaarnpalen", "Lantaarnpalen!", "lantaarnpalen?");
        List<String> labels = SUGGESTER.suggest(s, SuggestOptions.defaults().withCount(2)).stream()
                .filter(p -> !p.other()).map(ThemeProposal::label).toList();
        assertEquals(List.of("Bankjes", "Lantaarnpalen"), labels.stream().sorted().toList());
    }

    @Test
    void anEnglishParticipleDoesNotHalveALabel() {
        // "Shared" is in every kitchen note, as often as "kitchen" and never beside it: without the participle rule
        // this theme was "Kitchen and shared" (round 4 had "Shared and building"); a participle describes, the label
        // pairs names.
        Session s = ThemeSuggesterTest.session("Housing LAB", "housing", "Kitchen shared by eight people",
                "kitchen too small, everything shared", "Dirty kitchen, bathroom shared too",
                "kitchen rota? all shared", "Kitchen cupboards are shared",
                "Rent too high", "rent deposit", "Rent went up", "rent arrears letter", "deposit never returned");
        s.setLanguage("en");
        List<String> labels = SUGGESTER.suggest(s, SuggestOptions.defaults().withCount(2)).stream()
                .filter(p -> !p.other()).map(ThemeProposal::label).toList();
        assertTrue(labels.stream().anyMatch(l -> l.toLowerCase().contains("kitchen")), labels.toString());
        labels.forEach(l -> assertFalse(l.toLowerCase().matches("(shared and .*|.* and shared)"), l));
    }
}
