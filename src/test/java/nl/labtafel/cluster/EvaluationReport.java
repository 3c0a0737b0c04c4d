package nl.labtafel.cluster;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Scores a suggester on labelled sessions: note-weighted ARI, NMI, purity and the share left in "other". */
final class EvaluationReport {
    record Score(double ari, double nmi, double purity, double otherShare) {
        @Override
        public String toString() {
            return String.format("ARI %.3f  NMI %.3f  purity %.3f  other %3.0f%%", ari, nmi, purity, otherShare * 100);
        }
    }

    private EvaluationReport() {
    }

    static Score score(ThemeSuggester suggester, List<EvaluationSet.LabelledSession> sessions, boolean trueCount) {
        double ari = 0;
        double nmi = 0;
        double purity = 0;
        double other = 0;
        int notes = 0;
        for (EvaluationSet.LabelledSession ls : sessions) {
            int count = trueCount ? new HashSet<>(ls.truth().values()).size() : SuggestOptions.AUTOMATIC;
            List<ThemeProposal> proposals = suggester.suggest(ls.session(), SuggestOptions.defaults().withCount(count));
            Map<String, String> predicted = ClusterScores.predicted(proposals);
            int n = ls.truth().size();
            ari += ClusterScores.adjustedRand(ls.truth(), predicted) * n;
            nmi += ClusterScores.nmi(ls.truth(), predicted) * n;
            purity += ClusterScores.purity(ls.truth(), predicted) * n;
            other += proposals.stream().filter(ThemeProposal::other).mapToInt(p -> p.noteIds().size()).sum();
            notes += n;
        }
        return new Score(ari / notes, nmi / notes, purity / notes, other / notes);
    }

    /** Prints the table of every variant (run from the IDE or with java -cp; not a test). */
    public static void main(String[] args) {
        EvaluationSet set = EvaluationSet.load();
        String which = args.length > 0 ? args[0] : "tuning";
        List<EvaluationSet.LabelledSession> sessions = which.equals("heldout") ? set.heldOut()
                : which.equals("all") ? set.sessions() : set.tuning();
        for (Algorithm a : Algorithm.values()) {
            for (ClusterCount.Rule rule : a.isCarrot() ? new ClusterCount.Rule[] {ClusterCount.Rule.EXPECTED}
                    : ClusterCount.Rule.values()) {
                ThemeSuggester s = new ThemeSuggester(new ThemeSuggester.Settings(a, rule, a.meaningWeight(), true));
                for (String lang : List.of("nl", "en")) {
                    List<EvaluationSet.LabelledSession> part = sessions.stream().filter(x -> x.language().equals(lang))
                            .toList();
                    System.out.printf("%-18s %-10s %s auto: %s | true count: %s%n", a, a.isCarrot() ? "" : rule, lang,
                            score(s, part, false), score(s, part, true));
                }
            }
        }
    }
}
