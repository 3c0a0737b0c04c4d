package nl.labtafel.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import nl.labtafel.ui.audience.Displays;

/** Screens a test can plug in and pull out (a headless toolkit has only one). FX thread. */
final class FakeDisplays implements Displays {
    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    static final Rectangle2D PROJECTOR = new Rectangle2D(1280, 0, 1280, 720);

    private final List<Rectangle2D> screens = new ArrayList<>();
    private final List<Runnable> watchers = new ArrayList<>();

    FakeDisplays(Rectangle2D... screens) {
        this.screens.addAll(List.of(screens));
    }

    @Override
    public List<Rectangle2D> screens() {
        return List.copyOf(screens);
    }

    @Override
    public Runnable watch(Runnable onChange) {
        watchers.add(onChange);
        return () -> watchers.remove(onChange);
    }

    void plugIn(Rectangle2D screen) {
        screens.add(screen);
        List.copyOf(watchers).forEach(Runnable::run);
    }

    void pullOut(Rectangle2D screen) {
        screens.remove(screen);
        List.copyOf(watchers).forEach(Runnable::run);
    }

    int watchers() {
        return watchers.size();
    }
}
