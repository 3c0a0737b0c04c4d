package nl.labtafel.cluster;

/** How many themes to suggest when the facilitator leaves it open. */
final class AutomaticCount {
    static final int MIN = 2;
    static final int MAX = 9;
    /** A LAB session makes themes of about six post-its (seed: 28 notes in 3 themes; evaluation sessions: 5-7). */
    static final int NOTES_PER_THEME = 6;

    private AutomaticCount() {
    }

    static int of(int notes) {
        return Math.max(MIN, Math.min(MAX, Math.round((float) notes / NOTES_PER_THEME)));
    }
}
