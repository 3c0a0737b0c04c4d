package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;

/** Placement accuracy with 3 given notes per true theme, by score threshold; not a test. */
final class PlacementShow {
    private PlacementShow() {
    }

    /** A copy of the session where the first {@code given} notes of each true theme are in a theme of that name. */
    static Session withGivenNotes(EvaluationSet.LabelledSession ls, int given) {
        Session s = ls.session().copy();
        Map<String, String> truth = ls.truth();
        java.util.Map<String, Integer> taken = new java.util.HashMap<>();
        for (var n : s.getNotes()) {
            String t = truth.get(n.getId());
            if (s.theme(t).isEmpty()) {
                s.getThemes().add(new Theme(t, t));
            }
            if (taken.merge(t, 1, Integer::sum) <= given) {
                n.setThemeId(t);
            }
        }
        return s;
    }

    public static void main(String[] args) {
        EvaluationSet set = EvaluationSet.load();
        LeftoverPlacement placement = new LeftoverPlacement(new ThemeSuggester());
        for (String which : List.of("tuning", "heldout")) {
            List<LeftoverPlacement.Fit> all = new ArrayList<>();
            List<Boolean> right = new ArrayList<>();
            double chance = 0;
            for (var ls : which.equals("tuning") ? set.tuning() : set.heldOut()) {
                Session s = withGivenNotes(ls, 3);
                for (var f : placement.allFits(s, Cancel.NEVER)) {
                    all.add(f);
                    right.add(ls.truth().get(f.noteId()).equals(f.themeId()));
                    chance += 1.0 / s.getThemes().size();
                }
            }
            for (double t : new double[] {-1, -0.05, -0.02, 0.0, 0.02, 0.05, 0.1}) {
                int placed = 0;
                int ok = 0;
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i).score() >= t) {
                        placed++;
                        ok += right.get(i) ? 1 : 0;
                    }
                }
                System.out.printf("%s threshold %.2f placed %d/%d right %.0f%% (chance %.0f%%)%n", which, t, placed,
                        all.size(), 100.0 * ok / Math.max(1, placed), 100 * chance / all.size());
            }
        }
    }
}
