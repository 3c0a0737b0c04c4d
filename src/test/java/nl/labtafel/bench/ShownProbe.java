package nl.labtafel.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.labtafel.ui.FirstWindowProbe;

/**
 * Child-JVM side of the cold-start harness: watches for the first window to be shown and laid out,
 * prints {@code SHOWN} and ends the JVM. Installed before the app's own main runs, so Labtafel and
 * the bare window are timed by exactly the same code.
 */
final class ShownProbe {

    private ShownProbe() {
    }

    static void install() {
        // A start screen that never becomes usable (no templates found, focus elsewhere) ends the run with
        // what it shows instead of hanging the harness.
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("NOT USABLE after 60 s: run from the project folder (templates/)?");
            System.out.flush();
            Runtime.getRuntime().halt(1);
        }, "cold-start-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                // A window joins this list as it is being shown: the next pulse lays out and styles
                // its scene, and the one after it has been painted.
                for (Window window : change.getAddedSubList()) {
                    if (window.getScene() != null) {
                        watch(window);
                    }
                }
            }
        });
    }

    private static boolean shown;

    /**
     * SHOWN after the first laid-out pulse; READY once a laid-out pulse finds Labtafel's start screen
     * {@link FirstWindowProbe#usable usable} (title field focused, lists in, create button live) or, for
     * the bare window, at once.
     */
    private static void watch(Window window) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (!shown) {
                shown = true;
                System.out.println("SHOWN");
            }
            Scene scene = window.getScene();
            boolean app = window instanceof Stage s && !"bare".equals(s.getTitle());
            if (!app || (scene != null && FirstWindowProbe.usable(scene))) {
                System.out.println("READY");
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
            Platform.requestNextPulse();
        };
        window.sceneProperty().addListener((obs, old, scene) -> scene.addPostLayoutPulseListener(check[0]));
        window.getScene().addPostLayoutPulseListener(check[0]);
        Platform.requestNextPulse();
    }

    /** Runs Labtafel's real entry point (the start screen) under the probe. */
    static final class LabtafelMain {
        public static void main(String[] args) {
            install();
            nl.labtafel.Launcher.main(args);
        }
    }

    /** A bare JavaFX window (one label, 1280×720, no theme) started the same way. */
    static final class BareMain {
        public static void main(String[] args) {
            install();
            Application.launch(BareWindow.class, args);
        }
    }

    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(
                    new Label("Labtafel")), 1280, 720));
            stage.setTitle("bare");
            stage.show();
        }
    }
}
