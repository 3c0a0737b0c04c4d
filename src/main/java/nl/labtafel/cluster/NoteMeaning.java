package nl.labtafel.cluster;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A note's meaning as one unit vector: the weighted mean of its content words' vectors ({@link WordVectors}); Dutch
 * words are glossed into English first ({@link DutchGloss}), a Dutch
 * compound nobody glossed counts through its parts. Every content word weighs alike ({@link #IDF_WEIGHTS}; SIF weights
 * a/(a+p(w)) with p from the word's rank, a = 1e-4..1e-2, were no better in round 2, and removing the first principal
 * component after centring lost badly in round 5: 0.25 → 0.09, it is the axis that splits themes in a small session).
 * Null when no word of the note is known.
 */
final class NoteMeaning implements NoteFeatures.MeaningSource {
    private final WordVectors vectors;
    private final DutchGloss gloss;
    private final boolean typos;
    private final boolean idfWeights;

    /**
     * Whether a long Dutch word with one letter wrong is read as the word meant. Off since round 4: with Labtafel's
     * own gloss the Dutch tuning sessions scored better without it (ARI 0.286 against 0.249; mean over 20 draws of
     * 80 % of the notes 0.240 against 0.233: GlossCompare); with FreeDict alone it had helped (round 2).
     */
    static final boolean TYPOS = false;

    /**
     * Whether words weigh the root of their IDF in the session. Off since round 5: on the tuning sessions, mean ARI
     * over 30 draws of 80 % of each session's notes, all words alike 0.278 against root-IDF 0.265 (IDF^0.25 0.272,
     * IDF 0.251 at 20 draws; ThemeSweep), and with {@link NeighbourSmoothing} too 0.301. Round 2 had measured the
     * opposite on one cut (0.29 against 0.31): one cut moves ±0.05.
     */
    static final boolean IDF_WEIGHTS = false;

    NoteMeaning(WordVectors vectors, DutchGloss gloss) {
        this(vectors, gloss, TYPOS);
    }

    /** @param typos whether a long Dutch word with one letter wrong is read as the word meant ({@link #TYPOS}) */
    NoteMeaning(WordVectors vectors, DutchGloss gloss, boolean typos) {
        this(vectors, gloss, typos, IDF_WEIGHTS);
    }

    /** @param idfWeights each word weighs the root of its IDF (round 4) instead of all alike ({@link #IDF_WEIGHTS}) */
    NoteMeaning(WordVectors vectors, DutchGloss gloss, boolean typos, boolean idfWeights) {
        this.vectors = vectors;
        this.gloss = gloss;
        this.typos = typos;
        this.idfWeights = idfWeights;
    }

    @Override
    public List<float[]> of(List<String> texts, List<List<NoteTerms.Term>> terms, String language,
            Map<String, Double> idf) {
        List<float[]> out = new java.util.ArrayList<>(terms.size());
        terms.forEach(t -> out.add(of(t, language, idf)));
        return out;
    }

    float[] of(List<NoteTerms.Term> terms, String language, Map<String, Double> idf) {
        float[] sum = new float[vectors.dimensions()];
        boolean any = false;
        boolean lastWordKnown = false;
        for (NoteTerms.Term term : terms) {
            if (term.isPart() && lastWordKnown) {
                continue; // the whole compound was glossed: its parts would count it twice
            }
            double weight = idfWeights ? Math.sqrt(idf.getOrDefault(term.stem(), 1.0)) : 1.0;
            String word = term.surface().toLowerCase(Locale.ROOT);
            boolean known = "nl".equals(language) ? addGlossed(sum, word, weight) : addEnglish(sum, word, weight);
            if (!term.isPart()) {
                lastWordKnown = known;
            }
            any |= known;
        }
        return any ? normalized(sum) : null;
    }

    private boolean addGlossed(float[] sum, String word, double weight) {
        if (gloss.carriesNoMeaning(word)) {
            return false;
        }
        String[] english = typos ? gloss.ofOrNear(word) : gloss.of(word);
        if (english.length == 0) {
            // Not Dutch we know: loan words and names (app, WhatsApp, ESOL) may be English.
            return add(sum, vectors.get(word), weight);
        }
        boolean any = false;
        for (String e : english) {
            any |= add(sum, vectors.get(e), weight / english.length);
        }
        return any;
    }

    private boolean addEnglish(float[] sum, String word, double weight) {
        float[] v = vectors.get(word);
        if (v == null && word.endsWith("s") && word.length() > 3) {
            v = vectors.get(word.substring(0, word.length() - 1));
        }
        return add(sum, v, weight);
    }

    private static boolean add(float[] sum, float[] v, double weight) {
        if (v == null) {
            return false;
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] += (float) (v[i] * weight);
        }
        return true;
    }

    static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) norm;
        }
        return v;
    }
}
