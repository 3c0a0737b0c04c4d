package nl.labtafel.ui.session;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.labtafel.model.Phase;

/**
 * View model of the phase timer: counts down the current phase's timebox. Each phase keeps its own
 * remaining time, so moving back and forth through the agenda loses nothing; a running timer keeps
 * running for the phase switched to. Time comes from an injected nano clock so tests need no waiting.
 */
public final class PhaseTimer {
    /** Calm signal from two minutes left. */
    public static final long WARNING_SECONDS = 120;
    public static final long EXTRA_SECONDS = 5 * 60;

    public enum State { NORMAL, WARNING, OVER }

    private final LongSupplier nanoClock;
    private final Map<String, Long> remainingMillis = new HashMap<>();
    private final ReadOnlyLongWrapper remainingSeconds = new ReadOnlyLongWrapper(this, "remainingSeconds");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NORMAL);
    private String phaseId;
    private long lastTick;

    public PhaseTimer(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    public void select(Phase phase) {
        tick();
        phaseId = phase.getId();
        remainingMillis.putIfAbsent(phaseId, phase.getMinutes() * 60_000L);
        publish();
    }

    public void start() {
        if (phaseId != null && !running.get()) {
            lastTick = nanoClock.getAsLong();
            running.set(true);
        }
    }

    public void pause() {
        tick();
        running.set(false);
    }

    public void toggle() {
        if (running.get()) {
            pause();
        } else {
            start();
        }
    }

    public void addFiveMinutes() {
        if (phaseId != null) {
            tick();
            remainingMillis.merge(phaseId, EXTRA_SECONDS * 1000, Long::sum);
            publish();
        }
    }

    /** Called by the view a few times a second; counts on past zero so the overrun shows. */
    public void tick() {
        if (running.get() && phaseId != null) {
            long now = nanoClock.getAsLong();
            long elapsedMillis = (now - lastTick) / 1_000_000;
            if (elapsedMillis > 0) {
                lastTick += elapsedMillis * 1_000_000;
                remainingMillis.merge(phaseId, -elapsedMillis, Long::sum);
            }
        }
        publish();
    }

    private void publish() {
        if (phaseId == null) {
            return;
        }
        long millis = remainingMillis.get(phaseId);
        // Round up while counting down, so "0:00" appears exactly when the time is up.
        long seconds = millis >= 0 ? (millis + 999) / 1000 : millis / 1000;
        remainingSeconds.set(seconds);
        state.set(millis <= 0 ? State.OVER : seconds <= WARNING_SECONDS ? State.WARNING : State.NORMAL);
    }

    /** "24:59", or "+1:05" past the timebox. */
    public static String format(long seconds) {
        long abs = Math.abs(seconds);
        String text = String.format("%d:%02d", abs / 60, abs % 60);
        return seconds < 0 ? "+" + text : text;
    }

    public ReadOnlyLongProperty remainingSecondsProperty() {
        return remainingSeconds.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }
}
