package nl.labtafel.cluster;

/**
 * How themes are found; see ThemeSuggesterEvaluationTest for how each scores on hand-labelled sessions. The
 * linkage algorithms cluster by average linkage on a note-to-note similarity; the Carrot2 ones are kept as
 * benchmark variants (Lingo was the suggester until issue 17).
 */
public enum Algorithm {
    /** Words shared: TF-IDF over stems and Dutch compound parts, cosine. */
    WORDS(0.0),
    /** Meaning: distilled all-MiniLM-L6-v2 word vectors (Dutch glossed into English), cosine. */
    MEANING(1.0),
    /** Both: the meaning cosine mixed with the words cosine. */
    MEANING_AND_WORDS(0.7),
    /**
     * Lingo's themes, then every note Lingo left out placed into the theme it is most similar to in meaning and
     * words, when the fit is good enough.
     */
    LINGO_THEN_PLACED(0.7),
    /** Carrot2 Lingo: phrase labels from SVD; overlapping clusters, made disjoint afterwards. */
    LINGO(-1),
    /** Carrot2 bisecting k-means: every note in exactly one cluster; labels are the clusters' top words. */
    BISECTING_KMEANS(-1),
    /** Carrot2 suffix tree clustering: clusters of notes sharing a phrase. */
    STC(-1);

    private final double meaningWeight;

    Algorithm(double meaningWeight) {
        this.meaningWeight = meaningWeight;
    }

    /** Share of the meaning cosine in the similarity; negative for the pure Carrot2 algorithms. */
    double meaningWeight() {
        return meaningWeight;
    }

    boolean isCarrot() {
        return meaningWeight < 0 || this == LINGO_THEN_PLACED;
    }
}
