package nl.labtafel.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one background executor of the app ("labtafel-io"): file I/O, export and clustering run here,
 * results come back on the FX thread in one {@code Platform.runLater}. Single thread, so saves are
 * written in the order they were asked for.
 */
public final class BackgroundTasks implements TaskRunner, AutoCloseable {
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "labtafel-io");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void later(Runnable update) {
        Platform.runLater(update);
    }

    /** For services that schedule their own work (the autosaver's debounce). */
    public ScheduledExecutorService executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
