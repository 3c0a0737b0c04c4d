package nl.labtafel.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reading JavaFX state from a UI test: the session and every node belong to the FX thread, so a test
 * asks that thread for a value instead of reading it from its own (which can see half-made changes).
 */
public final class Fx {
    private static final long READ_SECONDS = 10;

    private Fx() {
    }

    /** {@code read} run on the FX thread, its result handed back to the test. */
    public static <T> T read(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(READ_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within " + READ_SECONDS + " s", e);
        }
    }

    /** Waits until {@code condition}, checked on the FX thread after pending FX events, holds. */
    public static void waitUntil(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return read(condition::getAsBoolean);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
    }
}
