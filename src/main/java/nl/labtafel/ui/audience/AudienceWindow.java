package nl.labtafel.ui.audience;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import nl.labtafel.ui.common.AudienceScreen;
import nl.labtafel.ui.common.AudienceState;
import nl.labtafel.ui.common.SessionContext;

/**
 * The room's window. With a second screen it opens full-screen there and the console keeps the laptop; with one
 * screen it covers the console full-screen and Esc (or F5) brings the console back. A projector plugged in moves
 * it to the projector; a projector pulled out moves it to another free screen or closes it — the console window is
 * never touched.
 */
public final class AudienceWindow implements AudienceScreen {
    private static final double PREVIEW_WIDTH = 256;

    private final SessionContext context;
    private final Stage console;
    private final Displays displays;
    private final FxTextMeasure measure;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyObjectWrapper<Image> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final PauseTransition previewDelay = new PauseTransition(Duration.millis(250));
    private final Runnable unwatch;
    private final ChangeListener<Object> renewSoon = (o, was, is) -> previewDelay.playFromStart();
    private Stage stage;
    private AudienceView view;
    /** The screen the room's window is on when it is a screen of its own; null while it covers the console. */
    private Rectangle2D audienceScreen;

    public AudienceWindow(SessionContext context, Stage console, Displays displays) {
        this.context = context;
        this.console = console;
        this.displays = displays;
        this.measure = new FxTextMeasure();
        this.unwatch = displays.watch(this::screensChanged);
        previewDelay.setOnFinished(e -> renewPreview());
    }

    @Override
    public void toggle() {
        if (stage != null) {
            close();
        } else {
            open();
        }
    }

    public void open() {
        if (stage != null) {
            return;
        }
        view = new AudienceView(context, measure);
        view.pageView().pageProperty().addListener(renewSoon);
        context.audience().blankProperty().addListener(renewSoon);
        stage = new Stage(StageStyle.UNDECORATED);
        stage.setTitle(context.messages().get("audience.window"));
        Scene scene = new Scene(view);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnHidden(e -> closed());
        place();
        stage.show();
        showing.set(true);
        if (audienceScreen != null) {
            console.requestFocus();
        }
    }

    @Override
    public void close() {
        if (stage != null) {
            stage.hide();
        }
    }

    /** The screen the room's window was put on (null when it covers the console's screen). */
    public Rectangle2D audienceScreen() {
        return audienceScreen;
    }

    public AudienceView view() {
        return view;
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Image> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    @Override
    public void dispose() {
        unwatch.run();
        previewDelay.stop();
        close();
    }

    private void place() {
        Rectangle2D consoleBounds = new Rectangle2D(console.getX(), console.getY(),
                Math.max(1, console.getWidth()), Math.max(1, console.getHeight()));
        Optional<Rectangle2D> own = ScreenPicker.audienceScreen(displays.screens(), consoleBounds);
        audienceScreen = own.orElse(null);
        Rectangle2D target = own.orElseGet(() -> ScreenPicker.screenOf(displays.screens(),
                consoleBounds.getMinX() + consoleBounds.getWidth() / 2,
                consoleBounds.getMinY() + consoleBounds.getHeight() / 2));
        boolean wasFull = stage.isFullScreen();
        if (wasFull) {
            stage.setFullScreen(false);
        }
        if (target != null) {
            stage.setX(target.getMinX());
            stage.setY(target.getMinY());
            stage.setWidth(target.getWidth());
            stage.setHeight(target.getHeight());
        }
        stage.setFullScreen(true);
    }

    private void screensChanged() {
        if (stage == null) {
            return;
        }
        if (audienceScreen != null && !displays.screens().contains(audienceScreen)) {
            // The projector went away: another free screen if there is one, else the room's window closes.
            Rectangle2D consoleBounds = new Rectangle2D(console.getX(), console.getY(),
                    Math.max(1, console.getWidth()), Math.max(1, console.getHeight()));
            if (ScreenPicker.audienceScreen(displays.screens(), consoleBounds).isPresent()) {
                place();
            } else {
                close();
            }
        } else if (audienceScreen == null) {
            place(); // covering the console: a projector plugged in takes the room's window over
            if (audienceScreen != null) {
                console.requestFocus();
            }
        }
    }

    private void key(KeyEvent e) {
        AudienceState room = context.audience();
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE || code == KeyCode.F5) {
            close();
        } else if (code == KeyCode.B || code == KeyCode.PERIOD) {
            room.blankProperty().set(!room.blankProperty().get());
        } else if (code == KeyCode.PAGE_DOWN || code == KeyCode.RIGHT || code == KeyCode.SPACE || code == KeyCode.DOWN) {
            room.turnPage(1);
        } else if (code == KeyCode.PAGE_UP || code == KeyCode.LEFT || code == KeyCode.UP) {
            room.turnPage(-1);
        } else {
            return;
        }
        e.consume();
    }

    private void closed() {
        context.audience().blankProperty().removeListener(renewSoon);
        if (view != null) {
            view.pageView().pageProperty().removeListener(renewSoon);
            view.dispose();
        }
        view = null;
        stage = null;
        audienceScreen = null;
        showing.set(false);
        preview.set(null);
        console.requestFocus();
    }

    private void renewPreview() {
        if (view == null || view.getWidth() < 1) {
            return;
        }
        double scale = PREVIEW_WIDTH / view.getWidth();
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(new Scale(scale, scale));
        preview.set(view.snapshot(p, null));
    }
}
