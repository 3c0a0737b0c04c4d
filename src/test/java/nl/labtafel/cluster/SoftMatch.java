package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measured variant: notes compared word by word instead of by their mean vectors. Each word of one note finds its
 * closest word in the other (cosine of centred word vectors), weighted by sqrt(IDF), averaged both ways (as
 * BERTScore matches tokens). Test scope.
 */
final class SoftMatch {
    private SoftMatch() {
    }

    static double[][] similarity(VariantSweep.V v, NoteFeatures f, String language, double meaningWeight) {
        int n = f.size();
        List<List<float[]>> words = new ArrayList<>();
        List<List<Double>> weights = new ArrayList<>();
        int dims = VariantSweep.res.vectors().dimensions();
        float[] mean = new float[dims];
        int count = 0;
        for (List<NoteTerms.Term> terms : f.terms) {
            List<float[]> w = new ArrayList<>();
            List<Double> ws = new ArrayList<>();
            boolean lastKnown = false;
            for (NoteTerms.Term t : terms) {
                if (t.isPart() && lastKnown) {
                    continue;
                }
                float[] vec = VariantSweep.meaning(v, List.of(t), language, Map.of());
                if (!t.isPart()) {
                    lastKnown = vec != null;
                }
                if (vec != null) {
                    w.add(vec);
                    ws.add(Math.sqrt(f.idf.getOrDefault(t.stem(), 1.0)));
                    for (int i = 0; i < dims; i++) {
                        mean[i] += vec[i];
                    }
                    count++;
                }
            }
            words.add(w);
            weights.add(ws);
        }
        for (List<float[]> w : words) {
            for (float[] vec : w) {
                for (int i = 0; i < dims; i++) {
                    vec[i] -= mean[i] / Math.max(1, count);
                }
                NoteMeaning.normalized(vec);
            }
        }
        double[][] s = f.similarity(0.0);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double soft = (directed(words.get(i), weights.get(i), words.get(j))
                        + directed(words.get(j), weights.get(j), words.get(i))) / 2;
                double value = (1 - meaningWeight) * s[i][j] + meaningWeight * soft;
                s[i][j] = value;
                s[j][i] = value;
            }
        }
        return s;
    }

    private static double directed(List<float[]> a, List<Double> wa, List<float[]> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double sum = 0;
        double total = 0;
        for (int x = 0; x < a.size(); x++) {
            double best = -1;
            for (float[] y : b) {
                double dot = 0;
                for (int i = 0; i < y.length; i++) {
                    dot += a.get(x)[i] * y[i];
                }
                best = Math.max(best, dot);
            }
            sum += wa.get(x) * best;
            total += wa.get(x);
        }
        return sum / total;
    }
}
