package nl.labtafel.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.labtafel.cluster.EvaluationReport.Score;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores theme suggestions against hand-labelled post-its (evaluation-notes.tsv: 317 notes from 13 sessions, 180
 * Dutch and 137 English; 5 sessions and 128 notes held out: no setting was chosen on them). Scores are note-weighted
 * over sessions; "other" notes count as singletons, so leaving a note out is never free.
 *
 * <p>Measured (automatic count; held-out sessions / all sessions):
 * <pre>
 * pipeline                              held-out ARI  NMI   purity other | all ARI  other
 * meaning + words, linkage (shipped)          0.125  0.350  0.492   0 %  |   0.235   0 %   tuning 0.309
 * meaning alone (distilled word vectors)      0.123  0.366  0.492   0 %  |   0.193   0 %
 * words alone (TF-IDF, stems, compounds)      0.031  0.265  0.391  13 %  |   0.038  13 %
 * Lingo (the suggester until issue 17)        0.125  0.603  0.805  34 %  |   0.173  37 %
 * Lingo, its leftovers placed by meaning      0.140  0.459  0.602   3 %  |   0.212   7 %
 * bisecting k-means / STC                     0.009 / 0.024              |   0.041 / 0.080 (STC: 80 % other)
 * count by silhouette (shipped) / gap / n÷6   0.125 / 0.115 / 0.112      |   0.235 / 0.233 / 0.234
 * sentence model, whole (test scope only)     nl 0.033, en 0.234         |   tuning nl 0.065, en 0.454
 *   (theWholeSentenceModelIsMeasuredToo; in the app it would add ~130 MB of ONNX Runtime, tokenizer and model)
 * </pre>
 * The shipped pipeline was chosen on the tuning sessions (0.309 against Lingo 0.206 and Lingo-then-placed ~0.26);
 * on the held-out ones Lingo-then-placed scores a little higher, which a second held-out set should settle.
 * The floors sit just under the shipped scores: a change that swaps in a weaker pipeline (or loses the word vectors,
 * the gloss or the centring) falls under one of them. Everything is deterministic, so falling under is not noise.
 */
class ThemeSuggesterEvaluationTest {
    static final double HELD_OUT_ARI_FLOOR = 0.11;
    static final double HELD_OUT_NMI_FLOOR = 0.33;
    static final double TUNING_ARI_FLOOR = 0.29;
    static final double MAX_OTHER_SHARE = 0.20;

    private static EvaluationSet set;
    private static final ThemeSuggester SHIPPED = new ThemeSuggester();

    @BeforeAll
    static void load() {
        set = EvaluationSet.load();
    }

    @Test
    void theSetIsLargeVariedAndAThirdIsHeldOut() {
        long notes = set.notesIn("nl") + set.notesIn("en");
        long heldOut = set.heldOut().stream().mapToLong(s -> s.truth().size()).sum();
        assertTrue(notes >= 300, "notes " + notes);
        assertTrue(set.sessions().size() >= 10, "sessions " + set.sessions().size());
        assertTrue(set.notesIn("nl") >= 100 && set.notesIn("en") >= 100, "both languages");
        assertTrue(heldOut * 3 >= notes, "held out " + heldOut + " of " + notes);
        assertTrue(set.heldOut().stream().anyMatch(s -> s.language().equals("en"))
                && set.heldOut().stream().anyMatch(s -> s.language().equals("nl")), "held out in both languages");
    }

    @Test
    void shippedSuggesterHoldsItsFloorsOnHeldOutSessions() {
        Score heldOut = EvaluationReport.score(SHIPPED, set.heldOut(), false);
        Score tuning = EvaluationReport.score(SHIPPED, set.tuning(), false);
        System.out.println("shipped, held out: " + heldOut);
        System.out.println("shipped, tuning:   " + tuning);
        assertTrue(heldOut.ari() >= HELD_OUT_ARI_FLOOR, "held-out adjusted Rand index " + heldOut.ari());
        assertTrue(heldOut.nmi() >= HELD_OUT_NMI_FLOOR, "held-out NMI " + heldOut.nmi());
        assertTrue(heldOut.otherShare() <= MAX_OTHER_SHARE, "held-out share in 'other' " + heldOut.otherShare());
        assertTrue(tuning.ari() >= TUNING_ARI_FLOOR, "tuning adjusted Rand index " + tuning.ari());
        assertTrue(tuning.otherShare() <= MAX_OTHER_SHARE, "tuning share in 'other' " + tuning.otherShare());
    }

    @Test
    void eachLanguageHoldsItsFloorOnHeldOutSessions() {
        // Measured: Dutch 0.088, English 0.182. Dutch goes through the word-by-word gloss and scores lower.
        for (String language : List.of("nl", "en")) {
            Score s = EvaluationReport.score(SHIPPED, set.heldOut().stream()
                    .filter(x -> x.language().equals(language)).toList(), false);
            System.out.println(language + ", held out: " + s);
            assertTrue(s.ari() >= (language.equals("nl") ? 0.07 : 0.16), language + " held-out ARI " + s.ari());
        }
    }

    @Test
    void reportEveryVariantAndShipTheBest() {
        Score shipped = EvaluationReport.score(SHIPPED, set.sessions(), false);
        for (Algorithm algorithm : Algorithm.values()) {
            ThemeSuggester variant = new ThemeSuggester(algorithm);
            Score heldOut = EvaluationReport.score(variant, set.heldOut(), false);
            Score all = EvaluationReport.score(variant, set.sessions(), false);
            System.out.printf("%-18s held out %s | all %s%n", algorithm, heldOut, all);
            boolean weaker = all.ari() < shipped.ari() || all.otherShare() > MAX_OTHER_SHARE;
            assertTrue(algorithm == Algorithm.MEANING_AND_WORDS || weaker,
                    algorithm + " would be better than the shipped pipeline: " + all + " against " + shipped);
        }
        for (ClusterCount.Rule rule : ClusterCount.Rule.values()) {
            ThemeSuggester variant = new ThemeSuggester(new ThemeSuggester.Settings(Algorithm.MEANING_AND_WORDS, rule,
                    Algorithm.MEANING_AND_WORDS.meaningWeight(), true));
            System.out.printf("count by %-10s held out %s | all %s%n", rule,
                    EvaluationReport.score(variant, set.heldOut(), false),
                    EvaluationReport.score(variant, set.sessions(), false));
        }
    }

    @Test
    void theWholeSentenceModelIsMeasuredToo() {
        // The model the word vectors are distilled from, embedding each note as a sentence (Dutch glossed first).
        ThemeSuggester sentence = new ThemeSuggester(new ThemeSuggester.Settings(Algorithm.MEANING_AND_WORDS,
                ClusterCount.Rule.SILHOUETTE, Algorithm.MEANING_AND_WORDS.meaningWeight(), true,
                new SentenceModelMeaning(SHIPPED.resources().gloss())));
        List<EvaluationSet.LabelledSession> dutch = set.heldOut().stream().filter(s -> s.language().equals("nl"))
                .toList();
        List<EvaluationSet.LabelledSession> english = set.heldOut().stream().filter(s -> s.language().equals("en"))
                .toList();
        Score nl = EvaluationReport.score(sentence, dutch, false);
        Score en = EvaluationReport.score(sentence, english, false);
        System.out.println("sentence model, held out: nl " + nl + " | en " + en);
        assertTrue(en.ari() >= 0.20, "English held out " + en.ari());
        assertTrue(nl.ari() < EvaluationReport.score(SHIPPED, dutch, false).ari(),
                "on Dutch the whole model loses to the shipped word vectors: " + nl.ari());
    }
}
