package nl.labtafel.ui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import nl.labtafel.cluster.ThemeSuggester;
import nl.labtafel.export.ExportService;
import nl.labtafel.io.Json;

/**
 * Start-up timing: clustering and export are warmed up only once the start screen is usable (its lists
 * shown, see AppShell), and then after a pause: on two cores, that warming beside the start screen's
 * lists and layout delayed the moment a facilitator can type (measured with bench/ColdStart).
 */
final class WarmUp {
    private static final long DELAY_MS = 1_000;

    private WarmUp() {
    }

    /**
     * Runs {@code work} once, just after the scene's next layout pulse (the frame is then on its way);
     * outside the pulse, so the work may change the scene and its listeners.
     */
    static void afterNextFrame(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        boolean[] queued = new boolean[1];
        once[0] = () -> {
            if (!queued[0]) {
                queued[0] = true;
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    work.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * Loads Jackson databind, the clustering language resources and POI's classes, so neither opening a
     * session nor a "suggest themes" nor the first export makes a facilitator wait. Its own low-priority
     * thread, not the I/O executor: a session opened right at start must not queue behind it.
     */
    static void start(ThemeSuggester suggester, Path templates) {
        Thread warm = new Thread(() -> {
            try {
                Thread.sleep(DELAY_MS); // after the start screen's lists, which the user sees
                // The templates were read without databind (TemplateFastReader); opening a session needs it.
                Json.sessionReader();
                suggester.warmUp();
                new ExportService(templates).warmUp();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // Only a head start: the real call does the same work and reports its own problems.
                System.getLogger(WarmUp.class.getName()).log(System.Logger.Level.INFO, "warm-up stopped early", e);
            }
        }, "labtafel-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }
}
