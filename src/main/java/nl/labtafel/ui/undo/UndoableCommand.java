package nl.labtafel.ui.undo;

/**
 * One user action on the session, undoable as one step. Commands change the plain model only; views
 * re-read the model when the {@link CommandStack} revision changes.
 *
 * <h2>The undo rule: who may hold on to a model object</h2>
 * Commands come in two kinds, and what an edit may keep depends on which kind touches the object:
 * <ul>
 *   <li><b>Snapshot commands</b> ({@link StructureCommand}: themes, votes, research teams and their
 *       canvases, actions, and which theme a note is in) restore by replacing the session's whole
 *       {@code Theme}, {@code ResearchTeam} and {@code ActionItem} lists with fresh copies. After an undo
 *       or redo of one of them, every {@code Theme}, {@code ResearchTeam}, {@code CanvasNote} and
 *       {@code ActionItem} object anyone kept is a stale orphan: editing it changes nothing the session
 *       saves. So <b>anything that edits those objects looks them up by id at the moment it edits</b>
 *       (as {@code CanvasViewModel.team()} and {@code ActionsViewModel} do), and a {@link SetValueCommand}
 *       on one of them gets a getter and setter that look up by id, never a method reference to the
 *       object itself.</li>
 *   <li><b>Reference commands</b> ({@link AddNotesCommand}, {@link RemoveNotesCommand},
 *       {@link ChangeNotesCommand}, {@link MoveNotesCommand}, {@link InsightCommands}, and
 *       {@link SetValueCommand} on the header, introduction and follow-up) keep the very {@code Note},
 *       {@code Insight} and header objects and their list positions, and put the same objects back. They
 *       rely on the stack's order: a command is only undone after every later one was undone, so the
 *       lists look exactly as they did right after it ran. Those objects are never replaced, so holding a
 *       reference to them is safe.</li>
 * </ul>
 * {@code CommandSequencesTest} keeps every command honest: random sequences of every kind of edit, undo
 * all gives the original session's JSON, redo all the final one's. A new command kind gets a step there.
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

    /**
     * What {@link #apply()} ({@code undo} false) or {@link #revert()} ({@code undo} true) just changed, for views that
     * redo only that (the room's screen). Asked right after the step ran. It must name every note the step touched,
     * or say {@link Change#ANY} (the default); {@code AudienceLayoutSequencesTest} checks the ones that say more.
     */
    default Change change(boolean undo) {
        return Change.ANY;
    }
}
