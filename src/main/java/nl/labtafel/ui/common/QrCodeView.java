package nl.labtafel.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import nl.labtafel.room.QrMatrix;
import nl.labtafel.ui.look.Styles;

/**
 * A QR code for a text that may change (the room URL): black on white with the quiet zone the standard
 * asks for, drawn crisp at whole pixels per module. Any view can place one (the room panel, the audience
 * view) bound to {@link SessionContext#roomUrlProperty()}; it shows nothing while the text is empty.
 */
public final class QrCodeView extends Region {
    private static final int QUIET = 4;
    private final Canvas canvas = new Canvas();
    private final ObservableStringValue text;
    private final InvalidationListener onChange = this::changed;
    private boolean[][] modules = new boolean[0][0];

    public QrCodeView(ObservableStringValue text, double size) {
        this.text = text;
        getStyleClass().add(Styles.QR);
        setSize(size);
        getChildren().add(canvas);
        text.addListener(onChange);
        changed(null);
    }

    private void changed(Observable ignored) {
        modules = QrMatrix.of(text.get());
        setAccessibleText(text.get());
        requestLayout();
        draw();
    }

    /** Side length in pixels, quiet zone included. */
    public void setSize(double size) {
        setPrefSize(size, size);
        setMinSize(size, size);
        setMaxSize(size, size);
    }

    /** Stops following the text (the view is being thrown away). */
    public void dispose() {
        text.removeListener(onChange);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double side = Math.min(canvas.getWidth(), canvas.getHeight());
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        int n = modules.length;
        if (n == 0 || side <= 0) {
            return;
        }
        double module = Math.floor(side / (n + 2 * QUIET));
        if (module < 1) {
            module = side / (n + 2 * QUIET);
        }
        double offset = Math.floor((side - module * n) / 2);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.setFill(Color.BLACK);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (modules[y][x]) {
                    g.fillRect(offset + x * module, offset + y * module, module, module);
                }
            }
        }
    }
}
