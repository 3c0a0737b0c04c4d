package nl.labtafel.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Window;

/**
 * For the packaged-app smoke test and the cold-start benchmark only ({@code -Dlabtafel.smokeTest=true},
 * never set for users): waits for the first window to be shown and laid out and prints {@link #MARKER}
 * with the JVM's age; then waits for the start screen to be {@link #usable usable} and prints
 * {@link #USABLE}; then quits the app the normal way ({@code Platform.exit}, so {@code stop()} runs and
 * the process exits 0 by itself). It watches from outside so the app itself carries no test code.
 */
public final class FirstWindowProbe {
    public static final String PROPERTY = "labtafel.smokeTest";
    public static final String MARKER = "labtafel: first window shown";
    public static final String USABLE = "labtafel: start screen usable";

    private boolean usable;

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

    /**
     * The window counts as shown once a pulse has laid out its scene (what the user then sees); the start
     * screen as usable once a laid-out pulse finds it {@link #usable}. A window that is not the start screen
     * (a session opened from the command line) is usable when shown.
     */
    private void afterNextPulse(Scene first) {
        Window window = first.getWindow();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            Scene scene = window.getScene();
            if (scene == null) {
                return;
            }
            if (!done) {
                done = true;
                System.out.println(MARKER + " after " + age() + " ms");
                System.out.flush();
            }
            if (!usable && (usable(scene) || scene.lookup("#start-screen") == null)) {
                usable = true;
                System.out.println(USABLE + " after " + age() + " ms");
                System.out.flush();
                Platform.runLater(Platform::exit);
                return;
            }
            Platform.requestNextPulse();
        };
        first.addPostLayoutPulseListener(listener[0]);
        window.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(listener[0]);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(listener[0]);
            }
        });
        Platform.requestNextPulse();
    }

    /**
     * What a facilitator needs to start typing: the new session's title field has the keyboard, the
     * templates are in their list (read together with the recent sessions and recovery files) and the
     * create button is there and enabled.
     */
    public static boolean usable(Scene scene) {
        Node owner = scene.getFocusOwner();
        Node create = scene.lookup("#new-create");
        return owner != null && "new-title".equals(owner.getId())
                && scene.lookup("#new-template") instanceof ChoiceBox<?> templates && templates.getValue() != null
                && scene.lookup("#recent-list") != null
                && create != null && !create.isDisabled();
    }

    private static long age() {
        return System.currentTimeMillis() - ProcessHandle.current().info().startInstant()
                .map(i -> i.toEpochMilli()).orElse(System.currentTimeMillis());
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
