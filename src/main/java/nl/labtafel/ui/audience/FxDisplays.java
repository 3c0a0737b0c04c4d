package nl.labtafel.ui.audience;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/** The real screens, from JavaFX. */
public final class FxDisplays implements Displays {

    @Override
    public List<Rectangle2D> screens() {
        return Screen.getScreens().stream().map(Screen::getBounds).toList();
    }

    @Override
    public Runnable watch(Runnable onChange) {
        ListChangeListener<Screen> listener = c -> onChange.run();
        Screen.getScreens().addListener(listener);
        return () -> Screen.getScreens().removeListener(listener);
    }
}
