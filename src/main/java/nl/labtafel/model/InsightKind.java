package nl.labtafel.model;

/** The four insight lists of the "Kansen en uitdagingen" phase. */
public enum InsightKind {
    OBSERVATIONS,
    OPPORTUNITIES,
    CHALLENGES,
    IDEAS
}
