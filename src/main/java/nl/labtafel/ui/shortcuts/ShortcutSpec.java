package nl.labtafel.ui.shortcuts;

import javafx.scene.input.KeyCombination;

/**
 * One row of the table of actions (JabRef's StandardActions): bundle key of its text, Ikonli icon
 * literal (or null), shortcut (or null) and what it does. Menus, toolbar, key bindings and the F1
 * shortcut sheet are made from these rows.
 *
 * <p>A row without a handler documents a key its view handles itself (Delete on a selected note, the
 * actor keys of the capture bar): it appears on the shortcut sheet but not in the menus. A row with a
 * handler becomes a menu item, and its shortcut a window-wide key binding while its workspace shows.
 */
public record ShortcutSpec(String id, String textKey, String icon, KeyCombination shortcut, Runnable handler) {

    /** A row for the shortcut sheet only; the view handles the key itself. */
    public ShortcutSpec(String id, String textKey, String icon, KeyCombination shortcut) {
        this(id, textKey, icon, shortcut, null);
    }

    public ShortcutSpec withHandler(Runnable newHandler) {
        return new ShortcutSpec(id, textKey, icon, shortcut, newHandler);
    }

    public boolean hasHandler() {
        return handler != null;
    }
}
