package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;

/**
 * Placement accuracy with given notes per true theme (each theme named with its label word), by score threshold or
 * by the name's share ({@code names}); not a test.
 */
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

    /**
     * Share of the placed notes that went to their own theme, when each true theme holds its first {@code given}
     * notes and is named with its label word; the given notes are not counted.
     */
    static double rightShare(List<EvaluationSet.LabelledSession> sessions, int given, double nameShare) {
        LeftoverPlacement placement = new LeftoverPlacement(new ThemeSuggester(), nameShare);
        int placed = 0;
        int right = 0;
        for (var ls : sessions) {
            for (var f : placement.allFits(withGivenNotes(ls, given), Cancel.NEVER)) {
                placed++;
                right += ls.truth().get(f.noteId()).equals(f.themeId()) ? 1 : 0;
            }
        }
        return (double) right / Math.max(1, placed);
    }

    /**
     * The seed with the room's themes holding their first {@code given} notes: the share of its other themed notes
     * placed in their own theme.
     */
    static double seedRightShare(Session seed, int given) {
        Session s = seed.copy();
        Map<String, String> truth = new HashMap<>();
        Map<String, Integer> kept = new HashMap<>();
        for (Note n : s.getNotes()) {
            String theme = n.getThemeId();
            if (theme == null) {
                continue;
            }
            if (kept.merge(theme, 1, Integer::sum) > given) {
                truth.put(n.getId(), theme);
                n.setThemeId(null);
            }
        }
        List<LeftoverPlacement.Fit> fits = new LeftoverPlacement(new ThemeSuggester()).allFits(s, Cancel.NEVER);
        long right = fits.stream().filter(f -> f.themeId().equals(truth.get(f.noteId()))).count();
        return (double) right / truth.size();
    }

    public static void main(String[] args) {
        EvaluationSet set = EvaluationSet.load();
        if (args.length > 0 && args[0].equals("names")) {
            for (String which : List.of("tuning", "heldout")) {
                for (String lang : List.of("en", "nl")) {
                    List<EvaluationSet.LabelledSession> part = (which.equals("tuning") ? set.tuning() : set.heldOut())
                            .stream().filter(x -> x.language().equals(lang)).toList();
                    for (double share : new double[] {0, 0.35, 0.5, 0.65, 1}) {
                        StringBuilder line = new StringBuilder();
                        for (int given = 0; given <= 3; given++) {
                            line.append(String.format(" %3.0f%%", 100 * rightShare(part, given, share)));
                        }
                        System.out.printf("%s %s name share %.2f, right with 0/1/2/3 notes given:%s%n", which, lang,
                                share, line);
                    }
                }
            }
            return;
        }
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
