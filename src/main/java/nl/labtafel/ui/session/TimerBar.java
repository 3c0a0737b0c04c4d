package nl.labtafel.ui.session;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.util.Subscription;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.labtafel.model.SessionHeader;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.edit.Parsing;
import nl.labtafel.ui.look.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The phase timer with start/pause and +5 minutes, and the session clock beside it ("20:14 · 19.30–21.30").
 * Stays visible in presentation mode. The signal is a change of colour only: calm, no sound, no blinking.
 */
final class TimerBar extends HBox {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm");
    private final Timeline ticker;
    private Subscription subscriptions;

    TimerBar(PhaseTimer timer, SessionHeader header, Messages messages) {
        getStyleClass().add(Styles.TIMER_BAR);
        Label remaining = new Label();
        remaining.setId("phase-timer");
        remaining.getStyleClass().add(Styles.TIMER);
        remaining.textProperty().bind(Bindings.createStringBinding(
                () -> PhaseTimer.format(timer.remainingSecondsProperty().get()), timer.remainingSecondsProperty()));
        subscriptions = () -> remaining.textProperty().unbind();
        // The timer outlives this bar (the window is rebuilt on a language switch): subscriptions, ended in stop().
        subscriptions = subscriptions.and(timer.stateProperty().subscribe((old, state) -> {
            remaining.pseudoClassStateChanged(Styles.WARNING, state == PhaseTimer.State.WARNING);
            remaining.pseudoClassStateChanged(Styles.OVER, state == PhaseTimer.State.OVER);
        })).and(timer.runningProperty().subscribe((was, is) -> remaining.pseudoClassStateChanged(Styles.RUNNING, is)));
        // The timer outlives this bar (the window is rebuilt on a language switch): show its state now, too.
        remaining.pseudoClassStateChanged(Styles.RUNNING, timer.runningProperty().get());
        remaining.pseudoClassStateChanged(Styles.WARNING, timer.stateProperty().get() == PhaseTimer.State.WARNING);
        remaining.pseudoClassStateChanged(Styles.OVER, timer.stateProperty().get() == PhaseTimer.State.OVER);

        Button startPause = iconButton("timer-start", "mdi2p-play", messages.get("action.timer.toggle"));
        FontIcon play = (FontIcon) startPause.getGraphic();
        play.setIconLiteral(timer.runningProperty().get() ? "mdi2p-pause" : "mdi2p-play");
        subscriptions = subscriptions.and(timer.runningProperty().subscribe((was, is) ->
                play.setIconLiteral(is ? "mdi2p-pause" : "mdi2p-play")));
        startPause.setOnAction(e -> timer.toggle());
        Button extra = iconButton("timer-extra", "mdi2t-timer-plus-outline", messages.get("action.timer.extra"));
        extra.setOnAction(e -> timer.addFiveMinutes());

        Label clock = new Label();
        clock.setId("session-clock");
        clock.getStyleClass().add(Styles.CLOCK);
        Label times = new Label();
        times.getStyleClass().add(Styles.MUTED);
        times.setId("session-times");
        VBox clockBox = new VBox(clock, times);
        clockBox.getStyleClass().add(Styles.CLOCK_BOX);
        Runnable updateClock = () -> {
            clock.setText(LocalTime.now().format(CLOCK));
            times.setText(sessionTimes(header));
        };
        updateClock.run();
        for (Region r : new Region[] {remaining, clock, times}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(remaining, startPause, extra, clockBox);

        ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> {
            timer.tick();
            updateClock.run();
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    /** "19.30–21.30", as the minutes write it; empty when the session has no times. */
    static String sessionTimes(SessionHeader header) {
        if (header.getStartTime() == null || header.getEndTime() == null) {
            return "";
        }
        return Parsing.time(header.getStartTime()) + "\u2013" + Parsing.time(header.getEndTime());
    }

    private static Button iconButton(String id, String literal, String text) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add(Styles.ICON);
        Button button = new Button(null, icon);
        button.setId(id);
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        button.setFocusTraversable(false);
        button.getStyleClass().add(Styles.FLAT);
        return button;
    }

    void stop() {
        ticker.stop();
        subscriptions.unsubscribe();
    }
}
