package nl.labtafel.cluster;

import java.util.List;

/**
 * Prints the shipped pipeline beside the same pipeline with the whole sentence model as its meaning source (test
 * scope only) on tuning and held-out sessions; not a test. Run: java -cp … nl.labtafel.cluster.EvaluationSweep
 */
final class EvaluationSweep {
    private EvaluationSweep() {
    }

    public static void main(String[] args) {
        EvaluationSet set = EvaluationSet.load();
        ThemeSuggester shipped = new ThemeSuggester();
        ThemeSuggester sentence = new ThemeSuggester(Algorithm.LINGO_THEN_PLACED);
        for (String which : List.of("tuning")) {
            List<EvaluationSet.LabelledSession> sessions = which.equals("tuning") ? set.tuning() : set.heldOut();
            for (String lang : List.of("nl", "en")) {
                List<EvaluationSet.LabelledSession> part = sessions.stream().filter(x -> x.language().equals(lang))
                        .toList();
                System.out.printf("%-8s %s word vectors   %s%n", which, lang, EvaluationReport.score(shipped, part, false));
                System.out.printf("%-8s %s sentence model %s%n", which, lang, EvaluationReport.score(sentence, part, false));
            }
        }
    }
}
