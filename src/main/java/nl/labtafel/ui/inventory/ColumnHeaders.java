package nl.labtafel.ui.inventory;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Note;
import nl.labtafel.text.Language;
import nl.labtafel.ui.common.TextBreaks;
import nl.labtafel.ui.common.ActorGroupStyles;
import org.kordamp.ikonli.javafx.FontIcon;

/** The name, icon and key of each actor group above its column, so the room sees whose column is whose. */
final class ColumnHeaders extends Group {
    static final double HEIGHT = 84;
    private static final Font FONT = Font.font(null, FontWeight.BOLD, 20);
    /** What the key chip and icon before the name leave of the column's width. */
    static final double NAME_WIDTH = NotePlacer.NOTE_WIDTH - 64;
    private final TextBreaks breaks;
    private final BoardViewModel model;
    private String shownSignature = "";
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    ColumnHeaders(BoardViewModel model, TextBreaks breaks) {
        this.model = model;
        this.breaks = breaks;
        setManaged(false);
    }

    /** Makes the headers again when the groups changed (names, keys, icons, colours, order). */
    void rebuild() {
        List<ActorGroup> groups = model.session().getActorGroups();
        Language language = model.messages().language();
        StringBuilder signature = new StringBuilder(language.code());
        groups.forEach(g -> signature.append('|').append(g.getId()).append(g.getName()).append(g.getKey())
                .append(g.getIcon()).append(g.getColour()));
        if (signature.toString().equals(shownSignature)) {
            return;
        }
        shownSignature = signature.toString();
        getChildren().clear();
        for (int i = 0; i < groups.size(); i++) {
            ActorGroup group = groups.get(i);
            Label key = new Label(group.getKey().toUpperCase());
            key.getStyleClass().add(BoardStyle.CHIP_KEY);
            HBox graphic = new HBox(6, key, icon(group.getIcon()));
            graphic.setAlignment(Pos.CENTER_LEFT);
            // Broken here as the room's screen breaks it (syllables, a hyphen), never mid-word as Label would.
            Label label = new Label(String.join("\n", breaks.lines(group.getName().get(language),
                    FONT.getSize(), true, NAME_WIDTH)), graphic);
            label.setFont(FONT);
            label.setWrapText(true);
            label.setAlignment(Pos.BOTTOM_LEFT);
            label.getStyleClass().addAll(BoardStyle.COLUMN_HEADER, ActorGroupStyles.styleClass(i));
            label.setPrefWidth(NotePlacer.NOTE_WIDTH);
            label.setMaxWidth(NotePlacer.NOTE_WIDTH);
            label.resizeRelocate(NotePlacer.columnX(i), NotePlacer.TOP - HEIGHT, NotePlacer.NOTE_WIDTH, HEIGHT - NotePlacer.GAP);
            getChildren().add(label);
        }
    }

    private static FontIcon icon(String literal) {
        FontIcon icon = new FontIcon();
        try {
            icon.setIconLiteral(literal);
        } catch (RuntimeException unknown) {
            icon.setIconLiteral("mdi2a-account-group");
        }
        icon.getStyleClass().add(BoardStyle.NOTE_ICON);
        return icon;
    }

    /** Marks the header of the column a drop would join (-1: none), so the room sees the note change group. */
    void markDropTarget(int column) {
        for (int i = 0; i < getChildren().size(); i++) {
            getChildren().get(i).pseudoClassStateChanged(DROP_TARGET, i == column);
        }
    }

    /** The board area of the headers and these notes together (what "fit all" shows). */
    Rectangle2D boundsWith(List<Note> notes) {
        double minX = NotePlacer.LEFT;
        double minY = NotePlacer.TOP - HEIGHT;
        double maxX = Math.max(NotePlacer.NOTE_WIDTH, NotePlacer.columnX(Math.max(0, getChildren().size() - 1))
                + NotePlacer.NOTE_WIDTH);
        double maxY = NotePlacer.TOP + NotePlacer.NOTE_HEIGHT;
        for (Note note : notes) {
            minX = Math.min(minX, note.getX());
            minY = Math.min(minY, note.getY());
            maxX = Math.max(maxX, note.getX() + NotePlacer.NOTE_WIDTH);
            maxY = Math.max(maxY, note.getY() + NotePlacer.NOTE_HEIGHT);
        }
        return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }
}
