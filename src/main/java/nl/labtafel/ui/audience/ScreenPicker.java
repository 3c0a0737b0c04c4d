package nl.labtafel.ui.audience;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/** Which screen the room gets: the largest one the console is not on. None when there is only the console's. */
public final class ScreenPicker {

    private ScreenPicker() {
    }

    public static Optional<Rectangle2D> audienceScreen(List<Rectangle2D> screens, Rectangle2D console) {
        double cx = console.getMinX() + console.getWidth() / 2;
        double cy = console.getMinY() + console.getHeight() / 2;
        Rectangle2D consoleScreen = screenOf(screens, cx, cy);
        return screens.stream().filter(s -> !s.equals(consoleScreen))
                .max(Comparator.comparingDouble(s -> s.getWidth() * s.getHeight()));
    }

    /** The screen holding the point, else the first screen (a window dragged off every screen). */
    public static Rectangle2D screenOf(List<Rectangle2D> screens, double x, double y) {
        return screens.stream().filter(s -> s.contains(x, y)).findFirst()
                .orElse(screens.isEmpty() ? null : screens.get(0));
    }
}
