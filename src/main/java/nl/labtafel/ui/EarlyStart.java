package nl.labtafel.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.labtafel.AppPaths;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.UiSettings;
import nl.labtafel.ui.start.StartLists;

/**
 * Start-up work that needs no JavaFX, begun by {@link LabtafelApp#launchApp} before the toolkit starts and
 * run on its own thread: on two cores it then happens beside the toolkit's own start instead of after the
 * first frame. It reads the start screen's lists (the templates through Jackson, whose first use costs
 * about a second of class loading, the recent sessions and the recovery files) and, before them, the interface
 * texts. A file's problems are kept as they are and described once the shell knows the interface language.
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
            warmTexts();
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

    /**
     * Loads the interface language's texts into ResourceBundle's cache, so the shell's {@code Messages} finds them
     * there instead of parsing the bundle on the FX thread (about 3 % of that thread's work before the first frame,
     * issue 18). Reads the settings file only for the language; the shell reads it again (it is a few lines).
     */
    private static void warmTexts() {
        try {
            Path file = UiSettings.defaultFile();
            // No file (first run): Dutch.
            Messages.forLanguage(Files.isRegularFile(file) ? new UiSettings(file, Runnable::run).language()
                    : Language.of(null));
        } catch (RuntimeException e) {
            // Only a head start: the shell loads the texts itself and reports what it cannot.
        }
    }

    AppPaths paths() {
        return paths;
    }

    /** Completes on the reading thread; a failure there is the same as one of a later refresh. */
    CompletableFuture<Lists> lists() {
        return lists;
    }
}
