package nl.labtafel.cluster;

import java.util.List;

/** Scores the shipped pipeline with a chosen Dutch gloss and Dutch clustering (issue 17 round 4); not a test. */
final class GlossCompare {
    private GlossCompare() {
    }

    /**
     * Each session drawn again n times with a random 80 % of its notes (fixed seed): one cut's ARI moves by ±0.05 for
     * changes too small to matter, and the mean over many draws is steadier.
     */
    static List<EvaluationSet.LabelledSession> subsamples(List<EvaluationSet.LabelledSession> sessions, int n) {
        java.util.Random random = new java.util.Random(17);
        List<EvaluationSet.LabelledSession> out = new java.util.ArrayList<>();
        for (EvaluationSet.LabelledSession ls : sessions) {
            for (int draw = 0; draw < n; draw++) {
                nl.labtafel.model.Session s = new nl.labtafel.model.Session();
                s.setLanguage(ls.session().getLanguage());
                s.getHeader().setTitle(ls.session().getHeader().getTitle());
                s.getHeader().setSubject(ls.session().getHeader().getSubject());
                java.util.Map<String, String> truth = new java.util.LinkedHashMap<>();
                for (nl.labtafel.model.Note note : ls.session().getNotes()) {
                    if (random.nextDouble() < 0.8) {
                        s.getNotes().add(note);
                        truth.put(note.getId(), ls.truth().get(note.getId()));
                    }
                }
                out.add(new EvaluationSet.LabelledSession(s, truth, ls.heldOut()));
            }
        }
        return out;
    }

    public static void main(String[] args) {
        EvaluationSet set = EvaluationSet.load();
        ThemeSuggester shipped = new ThemeSuggester();
        LanguageResources res = shipped.resources();
        String which = args.length > 0 ? args[0] : "tuning";
        List<EvaluationSet.LabelledSession> sessions = which.equals("heldout") ? set.heldOut() : set.tuning();
        if (args.length > 1) {
            sessions = subsamples(sessions, Integer.parseInt(args[1]));
        }
        for (String g : List.of("dictionary", "both", "both-exact")) {
            for (boolean communities : List.of(false, true)) {
                NoteMeaning meaning = new NoteMeaning(res.vectors(), DutchGloss.load(!g.equals("dictionary"), true),
                        !g.endsWith("exact"));
                ThemeSuggester s = new ThemeSuggester(new ThemeSuggester.Settings(Algorithm.MEANING_AND_WORDS,
                        ClusterCount.Rule.SILHOUETTE, Algorithm.MEANING_AND_WORDS.meaningWeight(), true, meaning)
                        .dutchCommunities(communities));
                System.out.printf("%-10s %-5s %s: all %s | nl %s | en %s%n", g, communities ? "graph" : "tree", which,
                        EvaluationReport.score(s, sessions, false),
                        EvaluationReport.score(s, sessions.stream().filter(x -> x.language().equals("nl")).toList(), false),
                        EvaluationReport.score(s, sessions.stream().filter(x -> x.language().equals("en")).toList(), false));
            }
        }
    }
}
