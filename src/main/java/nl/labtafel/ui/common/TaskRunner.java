package nl.labtafel.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands the result back on it. {@link BackgroundTasks} is the app's one
 * implementation; a view model's unit test runs everything in line instead.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code update} on the thread results come back on (progress from inside the work). */
    void later(Runnable update);
}
