package nl.labtafel.ui;

import javafx.scene.input.KeyCombination;

/**
 * One row of the table of actions (JabRef's StandardActions): bundle key of its text, Ikonli icon
 * literal (or null), and shortcut (or null). Menus, toolbar, key bindings and the F1 shortcut sheet
 * are made from these rows.
 */
public record ActionSpec(String id, String textKey, String icon, KeyCombination shortcut) {
}
