package nl.labtafel.ui.inventory;

import javafx.css.PseudoClass;

/** Style-class and pseudo-class names of the inventory board, used by board.css and the views. */
public final class BoardStyle {
    public static final String STYLESHEET = "/nl/labtafel/ui/inventory/board.css";

    public static final String WORKSPACE = "inventory-workspace";
    public static final String BOARD = "board";
    public static final String CONTENT = "board-content";
    public static final String NOTE = "note";
    public static final String NOTE_TEXT = "note-text";
    public static final String NOTE_ICON = "note-icon";
    public static final String NOTE_EDITOR = "note-editor";
    public static final String COLUMN_HEADER = "column-header";
    public static final String RUBBER_BAND = "rubber-band";
    public static final String GROUP_STRIP = "group-strip";
    public static final String GROUP_CHIP = "group-chip";
    public static final String CHIP_KEY = "chip-key";
    public static final String CHIP_COUNT = "chip-count";
    public static final String TOOLBAR = "board-toolbar";
    public static final String CAPTURE_TARGET = "capture-target";
    public static final String CHIP_BOX = "chip-box";
    public static final String SEARCH = "board-search";
    public static final String ZOOM_LABEL = "zoom-label";

    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
    public static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    private BoardStyle() {
    }
}
