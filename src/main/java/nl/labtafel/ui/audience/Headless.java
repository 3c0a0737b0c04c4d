package nl.labtafel.ui.audience;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Starts JavaFX for drawing without a window, once per process. Where Monocle is on the class path (the jar, the
 * tests) it draws headless with the software pipeline, display or not; elsewhere (an app image whose JavaFX is a
 * set of named modules that Monocle cannot reach into) it uses the platform's own toolkit, which needs a display.
 */
final class Headless {
    private static boolean started;

    private Headless() {
    }

    /** Could not start any toolkit. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static synchronized void start() {
        if (started || toolkitRunning()) {
            started = true;
            return;
        }
        if (System.getProperty("glass.platform") == null && monocleUsable()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        System.setProperty("java.awt.headless", "true");
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
            if (!up.await(30, TimeUnit.SECONDS)) {
                throw new Unavailable("JavaFX did not start within 30 s", null);
            }
        } catch (IllegalStateException alreadyRunning) {
            // Started by someone else in this process (an app window, a test): use it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        } catch (RuntimeException | Error e) {
            throw new Unavailable(String.valueOf(e.getMessage() != null ? e.getMessage() : e), e);
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    private static boolean toolkitRunning() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notStarted) {
            return false;
        }
    }

    private static boolean monocleUsable() {
        if (Platform.class.getModule().isNamed()) {
            return false;
        }
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory", false, Headless.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
