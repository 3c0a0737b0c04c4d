package nl.labtafel.ui.inventory;

import java.util.HashMap;
import java.util.Map;
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

    private final Text text = new Text();
    private final FontIcon icon = new FontIcon();
    private Note note;
    private String styleClass = "";

    NoteNode() {
        getStyleClass().add(BoardStyle.NOTE);
        text.getStyleClass().add(BoardStyle.NOTE_TEXT);
        text.setFont(FONT);
        text.setWrappingWidth(TEXT_WIDTH);
        icon.getStyleClass().add(BoardStyle.NOTE_ICON);
        getChildren().addAll(icon, text);
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
        if (!shown.equals(text.getText())) {
            text.setText(shown);
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

    @Override
    protected void layoutChildren() {
        text.relocate(PADDING, PADDING * 0.75);
        icon.relocate(NotePlacer.NOTE_WIDTH - PADDING / 2 - ICON_SIZE, NotePlacer.NOTE_HEIGHT - PADDING / 2 - ICON_SIZE);
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
