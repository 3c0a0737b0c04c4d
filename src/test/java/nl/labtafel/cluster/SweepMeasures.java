package nl.labtafel.cluster;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.labtafel.model.Note;

/** VariantSweep's measures and transforms: MAP, second-order similarity, principal components, gloss coverage. */
final class SweepMeasures {
    private SweepMeasures() {
    }

    static double[][] secondOrder(double[][] s, double beta) {
        int n = s.length;
        double[][] r = new double[n][];
        for (int i = 0; i < n; i++) {
            r[i] = s[i].clone();
            double mean = 0;
            for (double x : r[i]) {
                mean += x;
            }
            mean /= n;
            double norm = 0;
            for (int j = 0; j < n; j++) {
                r[i][j] -= mean;
                norm += r[i][j] * r[i][j];
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < n; j++) {
                r[i][j] /= norm;
            }
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = 0;
                for (int k = 0; k < n; k++) {
                    d += r[i][k] * r[j][k];
                }
                out[i][j] = (1 - beta) * s[i][j] + beta * d;
            }
        }
        return out;
    }

    static double map(double[][] s, List<String> truth) {
        int n = s.length;
        double total = 0;
        for (int i = 0; i < n; i++) {
            final int ii = i;
            Integer[] order = new Integer[n];
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            java.util.Arrays.sort(order, (x, y) -> Double.compare(s[ii][y], s[ii][x]));
            int hits = 0;
            int seen = 0;
            double ap = 0;
            for (int r = 0; r < n; r++) {
                int j = order[r];
                if (j == i) {
                    continue;
                }
                seen++;
                if (truth.get(j).equals(truth.get(i))) {
                    hits++;
                    ap += hits / (double) seen;
                }
            }
            total += hits == 0 ? 0 : ap / hits;
        }
        return total / n;
    }

    static int silhouetteK(double[][] s, List<AverageLinkage.Merge> merges, int fewest, int most) {
        int n = s.length;
        int min = Math.max(2, Math.min(n - 1, (int) Math.ceil(n / (double) most)));
        int max = Math.max(min, Math.min(12, n / fewest));
        int best = min;
        double top = Double.NEGATIVE_INFINITY;
        for (int k = min; k <= max; k++) {
            double sc = ClusterCount.silhouette(s, AverageLinkage.cut(n, merges, k), k);
            if (sc > top) {
                top = sc;
                best = k;
            }
        }
        return best;
    }

    static void removePcs(List<float[]> m, int pcs) {
        List<float[]> vs = m.stream().filter(x -> x != null).toList();
        if (vs.size() < 3) {
            return;
        }
        int d = vs.get(0).length;
        for (int p = 0; p < pcs; p++) {
            // power iteration on X^T X
            double[] u = new double[d];
            java.util.Arrays.fill(u, 1.0 / Math.sqrt(d));
            for (int it = 0; it < 50; it++) {
                double[] nu = new double[d];
                for (float[] x : vs) {
                    double dot = 0;
                    for (int i = 0; i < d; i++) {
                        dot += x[i] * u[i];
                    }
                    for (int i = 0; i < d; i++) {
                        nu[i] += dot * x[i];
                    }
                }
                double norm = 0;
                for (double x : nu) {
                    norm += x * x;
                }
                norm = Math.sqrt(norm);
                for (int i = 0; i < d; i++) {
                    u[i] = nu[i] / norm;
                }
            }
            for (float[] x : vs) {
                double dot = 0;
                for (int i = 0; i < d; i++) {
                    dot += x[i] * u[i];
                }
                for (int i = 0; i < d; i++) {
                    x[i] -= (float) (dot * u[i]);
                }
            }
        }
        vs.forEach(NoteMeaning::normalized);
    }

    static void coverage(LanguageResources res, EvaluationSet set, boolean near) {
        Map<String, Integer> unknown = new TreeMap<>();
        int words = 0;
        int known = 0;
        for (EvaluationSet.LabelledSession ls : set.tuning()) {
            if (!ls.language().equals("nl")) {
                continue;
            }
            NoteTerms analysis = ThemeSuggester.analysis(res, "nl", ls.session().getHeader());
            for (Note n : ls.session().getNotes()) {
                List<NoteTerms.Term> terms = analysis.of(SafeText.of(n.getText()));
                for (int i = 0; i < terms.size(); i++) {
                    NoteTerms.Term t = terms.get(i);
                    if (t.isPart()) {
                        continue;
                    }
                    String w = t.surface().toLowerCase(Locale.ROOT);
                    words++;
                    boolean k = res.gloss().of(w).length > 0 || (near && res.gloss().ofOrNear(w).length > 0);
                    if (!k) {
                        boolean partsKnown = false;
                        for (int j = i + 1; j < terms.size() && terms.get(j).isPart(); j++) {
                            partsKnown |= res.gloss().of(terms.get(j).surface()).length > 0;
                        }
                        k = partsKnown || res.vectors().get(w) != null;
                    }
                    if (k) {
                        known++;
                    } else {
                        unknown.merge(w, 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf("dutch tuning content words %d, known %d (%.1f %%)%n", words, known, 100.0 * known / words);
        System.out.println(unknown);
    }
}
