package nl.labtafel.model;

/** The three questions of a research-team canvas. */
public enum CanvasLane {
    /** Wat is er nodig? (grondstoffen) */
    INGREDIENTS,
    /** Wie kan wat bijdragen? (chemie) */
    CHEMISTRY,
    /** Wat is een mogelijk vervolg? (proeven) */
    TRIALS
}
