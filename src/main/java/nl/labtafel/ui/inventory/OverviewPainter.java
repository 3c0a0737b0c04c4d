package nl.labtafel.ui.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Note;

/**
 * Zoomed out so far that no text can be read, the board is drawn as coloured blocks on one Canvas
 * instead of a Node per note: "fit all" on 5,000 notes then costs 5,000 rectangles, not 5,000
 * Regions with text. Selected notes get a dark and a light ring, matches an amber one, the rest of a
 * search turns grey, as on the full board.
 */
final class OverviewPainter {
    private static final Color DIMMED = Color.web("#9E9E9E");
    private static final Color MATCH = Color.web("#FFB000");
    private final Canvas canvas = new Canvas();
    private final Map<String, Color> fills = new HashMap<>();

    OverviewPainter() {
        canvas.setManaged(false);
        canvas.setMouseTransparent(true);
        canvas.setVisible(false);
    }

    Canvas canvas() {
        return canvas;
    }

    void groupsChanged(List<ActorGroup> groups) {
        fills.clear();
        for (ActorGroup group : groups) {
            try {
                fills.put(group.getId(), Color.web(group.getColour()));
            } catch (IllegalArgumentException | NullPointerException e) {
                fills.put(group.getId(), Color.GRAY);
            }
        }
    }

    /** Draws the notes at scale {@code s} and offset (tx, ty); dragged notes are drawn moved by (dx, dy). */
    void paint(double width, double height, List<Note> notes, double s, double tx, double ty, BoardViewModel model,
            Set<Note> dragged, double dx, double dy) {
        canvas.setWidth(width);
        canvas.setHeight(height);
        canvas.setVisible(true);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        double w = NotePlacer.NOTE_WIDTH * s;
        double h = NotePlacer.NOTE_HEIGHT * s;
        boolean searching = model.isSearching();
        for (Note note : notes) {
            boolean moving = dragged.contains(note);
            double x = tx + (note.getX() + (moving ? dx : 0)) * s;
            double y = ty + (note.getY() + (moving ? dy : 0)) * s;
            boolean match = searching && model.matches(note);
            if (model.selection().contains(note.getId())) {
                g.setFill(Color.BLACK);
                g.fillRect(x - 4, y - 4, w + 8, h + 8);
                g.setFill(Color.WHITE);
                g.fillRect(x - 2, y - 2, w + 4, h + 4);
            } else if (match) {
                g.setFill(MATCH);
                g.fillRect(x - 4, y - 4, w + 8, h + 8);
            }
            g.setFill(searching && !match ? DIMMED : fills.getOrDefault(note.getActorGroupId(), Color.GRAY));
            g.fillRect(x, y, w, h);
        }
    }

    void hide() {
        if (canvas.isVisible()) {
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            canvas.setVisible(false);
        }
    }
}
