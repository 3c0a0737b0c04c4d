package nl.labtafel.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the suggester against hand-clustered notes (evaluation-notes.tsv: 94 Dutch and 51 English post-its from
 * seven sessions, the last two held out: written after the settings were chosen). Scores are note-weighted over
 * the sessions; "other" notes count as singletons, so leaving a note out is never free.
 *
 * <p>Measured (automatic count, all seven sessions): Lingo as shipped ARI 0.209, purity 0.876, 33 % of notes in
 * "other"; the two held-out sessions alone ARI 0.265 and 0.263. Without compound splitting ARI 0.090 (52 % left
 * over); without the subject stopwords purity 0.841. Bisecting k-means ARI 0.058, purity 0.476 (every note placed,
 * themes mixed); STC ARI 0.096, purity 0.910 with 75 % left over. The floors sit under the shipped scores and
 * above each of those ablations: Carrot2 is deterministic, so falling below one means a change lost what
 * compound splitting or the subject stopwords bring, not noise.
 */
class ThemeSuggesterEvaluationTest {
    static final double ARI_FLOOR = 0.19;
    static final double PURITY_FLOOR = 0.86;
    static final double MAX_OTHER_SHARE = 0.40;

    private static EvaluationSet set;

    @BeforeAll
    static void load() {
        set = EvaluationSet.load();
    }

    record Score(double ari, double purity, double otherShare) {
    }

    static Score score(ThemeSuggester suggester, List<EvaluationSet.LabelledSession> sessions, boolean trueCount) {
        double ari = 0;
        double purity = 0;
        double other = 0;
        int notes = 0;
        for (EvaluationSet.LabelledSession ls : sessions) {
            int count = trueCount ? new HashSet<>(ls.truth().values()).size() : SuggestOptions.AUTOMATIC;
            List<ThemeProposal> proposals = suggester.suggest(ls.session(), SuggestOptions.defaults().withCount(count));
            Map<String, String> predicted = ClusterScores.predicted(proposals);
            int n = ls.truth().size();
            ari += ClusterScores.adjustedRand(ls.truth(), predicted) * n;
            purity += ClusterScores.purity(ls.truth(), predicted) * n;
            other += proposals.stream().filter(ThemeProposal::other).mapToInt(p -> p.noteIds().size()).sum();
            notes += n;
        }
        return new Score(ari / notes, purity / notes, other / notes);
    }

    @Test
    void theSetIsLargeEnoughInBothLanguages() {
        assertTrue(set.notesIn("nl") >= 60, "Dutch notes: " + set.notesIn("nl"));
        assertTrue(set.notesIn("en") >= 30, "English notes: " + set.notesIn("en"));
    }

    @Test
    void shippedSuggesterHoldsItsMeasuredFloor() {
        Score score = score(new ThemeSuggester(), set.sessions(), false);
        System.out.printf("suggester (Lingo + compounds + subject stopwords): ARI %.3f purity %.3f other %.0f%%%n",
                score.ari(), score.purity(), score.otherShare() * 100);
        assertTrue(score.ari() >= ARI_FLOOR, "adjusted Rand index " + score.ari());
        assertTrue(score.purity() >= PURITY_FLOOR, "purity " + score.purity());
        assertTrue(score.otherShare() <= MAX_OTHER_SHARE, "share of notes left in 'other' " + score.otherShare());
    }

    @Test
    void dutchAndEnglishEachHoldTheirFloor() {
        // Measured: Dutch ARI 0.239, purity 0.871; English ARI 0.156, purity 0.885 (English has no compounds to
        // split, so fewer shared features: more notes stay in "other").
        Map<String, double[]> floors = Map.of("nl", new double[] {0.22, 0.85}, "en", new double[] {0.14, 0.86});
        for (String language : List.of("nl", "en")) {
            List<EvaluationSet.LabelledSession> sessions = set.sessions().stream()
                    .filter(s -> s.session().getLanguage().equals(language)).toList();
            Score score = score(new ThemeSuggester(), sessions, false);
            System.out.printf("%s: ARI %.3f purity %.3f other %.0f%%%n", language, score.ari(), score.purity(),
                    score.otherShare() * 100);
            assertTrue(score.ari() >= floors.get(language)[0], language + " adjusted Rand index " + score.ari());
            assertTrue(score.purity() >= floors.get(language)[1], language + " purity " + score.purity());
        }
    }

    @Test
    void reportTheAlternatives() {
        // Not a floor: the numbers for the report, so a future change of algorithm is measured, not guessed.
        for (Algorithm algorithm : Algorithm.values()) {
            for (boolean trueCount : new boolean[] {false, true}) {
                Score s = score(new ThemeSuggester(algorithm), set.sessions(), trueCount);
                System.out.printf("%-16s %-10s ARI %.3f purity %.3f other %.0f%%%n", algorithm,
                        trueCount ? "true count" : "automatic", s.ari(), s.purity(), s.otherShare() * 100);
            }
        }
    }
}
