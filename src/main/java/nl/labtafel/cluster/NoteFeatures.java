package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the clustering compares, for the notes of one language of one session: per note its terms, a unit TF-IDF
 * vector over their stems (words shared) and a unit meaning vector (words meant alike, {@link NoteMeaning}), and the
 * similarity of every pair as a weighted mix of both cosines.
 */
final class NoteFeatures {
    final List<List<NoteTerms.Term>> terms;
    final Map<String, Double> idf;
    final List<Map<String, Double>> tfidf;
    final List<float[]> meaning;

    private NoteFeatures(List<List<NoteTerms.Term>> terms, Map<String, Double> idf, List<Map<String, Double>> tfidf,
            List<float[]> meaning) {
        this.terms = terms;
        this.idf = idf;
        this.tfidf = tfidf;
        this.meaning = meaning;
    }

    /** Where notes' meaning vectors come from: the shipped word vectors, or (in the evaluation) a sentence model. */
    @FunctionalInterface
    interface MeaningSource {
        /** One unit vector (or null) per text; {@code idf} weighs the terms' stems. */
        List<float[]> of(List<String> texts, List<List<NoteTerms.Term>> terms, String language,
                Map<String, Double> idf);
    }

    /** @param meanings null when only words are compared (the TF-IDF pipeline) */
    static NoteFeatures of(List<String> texts, NoteTerms analysis, String language, MeaningSource meanings,
            boolean centre) {
        List<List<NoteTerms.Term>> terms = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (String text : texts) {
            List<NoteTerms.Term> t = analysis.of(text);
            terms.add(t);
            Set<String> seen = new HashSet<>();
            t.forEach(term -> seen.add(term.stem()));
            seen.forEach(stem -> df.merge(stem, 1, Integer::sum));
        }
        int n = texts.size();
        Map<String, Double> idf = new HashMap<>();
        df.forEach((stem, d) -> idf.put(stem, Math.log((1.0 + n) / (1.0 + d)) + 1));
        List<Map<String, Double>> tfidf = new ArrayList<>();
        for (List<NoteTerms.Term> t : terms) {
            Map<String, Double> v = new HashMap<>();
            // A compound part weighs half a word: it is evidence, not the word the writer chose.
            t.forEach(term -> v.merge(term.stem(), idf.get(term.stem()) * (term.isPart() ? 0.5 : 1.0), Double::sum));
            double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            v.replaceAll((k, x) -> x / norm);
            tfidf.add(v);
        }
        List<float[]> meaning = new ArrayList<>();
        if (meanings != null) {
            meaning.addAll(meanings.of(texts, terms, language, idf));
            if (centre) {
                centre(meaning);
            }
        }
        return new NoteFeatures(terms, idf, tfidf, meaning);
    }

    /**
     * Subtracts the session's mean meaning: all notes of a LAB share its subject, and a vector model puts every
     * text in one narrow cone; what is left is what sets a note apart.
     */
    private static void centre(List<float[]> meaning) {
        float[] mean = null;
        int count = 0;
        for (float[] v : meaning) {
            if (v != null) {
                if (mean == null) {
                    mean = new float[v.length];
                }
                for (int i = 0; i < v.length; i++) {
                    mean[i] += v[i];
                }
                count++;
            }
        }
        if (count < 2) {
            return;
        }
        for (float[] v : meaning) {
            if (v != null) {
                for (int i = 0; i < v.length; i++) {
                    v[i] -= mean[i] / count;
                }
                NoteMeaning.normalized(v);
            }
        }
    }

    int size() {
        return terms.size();
    }

    /** Whether text {@code i} has any word to compare by: a known meaning or a content word. */
    boolean hasContent(int i) {
        return !terms.get(i).isEmpty() || (i < meaning.size() && meaning.get(i) != null);
    }

    /**
     * Similarity of every pair: {@code meaningWeight} of the meaning cosine, the rest the TF-IDF cosine. Words go
     * through an inverted index (only pairs that share a stem cost anything), meanings through one flat array with
     * four running sums: 1,000 notes are half a million pairs. Both fill the upper triangle row by row, which is
     * mirrored once at the end (writing s[j][i] as well cost a cache miss per pair).
     */
    double[][] similarity(double meaningWeight) {
        int n = size();
        double[][] s = new double[n][n];
        if (meaningWeight < 1) {
            addWords(s, 1 - meaningWeight);
        }
        if (meaningWeight > 0) {
            addMeanings(s, meaningWeight);
        }
        for (int i = 0; i < n; i++) {
            s[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                s[j][i] = s[i][j];
            }
        }
        return s;
    }

    private void addWords(double[][] s, double weight) {
        Map<String, Posting> postings = new HashMap<>();
        for (int i = 0; i < tfidf.size(); i++) {
            for (Map.Entry<String, Double> e : tfidf.get(i).entrySet()) {
                postings.computeIfAbsent(e.getKey(), k -> new Posting()).add(i, e.getValue());
            }
        }
        for (Posting p : postings.values()) {
            for (int x = 0; x < p.size; x++) {
                double[] row = s[p.notes[x]];
                double wi = p.weights[x] * weight;
                for (int y = x + 1; y < p.size; y++) {
                    row[p.notes[y]] += wi * p.weights[y]; // notes ascend: always the upper triangle
                }
            }
        }
    }

    /** The notes that have one stem, in ascending order, with the stem's TF-IDF weight in each. */
    private static final class Posting {
        int[] notes = new int[4];
        double[] weights = new double[4];
        int size;

        void add(int note, double w) {
            if (size == notes.length) {
                notes = java.util.Arrays.copyOf(notes, size * 2);
                weights = java.util.Arrays.copyOf(weights, size * 2);
            }
            notes[size] = note;
            weights[size++] = w;
        }
    }

    private void addMeanings(double[][] s, double weight) {
        int n = size();
        int d = meaning.stream().filter(v -> v != null).mapToInt(v -> v.length).findFirst().orElse(0);
        // Dimension-major copy: the inner loop below runs over notes j, a plain multiply-add the JIT vectorises.
        float[] byDimension = new float[d * n];
        for (int j = 0; j < n; j++) {
            float[] v = meaning.get(j);
            if (v != null) {
                for (int k = 0; k < d; k++) {
                    byDimension[k * n + j] = v[k];
                }
            }
        }
        float[] row = new float[n];
        for (int i = 0; i < n; i++) {
            float[] v = meaning.get(i);
            if (v == null) {
                continue;
            }
            java.util.Arrays.fill(row, 0f);
            for (int k = 0; k < d; k++) {
                float x = v[k];
                int base = k * n;
                for (int j = i + 1; j < n; j++) {
                    row[j] += x * byDimension[base + j];
                }
            }
            double[] out = s[i];
            for (int j = i + 1; j < n; j++) {
                out[j] += weight * row[j];
            }
        }
    }
}
