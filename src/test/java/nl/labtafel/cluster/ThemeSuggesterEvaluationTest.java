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
 * <p>Measured (automatic count; held-out sessions / all sessions), fifth round (words weigh alike in a note's meaning,
 * graph similarities smoothed over each note's nearest notes: NeighbourSmoothing; Labtafel's own Dutch gloss, Dutch
 * graph communities and no typo tolerance since round 4; graph communities for English and 4-bit word vectors since
 * rounds 3 and 2):
 * <pre>
 * pipeline                              held-out ARI  NMI   purity other | all ARI  other
 * round 5 (shipped)                           0.206  0.444  0.586   0 %  |   0.295   0 %   tuning 0.355
 *   per language                        nl 0.224, en 0.177               |   tuning 30 draws of 80 %: 0.301
 *   the same given the true theme count       0.175                      |   (nl 0.261, en 0.347)
 * round 4: meaning + words, own gloss, graphs 0.190  0.457  0.594   0 %  |   0.270   0 %   tuning 0.325
 *                                                                        |   tuning 30 draws: 0.265
 *   per language                        nl 0.177, en 0.210               |   tuning nl 0.286, en 0.370
 *   the same given the true theme count       0.205                      |   (theAutomaticCount…)
 *   the same with typo tolerance              0.206  0.469  0.609        |   tuning nl 0.249 (typoTolerance…)
 * round 3: FreeDict alone, nl tree, typos     0.146  0.391  0.555   0 %  |   0.256   0 %   tuning 0.331
 *   per language                        nl 0.105, en 0.210               |   tuning nl 0.298, en 0.370
 *   the same with FreeDict's ĳ words found    0.111  0.358              (thePreviousPipeline…)
 * round 2: linkage for both languages         0.137  0.369  0.531   0 %  |   0.239   0 %   tuning 0.308
 * round 1 (8-bit vectors, exact gloss)        0.125  0.350  0.492   0 %  |   0.235   0 %   tuning 0.309
 * Lingo (the suggester until issue 17)        0.125  0.603  0.805  34 %  |   0.173  37 %
 * sentence model, whole (test scope only)     nl 0.202, en 0.293         |   (2026-12-01: Dutch content words only;
 *                                                                        |   every word glossed gave nl 0.091)
 *   (theWholeSentenceModelIsMeasuredToo; in the app it would add ~130 MB of ONNX Runtime, tokenizer and model)
 * </pre>
 * The aim, ARI &gt;= 0.40 on held-out sessions, is NOT met. Round 5 chose on the tuning sessions' 30-draw mean only
 * (ThemeSweep); held out, Dutch gained and English lost. Round 4 chose on the Dutch tuning sessions with a steadier
 * measure than one cut's ARI, the mean over 20 draws of 80 % of each session's notes (GlossCompare): own gloss + graph
 * communities 0.233 (NMI 0.496), FreeDict + tree as shipped in round 3 0.205 (0.403), own gloss + tree 0.183; and
 * same-theme notes rank higher (MAP 0.489 → 0.511). On one cut of the tuning sessions round 3 still scores higher
 * (Dutch 0.298 against 0.286): its settings had all been chosen on exactly those sessions. Round 3 (VariantSweep) found
 * that knowing the count does not help and that FreeDict repairs (ĳ headwords, first sense only, fewer words, sense by
 * context, compound heads) left the ranking of notes where it was. Round 2 measured SIF weights, principal-component
 * removal, spectral clustering, kernel k-means, second-order similarity, count ranges and smaller vectors
 * (VariantSweep). The floors sit just under the shipped scores: round 3's pipeline (held out 0.111 with the ĳ words
 * found, NMI 0.358, Dutch 0.047) falls under them (thePreviousPipelineFallsUnderTheFloors), and so does a change
 * that loses the word vectors, the gloss or the centring. Everything is deterministic, so falling under is not noise.
 */
