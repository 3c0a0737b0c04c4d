package nl.labtafel.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.labtafel.AppPaths;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.ui.start.StartLists;

/**
 * Start-up work that needs no JavaFX, begun by {@link LabtafelApp#launchApp} before the toolkit starts and
 * run on its own thread: on two cores it then happens beside the toolkit's own start instead of after the
 * first frame. It reads the start screen's lists (the templates through Jackson, whose first use costs
 * about a second of class loading, the recent sessions and the recovery files). A file's problems are kept
 * as they are and described once the shell knows the interface language.
 */
final class EarlyStart {

    /** The lists as read, and the problems of the templates that did not load. */
    record Lists(StartLists lists, List<FileProblemException> problems) {
    }

    private final AppPaths paths;
    private final CompletableFuture<Lists> lists;

    private EarlyStart(AppPaths paths, CompletableFuture<Lists> lists) {
        this.paths = paths;
        this.lists = lists;
    }

    static EarlyStart begin(AppPaths paths) {
        CompletableFuture<Lists> lists = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                List<FileProblemException> problems = new ArrayList<>();
                StartLists read = StartLists.read(paths.templates(), paths.sessions(), problem -> {
                    problems.add(problem);
                    return List.of();
                });
                lists.complete(new Lists(read, List.copyOf(problems)));
            } catch (RuntimeException | Error e) {
                lists.completeExceptionally(e);
            }
        }, "labtafel-early-start");
        reader.setDaemon(true);
        reader.start();
        return new EarlyStart(paths, lists);
    }

    AppPaths paths() {
        return paths;
    }

    /** Completes on the reading thread; a failure there is the same as one of a later refresh. */
    CompletableFuture<Lists> lists() {
        return lists;
    }
}
