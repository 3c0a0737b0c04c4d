package nl.labtafel.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import nl.labtafel.model.LocalizedText;
import nl.labtafel.model.Phase;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.ui.look.Look;
import org.junit.jupiter.api.Test;

/** The phase timer as the room sees it, on a clock the test moves by hand. */
class PhaseTimerTest {
    private final AtomicLong nanos = new AtomicLong();
    private final PhaseTimer timer = new PhaseTimer(nanos::get);
    private final Phase inventory = new Phase("inventory", PhaseKind.INVENTORY, new LocalizedText("Blik", "Look"), 25);
    private final Phase insights = new Phase("insights", PhaseKind.INSIGHTS, new LocalizedText("Kansen", "Opp"), 3);

    private void pass(long seconds) {
        nanos.addAndGet(seconds * 1_000_000_000L);
        timer.tick();
    }

    @Test
    void countsDownOnlyWhileRunning() {
        timer.select(inventory);
        assertEquals("25:00", PhaseTimer.format(timer.remainingSecondsProperty().get()));
        pass(30);
        assertEquals(25 * 60, timer.remainingSecondsProperty().get(), "not started yet");
        timer.start();
        pass(61);
        assertEquals("23:59", PhaseTimer.format(timer.remainingSecondsProperty().get()));
        timer.pause();
        pass(100);
        assertEquals("23:59", PhaseTimer.format(timer.remainingSecondsProperty().get()));
    }

    @Test
    void signalsCalmlyAtTwoMinutesAndAtZeroAndShowsTheOverrun() {
        timer.select(insights);
        timer.start();
        pass(59);
        assertEquals(PhaseTimer.State.NORMAL, timer.stateProperty().get());
        pass(1);
        assertEquals(PhaseTimer.State.WARNING, timer.stateProperty().get(), "2:00 left");
        pass(120);
        assertEquals(PhaseTimer.State.OVER, timer.stateProperty().get());
        assertEquals("0:00", PhaseTimer.format(timer.remainingSecondsProperty().get()));
        pass(65);
        assertEquals("+1:05", PhaseTimer.format(timer.remainingSecondsProperty().get()));
        timer.addFiveMinutes();
        assertEquals("3:55", PhaseTimer.format(timer.remainingSecondsProperty().get()));
        assertEquals(PhaseTimer.State.NORMAL, timer.stateProperty().get());
    }

    @Test
    void eachPhaseKeepsItsOwnTimeAndARunningTimerFollowsTheFacilitator() {
        timer.select(inventory);
        timer.start();
        pass(300);
        timer.select(insights);
        assertTrue(timer.runningProperty().get());
        assertEquals(180, timer.remainingSecondsProperty().get());
        pass(60);
        timer.select(inventory);
        assertEquals(20 * 60, timer.remainingSecondsProperty().get(), "inventory did not count while away");
        timer.toggle();
        assertFalse(timer.runningProperty().get());
    }
}
