package nl.labtafel.model;

/** Where an agreed action stands. DROPPED ("vervallen") arrived with follow-up sessions (schema 3). */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    DROPPED;

    /** Open and in-progress actions carry over into a follow-up session. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
