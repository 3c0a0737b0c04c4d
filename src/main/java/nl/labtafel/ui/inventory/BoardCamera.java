package nl.labtafel.ui.inventory;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Where the board is looked at from: the one translate and one scale on the board's Pane. On screen a
 * board point p is at {@code pan + p × zoom × textScale}, so the room's text scale enlarges the notes
 * without moving them apart.
 */
final class BoardCamera {
    static final double MIN_ZOOM = 0.02;
    static final double MAX_ZOOM = 4;

    private final DoubleProperty textScale;
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final Translate pan = new Translate(NotePlacer.GAP - NotePlacer.LEFT,
            NotePlacer.GAP + ColumnHeaders.HEIGHT - NotePlacer.TOP);
    private final Scale scale = new Scale(1, 1, 0, 0);

    BoardCamera(DoubleProperty textScale) {
        this.textScale = textScale;
        zoom.addListener(o -> applyScale());
        textScale.addListener(o -> applyScale());
        applyScale();
    }

    private void applyScale() {
        scale.setX(scale());
        scale.setY(scale());
    }

    double scale() {
        return zoom.get() * textScale.get();
    }

    Translate pan() {
        return pan;
    }

    Scale scaleTransform() {
        return scale;
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    Point2D toBoard(double viewX, double viewY) {
        double s = scale();
        return new Point2D((viewX - pan.getX()) / s, (viewY - pan.getY()) / s);
    }

    /** The board area in a view of this size, with a margin (board units) on every side. */
    Rectangle2D visibleArea(double width, double height, double margin) {
        double s = scale();
        return new Rectangle2D(-pan.getX() / s - margin, -pan.getY() / s - margin,
                Math.max(0, width / s + 2 * margin), Math.max(0, height / s + 2 * margin));
    }

    void panBy(double dx, double dy) {
        pan.setX(pan.getX() + dx);
        pan.setY(pan.getY() + dy);
    }

    /** Zooms by a factor keeping the board point under (viewX, viewY) where it is. */
    void zoomBy(double factor, double viewX, double viewY) {
        Point2D pivot = toBoard(viewX, viewY);
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor)));
        pan.setX(viewX - pivot.getX() * scale());
        pan.setY(viewY - pivot.getY() * scale());
    }

    /** Pans just enough that the board rectangle is inside a view of this size. */
    void reveal(Rectangle2D board, double width, double height) {
        double s = scale();
        double margin = NotePlacer.GAP * s * 2;
        double left = pan.getX() + board.getMinX() * s;
        double top = pan.getY() + board.getMinY() * s;
        double right = left + board.getWidth() * s;
        double bottom = top + board.getHeight() * s;
        double dx = right > width - margin ? width - margin - right : 0;
        double dy = bottom > height - margin ? height - margin - bottom : 0;
        dx = left + dx < margin ? margin - left : dx;
        dy = top + dy < margin ? margin - top : dy;
        panBy(dx, dy);
    }

    /** Zooms and pans so the board rectangle fills a view of this size. */
    void fit(Rectangle2D board, double width, double height) {
        double pad = NotePlacer.GAP * 2;
        double s = Math.min((width - 2 * pad) / board.getWidth(), (height - 2 * pad) / board.getHeight());
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, s / textScale.get())));
        pan.setX(pad - board.getMinX() * scale());
        pan.setY(pad - board.getMinY() * scale());
    }
}
