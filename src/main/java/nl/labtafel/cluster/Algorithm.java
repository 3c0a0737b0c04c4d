package nl.labtafel.cluster;

/** The Carrot2 algorithms the suggester can run; see ThemeSuggesterEvaluationTest for how they score on notes. */
public enum Algorithm {
    /** Lingo: phrase labels from SVD; overlapping clusters, made disjoint afterwards. */
    LINGO,
    /** Bisecting k-means: every note in exactly one cluster; labels are the clusters' top words. */
    BISECTING_KMEANS,
    /** Suffix tree clustering: clusters of notes sharing a phrase. */
    STC
}
