package nl.labtafel.ui.shortcuts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The one table of actions of a session window (JabRef's StandardActions): each row is an
 * {@link ShortcutSpec} filed under a menu, optionally on the toolbar, with a disabled condition and a
 * live text (undo shows what it undoes). Menus, toolbar, key bindings and the F1 sheet read it.
 */
public final class ShortcutTable {

    /** One row; {@code disabled} and {@code liveText} may be null. */
    public record Row(String menuKey, ShortcutSpec spec, boolean toolbar, ObservableBooleanValue disabled,
                      ObservableStringValue liveText, List<KeyCombination> aliases) {
    }

    /** A choice of one among several (look, language): shown as a radio item, the active one ticked. */
    public record Radio(String group, boolean selected) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Radio> radios = new java.util.HashMap<>();

    /** A row that is one of a group of choices; {@code selected} says it is the active one. */
    public ShortcutTable addChoice(String menuKey, ShortcutSpec spec, String group, boolean selected) {
        radios.put(spec.id(), new Radio(group, selected));
        return add(menuKey, spec);
    }

    /** The choice group of this row, or null for a plain item. */
    public Radio radio(Row row) {
        return radios.get(row.spec().id());
    }

    public ShortcutTable add(String menuKey, ShortcutSpec spec) {
        return add(new Row(menuKey, spec, false, null, null, List.of()));
    }

    public ShortcutTable add(Row row) {
        rows.add(row);
        return this;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Rows by menu, in the order the menus were first used. */
    public Map<String, List<Row>> byMenu() {
        Map<String, List<Row>> menus = new LinkedHashMap<>();
        rows.forEach(r -> menus.computeIfAbsent(r.menuKey(), k -> new ArrayList<>()).add(r));
        return menus;
    }

    /**
     * The row whose shortcut (or alias) the key press is, if it may run window-wide: it needs a handler
     * and either a modifier or a function key, so plain letters, digits and Delete stay with the text
     * field or board that has focus.
     */
    public Row match(KeyEvent event) {
        for (Row row : rows) {
            if (!row.spec().hasHandler() || (row.disabled() != null && row.disabled().get())) {
                continue;
            }
            List<KeyCombination> keys = new ArrayList<>(row.aliases());
            if (row.spec().shortcut() != null) {
                keys.add(0, row.spec().shortcut());
            }
            for (KeyCombination key : keys) {
                if (key.match(event) && isWindowWide(event)) {
                    return row;
                }
            }
        }
        return null;
    }

    static boolean isWindowWide(KeyEvent event) {
        KeyCode code = event.getCode();
        return event.isShortcutDown() || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                || code.isFunctionKey();
    }
}
