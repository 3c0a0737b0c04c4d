package nl.labtafel.ui.inventory;

import java.util.HashMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import nl.labtafel.model.Note;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * How one note looks on the board: a coloured Region with the group's icon and the text, cut off
 * with "…" when it does not fit. Nodes are pooled: {@link #bind} shows another note in the same node.
 * The font is set here, not by CSS, so the cut-off measured below is the one drawn.
 */
final class NoteNode extends Region {
    static final double PADDING = 12;
    static final double ICON_SIZE = 30;
    /** 24 px at 100 % zoom and text scale: readable from the back of the room (issue 4). */
    static final Font FONT = Font.font(24);
    /**
     * The text gets the full width (long Dutch compounds would otherwise break mid-word); the icon sits
     * faintly in the bottom-right corner, under the text.
     */
    private static final double TEXT_WIDTH = NotePlacer.NOTE_WIDTH - 2 * PADDING;
    private static final double TEXT_HEIGHT = NotePlacer.NOTE_HEIGHT - 1.5 * PADDING;
    private static final Map<String, String> FITTED = new HashMap<>();
    private static final Text MEASURE = new Text();

    static {
        MEASURE.setFont(FONT);
        MEASURE.setWrappingWidth(TEXT_WIDTH);
    }

    static final PseudoClass EXPANDED = PseudoClass.getPseudoClass("expanded");
    private final Text text = new Text();
    private final FontIcon icon = new FontIcon();
    private Note note;
    private String styleClass = "";
    /** The full text on hover, only for notes whose text is cut (issue 13). */
    private final Tooltip fullText = new Tooltip();
    private boolean tipInstalled;
    private boolean cut;
    private boolean expanded;

    NoteNode() {
        getStyleClass().add(BoardStyle.NOTE);
        text.getStyleClass().add(BoardStyle.NOTE_TEXT);
        text.setFont(FONT);
        text.setWrappingWidth(TEXT_WIDTH);
        icon.getStyleClass().add(BoardStyle.NOTE_ICON);
        getChildren().addAll(icon, text);
        fullText.setWrapText(true);
        fullText.setMaxWidth(560);
        setMinSize(NotePlacer.NOTE_WIDTH, NotePlacer.NOTE_HEIGHT);
        setPrefSize(NotePlacer.NOTE_WIDTH, NotePlacer.NOTE_HEIGHT);
        setMaxSize(NotePlacer.NOTE_WIDTH, NotePlacer.NOTE_HEIGHT);
        resize(NotePlacer.NOTE_WIDTH, NotePlacer.NOTE_HEIGHT);
        setManaged(false);
        // Drawn once into a bitmap and blitted while the board pans: on the software pipeline this
        // halves the frame time of panning (BoardFrameBench). Zooming switches the hint (BoardView).
        setCache(true);
    }

    /** Shows this note: text, group colour class and icon, at its board position. */
    void bind(Note note, String groupStyleClass, String iconLiteral) {
        this.note = note;
        String shown = fitted(note.getText());
        cut = !shown.equals(note.getText());
        if (expanded) {
            expanded = false;
            setPrefHeight(NotePlacer.NOTE_HEIGHT);
            setMaxHeight(NotePlacer.NOTE_HEIGHT);
            resize(NotePlacer.NOTE_WIDTH, NotePlacer.NOTE_HEIGHT);
            pseudoClassStateChanged(EXPANDED, false);
        }
        if (!shown.equals(text.getText())) {
            text.setText(shown);
        }
        if (cut) {
            fullText.setText(note.getText());
        }
        if (cut != tipInstalled) {
            if (cut) {
                Tooltip.install(this, fullText);
            } else {
                Tooltip.uninstall(this, fullText);
            }
            tipInstalled = cut;
        }
        if (!groupStyleClass.equals(styleClass)) {
            getStyleClass().remove(styleClass);
            getStyleClass().add(groupStyleClass);
            styleClass = groupStyleClass;
        }
        if (iconLiteral != null && !iconLiteral.equals(icon.getIconLiteral())) {
            try {
                icon.setIconLiteral(iconLiteral);
            } catch (RuntimeException unknownIcon) {
                icon.setIconLiteral("mdi2a-account-group");
            }
        }
        relocate(note.getX(), note.getY());
    }

    Note note() {
        return note;
    }

    /**
     * A selected note whose text was cut shows all of it: it grows downwards over its neighbours
     * (the model keeps its size; only the view grows).
     */
    void setExpanded(boolean on) {
        boolean expand = on && cut;
        if (expand == expanded) {
            return;
        }
        expanded = expand;
        pseudoClassStateChanged(EXPANDED, expand);
        if (expand) {
            MEASURE.setText(note.getText());
            double height = Math.max(NotePlacer.NOTE_HEIGHT, MEASURE.getLayoutBounds().getHeight() + 1.75 * PADDING);
            text.setText(note.getText());
            setMaxHeight(height);
            setPrefHeight(height);
            resize(NotePlacer.NOTE_WIDTH, height);
            toFront();
        } else {
            text.setText(fitted(note.getText()));
            setPrefHeight(NotePlacer.NOTE_HEIGHT);
            setMaxHeight(NotePlacer.NOTE_HEIGHT);
            resize(NotePlacer.NOTE_WIDTH, NotePlacer.NOTE_HEIGHT);
        }
    }

    /** True when the whole text is shown though it does not fit the note (tests). */
    boolean isExpanded() {
        return expanded;
    }

    /** True when the note's text is cut with "…" on the board. */
    boolean isCut() {
        return cut;
    }

    @Override
    protected void layoutChildren() {
        text.relocate(PADDING, PADDING * 0.75);
        icon.relocate(NotePlacer.NOTE_WIDTH - PADDING / 2 - ICON_SIZE, getHeight() - PADDING / 2 - ICON_SIZE);
    }

    /** The longest start of the text that fits the note, with "…" when cut; remembered per text. */
    static String fitted(String full) {
        if (FITTED.size() > 50_000) {
            FITTED.clear();
        }
        return FITTED.computeIfAbsent(full, NoteNode::fit);
    }

    private static String fit(String full) {
        if (fits(full)) {
            return full;
        }
        int low = 0;
        int high = full.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (fits(full.substring(0, mid).stripTrailing() + "…")) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return full.substring(0, low).stripTrailing() + "…";
    }

    private static boolean fits(String candidate) {
        MEASURE.setText(candidate);
        return MEASURE.getLayoutBounds().getHeight() <= TEXT_HEIGHT;
    }
}
