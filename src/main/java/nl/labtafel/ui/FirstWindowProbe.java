package nl.labtafel.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * For the packaged-app smoke test and the cold-start benchmark only ({@code -Dlabtafel.smokeTest=true},
 * never set for users): waits for the first window to be shown and laid out, prints
 * {@link #MARKER} with the JVM's age, and quits the app the normal way ({@code Platform.exit}, so
 * {@code stop()} runs and the process exits 0 by itself). It watches from outside so the app
 * itself carries no test code.
 */
public final class FirstWindowProbe {
    public static final String PROPERTY = "labtafel.smokeTest";
    public static final String MARKER = "labtafel: first window shown";

    private boolean done;

    private FirstWindowProbe() {
    }

    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Call before launching; the watch starts as soon as the JavaFX toolkit is up. */
    public static void install() {
        Thread waiter = new Thread(() -> {
            FirstWindowProbe probe = new FirstWindowProbe();
            while (true) {
                try {
                    Platform.runLater(probe::watch);
                    return;
                } catch (IllegalStateException toolkitNotStartedYet) {
                    sleep();
                }
            }
        }, "labtafel-smoke-probe");
        waiter.setDaemon(true);
        waiter.start();
    }

    private void watch() {
        Window.getWindows().forEach(this::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
        });
    }

    private void watch(Window window) {
        if (window.isShowing() && window.getScene() != null) {
            afterNextPulse(window.getScene());
        } else {
            window.showingProperty().addListener((obs, was, showing) -> {
                if (showing && window.getScene() != null) {
                    afterNextPulse(window.getScene());
                }
            });
        }
    }

    /** The window counts as shown once a pulse has laid out its scene (what the user then sees). */
    private void afterNextPulse(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            if (!done) {
                done = true;
                long ms = System.currentTimeMillis() - ProcessHandle.current().info().startInstant()
                        .map(i -> i.toEpochMilli()).orElse(System.currentTimeMillis());
                System.out.println(MARKER + " after " + ms + " ms");
                System.out.flush();
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
