package nl.labtafel.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one undo stack of a session window. Every edit goes through {@link #execute}; the revision
 * counts every change (also undo and redo) so views and autosave know when to look again, and the
 * saved revision makes "dirty" observable. FX thread only.
 */
public final class CommandStack {
    private static final int LIMIT = 1_000;

    /** What undo or redo just did and where, for the window to go there and show it. */
    public record Shown(boolean undone, String name, Location where) {
    }

    private record Entry(UndoableCommand command, Location where) {
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private Supplier<Location> locator = () -> null;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyLongWrapper savedRevision = new ReadOnlyLongWrapper(this, "savedRevision");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");
    private final BooleanBinding dirty = Bindings.notEqual(revision, savedRevision);
    private Change lastChange = Change.ANY;

    /** Applies the command and records it, merged into the previous one where it says so. */
    public void execute(UndoableCommand command) {
        Location here = locator.get();
        command.apply();
        lastChange = command.change(false);
        Entry last = undo.peek();
        if (last == null || !redo.isEmpty() || !last.command().mergeWith(command)) {
            Location own = command.location();
            undo.push(new Entry(command, own == null ? here : own.completedBy(here)));
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        changed();
    }

    public void undo() {
        Entry entry = undo.poll();
        if (entry != null) {
            entry.command().revert();
            lastChange = entry.command().change(true);
            redo.push(entry);
            changed();
            shown.set(new Shown(true, entry.command().name(), entry.where()));
        }
    }

    public void redo() {
        Entry entry = redo.poll();
        if (entry != null) {
            entry.command().apply();
            lastChange = entry.command().change(false);
            undo.push(entry);
            changed();
            shown.set(new Shown(false, entry.command().name(), entry.where()));
        }
    }

    /**
     * A new stack with this one's history, revision and saved state, for a window that is rebuilt (a language
     * switch). This stack is left empty: views of the old window that still listen to it never hear of an edit
     * again, and nothing of the new window is reachable from them, so the old window can be collected.
     */
    public CommandStack handOver() {
        CommandStack next = new CommandStack();
        next.undo.addAll(undo);
        next.redo.addAll(redo);
        next.revision.set(revision.get());
        next.savedRevision.set(savedRevision.get());
        next.changed();
        next.revision.set(revision.get());
        undo.clear();
        redo.clear();
        return next;
    }

    /**
     * Tells the stack where the facilitator is (the shown phase and item) when a command runs, for
     * commands that do not say it themselves. The session window sets it; without it, locations are
     * only what commands report.
     */
    public void setLocator(Supplier<Location> locator) {
        this.locator = locator == null ? () -> null : locator;
    }

    /** Set after every undo and redo (a new value each time): what was changed, and where. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Call after a successful save of the current revision. */
    public void markSaved() {
        savedRevision.set(revision.get());
    }

    /**
     * Call after a successful save of a snapshot taken at {@code snapshotRevision}: edits made while the
     * file was being written keep the session dirty.
     */
    public void markSaved(long snapshotRevision) {
        savedRevision.set(snapshotRevision);
    }

    /** Marks the session changed without an undo step (e.g. after restoring a recovery file). */
    public void markUnsaved() {
        savedRevision.set(-1);
    }

    private void changed() {
        revision.set(revision.get() + 1);
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoName.set(undo.isEmpty() ? "" : undo.peek().command().name());
        redoName.set(redo.isEmpty() ? "" : redo.peek().command().name());
    }

    /**
     * What the step that last moved the revision changed (execute, undo or redo); {@link Change#ANY} after a
     * hand-over. A listener to the revision reads it when it hears of the change.
     */
    public Change lastChange() {
        return lastChange;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }
}
