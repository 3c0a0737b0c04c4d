package nl.labtafel.ui.audience;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * The screens attached to the computer, behind an interface so tests can plug a projector in and pull it out
 * (a headless test toolkit has one screen).
 */
public interface Displays {

    /** The bounds of each screen. */
    List<Rectangle2D> screens();

    /** Calls {@code onChange} whenever a screen is added or removed; returns what stops that. */
    Runnable watch(Runnable onChange);
}
