package nl.labtafel.cluster;

import java.util.List;

/**
 * Issue 17 round 5: the shipped pipeline against round 4's (root-IDF word weights, no neighbour smoothing) and each
 * change alone, on the tuning sessions as the mean over N draws of 80 % of each session's notes (GlossCompare's
 * draws); {@code heldout} scores the held-out sessions once instead ({@code heldout N}: N draws, to report how steady
 * a held-out figure is, never to choose). Not a test.
 */
final class ThemeSweep {
    private ThemeSweep() {
    }

    static String run(ThemeSuggester s, List<EvaluationSet.LabelledSession> sessions, boolean trueCount) {
        EvaluationReport.Score all = EvaluationReport.score(s, sessions, trueCount);
        EvaluationReport.Score nl = EvaluationReport.score(s, only(sessions, "nl"), trueCount);
        EvaluationReport.Score en = EvaluationReport.score(s, only(sessions, "en"), trueCount);
        return String.format("ARI/NMI all %.3f/%.3f | nl %.3f/%.3f | en %.3f/%.3f", all.ari(), all.nmi(), nl.ari(),
                nl.nmi(), en.ari(), en.nmi());
    }

    static List<EvaluationSet.LabelledSession> only(List<EvaluationSet.LabelledSession> sessions, String language) {
        return sessions.stream().filter(x -> x.language().equals(language)).toList();
    }

    /** The shipped settings with the given word weighting and smoothing. */
    static ThemeSuggester variant(LanguageResources res, boolean idfWeights, boolean smooth) {
        NoteMeaning meaning = new NoteMeaning(res.vectors(), res.gloss(), NoteMeaning.TYPOS, idfWeights);
        return new ThemeSuggester(new ThemeSuggester.Settings(Algorithm.MEANING_AND_WORDS, ClusterCount.Rule.SILHOUETTE,
                Algorithm.MEANING_AND_WORDS.meaningWeight(), true, meaning).smoothed(smooth));
    }

    public static void main(String[] args) {
        EvaluationSet set = EvaluationSet.load();
        if (args.length > 0 && args[0].equals("labels")) {
            // Tuning sessions only: labels were judged on these, never on the held-out ones.
            for (EvaluationSet.LabelledSession ls : set.tuning()) {
                for (ThemeProposal p : new ThemeSuggester().suggest(ls.session(), SuggestOptions.defaults())) {
                    System.out.println(ls.language() + "\t" + p.noteIds().size() + "\t" + p.label());
                }
            }
            return;
        }
        boolean heldOut = args.length > 0 && args[0].equals("heldout");
        // Held out: one cut, or (for reporting only, once the choice is made) N draws like the tuning measure.
        List<EvaluationSet.LabelledSession> sessions = heldOut && args.length < 2 ? set.heldOut()
                : GlossCompare.subsamples(heldOut ? set.heldOut() : set.tuning(),
                        args.length > 1 ? Integer.parseInt(args[1]) : 30);
        LanguageResources res = new ThemeSuggester().resources();
        for (boolean trueCount : List.of(false, true)) {
            System.out.printf("%s, %s count%n", heldOut ? "held out" : "tuning draws", trueCount ? "true" : "automatic");
            System.out.println("  round 4 (root-IDF, no smoothing)  "
                    + run(variant(res, true, false), sessions, trueCount));
            System.out.println("  equal weights                     "
                    + run(variant(res, false, false), sessions, trueCount));
            System.out.println("  root-IDF + smoothing              "
                    + run(variant(res, true, true), sessions, trueCount));
            System.out.println("  shipped                           "
                    + run(new ThemeSuggester(), sessions, trueCount));
        }
    }
}