class ThemeSuggesterEvaluationTest {
    static final double HELD_OUT_ARI_FLOOR = 0.20;
    static final double HELD_OUT_NMI_FLOOR = 0.44;
    static final double TUNING_ARI_FLOOR = 0.35;
    static final double NL_HELD_OUT_ARI_FLOOR = 0.22;
    static final double EN_HELD_OUT_ARI_FLOOR = 0.17;
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
    void thePreviousPipelineFallsUnderTheFloors() {
        // Round 4's pipeline: words weigh the root of their IDF, no neighbour smoothing (held out 0.190, Dutch 0.177,
        // tuning 0.325). Its held-out NMI (0.457) and English ARI (0.210) are higher than the shipped ones: round 5
        // was chosen on the tuning sessions, and on the 5 held-out sessions English lost (0.210 → 0.177).
        ThemeSuggester previous = ThemeSweep.variant(SHIPPED.resources(), true, false);
        Score heldOut = EvaluationReport.score(previous, set.heldOut(), false);
        Score tuning = EvaluationReport.score(previous, set.tuning(), false);
        Score dutch = EvaluationReport.score(previous, set.heldOut().stream()
                .filter(x -> x.language().equals("nl")).toList(), false);
        System.out.println("round 4 pipeline, held out: " + heldOut + " | Dutch " + dutch + " | tuning " + tuning);
        assertTrue(heldOut.ari() < HELD_OUT_ARI_FLOOR, "round 4 held out " + heldOut.ari());
        assertTrue(dutch.ari() < NL_HELD_OUT_ARI_FLOOR, "round 4 Dutch held out " + dutch.ari());
        assertTrue(tuning.ari() < TUNING_ARI_FLOOR, "round 4 tuning " + tuning.ari());
        // Round 3's (FreeDict alone, typo tolerant, Dutch cut from the tree) falls under the NMI floor as well.
        NoteMeaning freeDictOnly = new NoteMeaning(SHIPPED.resources().vectors(), DutchGloss.load(false, true), true,
                true);
        ThemeSuggester roundThree = new ThemeSuggester(new ThemeSuggester.Settings(Algorithm.MEANING_AND_WORDS,
                ClusterCount.Rule.SILHOUETTE, Algorithm.MEANING_AND_WORDS.meaningWeight(), true, freeDictOnly)
                .dutchCommunities(false).smoothed(false));
        Score three = EvaluationReport.score(roundThree, set.heldOut(), false);
        System.out.println("round 3 pipeline, held out: " + three);
        assertTrue(three.nmi() < HELD_OUT_NMI_FLOOR && three.ari() < HELD_OUT_ARI_FLOOR, "round 3 held out " + three);
    }

    @Test
    void eachLanguageHoldsItsFloorOnHeldOutSessions() {
        // Measured: Dutch 0.224, English 0.177 (round 4: 0.177, 0.210; round 1: 0.088, 0.182).
        for (String language : List.of("nl", "en")) {
            Score s = EvaluationReport.score(SHIPPED, set.heldOut().stream()
                    .filter(x -> x.language().equals(language)).toList(), false);
            System.out.println(language + ", held out: " + s);
            assertTrue(s.ari() >= (language.equals("nl") ? NL_HELD_OUT_ARI_FLOOR : EN_HELD_OUT_ARI_FLOOR),
                    language + " held-out ARI " + s.ari());
        }
    }

    @Test
    void theAutomaticCountDoesAsWellAsKnowingTheRoomsCount() {
        // Oracle k: each held-out session clustered into exactly as many themes as its labels have. Measured (round
        // 3): automatic 0.137, true count 0.134 (nl 0.105 both, en 0.186 against 0.180). Knowing the count does not
        // help: what is missing is the similarity, not the number of themes. A count rule that goes wrong falls under.
        Score automatic = EvaluationReport.score(SHIPPED, set.heldOut(), false);
        Score trueCount = EvaluationReport.score(SHIPPED, set.heldOut(), true);
        System.out.println("held out, automatic count: " + automatic + " | the true count: " + trueCount);
        assertTrue(automatic.ari() >= trueCount.ari() - 0.02,
                "the automatic count loses to the true count: " + automatic + " against " + trueCount);
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
    void typoToleranceIsMeasured() {
        // Round 2 shipped it (FreeDict alone: MAP 0.471 → 0.488); with Labtafel's own gloss the Dutch tuning sessions
        // score better without it (0.286 against 0.249), so since round 4 it is off (NoteMeaning.TYPOS).
        ThemeSuggester tolerant = new ThemeSuggester(new ThemeSuggester.Settings(Algorithm.MEANING_AND_WORDS,
                ClusterCount.Rule.SILHOUETTE, Algorithm.MEANING_AND_WORDS.meaningWeight(), true,
                new NoteMeaning(SHIPPED.resources().vectors(), SHIPPED.resources().gloss(), true)));
        List<EvaluationSet.LabelledSession> dutchTuning = set.tuning().stream().filter(s -> s.language().equals("nl"))
                .toList();
        Score with = EvaluationReport.score(tolerant, dutchTuning, false);
        Score shipped = EvaluationReport.score(SHIPPED, dutchTuning, false);
        System.out.println("Dutch tuning, gloss with typo tolerance: " + with + " | shipped (without): " + shipped);
        System.out.println("held out, gloss with typo tolerance: " + EvaluationReport.score(tolerant, set.heldOut(), false));
        assertTrue(shipped.ari() >= with.ari(), "typo tolerance would help Dutch tuning sessions: " + with + " vs " + shipped);
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
