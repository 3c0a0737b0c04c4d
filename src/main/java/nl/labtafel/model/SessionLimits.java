package nl.labtafel.model;

/** Sizes a user would never reach on purpose; beyond them a file is refused with a clear message. */
public final class SessionLimits {
    /** A post-it, insight, canvas note or action: a few thousand characters is already a page. */
    public static final int SHORT_TEXT = 10_000;
    /** Narrative paragraphs (introduction, outcome, follow-up). */
    public static final int LONG_TEXT = 200_000;
    /** Titles, names, owners. */
    public static final int LINE_TEXT = 500;
    public static final int NOTES = 50_000;
    public static final int ITEMS = 10_000;
    public static final int ACTOR_GROUPS = 36;
    public static final int PHASES = 50;
    public static final int PHASE_MINUTES = 24 * 60;
    public static final int PARTICIPANTS = 100_000;
    /** Dots per participant for voting on themes. */
    public static final int VOTES_PER_PARTICIPANT = 1_000;
    public static final double BOARD_EXTENT = 1_000_000;

    private SessionLimits() {
    }
}
