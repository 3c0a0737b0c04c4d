package nl.labtafel.ui.export;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import nl.labtafel.model.Messages;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import nl.labtafel.ui.board.ActorGroupStyles;

/**
 * The theme board as a picture for the minutes: one column per theme (the unassigned last), each
 * post-it in its actor group's colour. Drawn at a page's width with fixed fonts and colours (a printed
 * page has no dark theme) and without CSS, so the snapshot on the FX thread stays short.
 */
public final class BoardPicture {
    /** About 16 cm at 300 dpi: crisp on an A4 page with margins. */
    static final double WIDTH = 1800;
    private static final int MAX_NOTES = 12;

    private BoardPicture() {
    }

    /** Takes the snapshot; call on the FX thread. Encoding the PNG can happen elsewhere. */
    public static BufferedImage take(Session session, Messages m) {
        HBox columns = new HBox(16);
        columns.setPadding(new Insets(20));
        columns.setBackground(fill(Color.WHITE, 0));
        List<Theme> themes = session.getThemes();
        double width = (WIDTH - 40 - 16.0 * Math.max(0, themes.size())) / Math.max(1, themes.size() + 1);
        for (Theme theme : themes) {
            columns.getChildren().add(column(session, theme.getName() + "  \u25CF " + theme.getVotes(),
                    session.notesOfTheme(theme.getId()), width, m));
        }
        List<Note> unassigned = session.getNotes().stream().filter(n -> n.getThemeId() == null).toList();
        if (!unassigned.isEmpty() || themes.isEmpty()) {
            columns.getChildren().add(column(session, m.get("themes.unassigned"), unassigned, width, m));
        }
        columns.setPrefWidth(WIDTH);
        new Scene(columns);
        columns.applyCss();
        columns.layout();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage image = columns.snapshot(params, null);
        return SwingFXUtils.fromFXImage(image, null);
    }

    private static VBox column(Session session, String title, List<Note> notes, double width, Messages m) {
        Label heading = label(title, 26, FontWeight.BOLD, Color.BLACK, width);
        VBox column = new VBox(8, heading);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        for (Note note : notes.subList(0, Math.min(MAX_NOTES, notes.size()))) {
            Color colour = session.actorGroup(note.getActorGroupId()).map(g -> Color.web(g.getColour()))
                    .orElse(Color.LIGHTGRAY);
            Label card = label(note.getText(), 20, FontWeight.NORMAL, ActorGroupStyles.ink(colour), width);
            card.setBackground(fill(colour, 6));
            card.setPadding(new Insets(8, 10, 8, 10));
            column.getChildren().add(card);
        }
        if (notes.size() > MAX_NOTES) {
            column.getChildren().add(label(m.format("exportDialog.picture.more", notes.size() - MAX_NOTES), 20,
                    FontWeight.NORMAL, Color.DIMGRAY, width));
        }
        return column;
    }

    private static Label label(String text, double size, FontWeight weight, Color colour, double width) {
        Label label = new Label(text);
        label.setFont(Font.font("DejaVu Sans", weight, size));
        label.setTextFill(colour);
        label.setWrapText(true);
        label.setMaxWidth(width);
        label.setPrefWidth(width);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Background fill(Color colour, double radius) {
        return new Background(new BackgroundFill(colour, new CornerRadii(radius), Insets.EMPTY));
    }
}
