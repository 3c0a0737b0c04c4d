package nl.labtafel.cluster;

import java.util.List;
import java.util.Locale;
import nl.labtafel.model.Note;

/** Prints what each Dutch note becomes in English words (the gloss the meaning vectors see); not a test. */
final class GlossShow {
    private GlossShow() {
    }

    public static void main(String[] args) {
        LanguageResources res = LanguageResources.load();
        EvaluationSet set = EvaluationSet.load();
        boolean heldOut = args.length > 0 && args[0].equals("heldout");
        for (EvaluationSet.LabelledSession ls : heldOut ? set.heldOut() : set.tuning()) {
            if (!ls.language().equals("nl")) {
                continue;
            }
            NoteTerms analysis = ThemeSuggester.analysis(res, "nl", ls.session().getHeader());
            for (Note n : ls.session().getNotes()) {
                StringBuilder out = new StringBuilder();
                for (NoteTerms.Term t : analysis.of(SafeText.of(n.getText()))) {
                    String w = t.surface().toLowerCase(Locale.ROOT);
                    String[] g = res.gloss().ofOrNear(w);
                    out.append(t.isPart() ? " +" : " ").append(w).append('=')
                            .append(g.length == 0 ? (res.vectors().get(w) != null ? "(en)" : "??") : String.join("/", g));
                }
                System.out.println(ls.truth().get(n.getId()) + "\t" + out);
            }
        }
    }
}
