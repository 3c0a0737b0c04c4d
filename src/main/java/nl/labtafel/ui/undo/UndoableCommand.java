package nl.labtafel.ui.undo;

/**
 * One user action on the session, undoable as one step. Commands change the plain model only; views
 * re-read the model when the {@link CommandStack} revision changes.
 */
public interface UndoableCommand {

    /** Shown in the menu as "Ongedaan maken: &lt;name&gt;", already in the interface language. */
    String name();

    void apply();

    void revert();

    /**
     * Folds {@code next} into this command when they are one step for the user (consecutive moves of
     * the same note). Returns true when merged; {@code next} has then already been applied by the caller.
     */
    default boolean mergeWith(UndoableCommand next) {
        return false;
    }

    /**
     * The item this command changes, when it knows (phase may be null: the stack adds the phase shown
     * when the command ran). Null lets the stack ask the shown workspace what the facilitator was on.
     */
    default Location location() {
        return null;
    }
}
