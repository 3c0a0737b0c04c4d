package nl.labtafel.ui.common;

import java.util.List;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import nl.labtafel.ui.shortcuts.ShortcutSpec;

/**
 * What the session window shows for one phase of the agenda (inventory board, insight lists, ...).
 * Made with the {@link SessionContext}; keeps itself in step with the model by listening to the
 * command stack's revision.
 */
public interface Workspace {

    Node view();

    /** Its rows for the table of actions (menus and the F1 shortcut sheet). */
    List<ShortcutSpec> shortcuts();

    /** Called when the facilitator switches to this phase: focus where typing should go. */
    void activate();

    /**
     * The window closes or is rebuilt: stop listening to the session and the command stack. After this the
     * workspace is never shown again. Workspaces that subscribe to anything outliving them override it.
     */
    default void dispose() {
    }

    /**
     * The item the facilitator is on (selected note, focused row), so undo can later show where a change
     * was made; null when nothing in particular.
     */
    default String focusedItem() {
        return null;
    }

    /**
     * Shows an item undo or redo just changed: select it, bring it into view and mark it briefly
     * ({@link ChangeMark}). False when this workspace does not know the item; the window then looks for
     * a control with that id (the text fields).
     */
    default boolean reveal(String item) {
        return false;
    }

    /**
     * The width below which this workspace can no longer show its content whole (a table's columns at their
     * minimums, in the current text size and language); a panel beside it steps aside below that. Zero when
     * any width will do.
     */
    default ObservableDoubleValue readableWidth() {
        return ZERO_WIDTH;
    }

    /** {@link #readableWidth()} of a workspace that fits any width. */
    ObservableDoubleValue ZERO_WIDTH = new ReadOnlyDoubleWrapper(0).getReadOnlyProperty();
}
