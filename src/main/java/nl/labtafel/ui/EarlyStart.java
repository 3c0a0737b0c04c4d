package nl.labtafel.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import nl.labtafel.AppPaths;
import nl.labtafel.diagnostics.Diagnostics;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.UiSettings;
import nl.labtafel.ui.start.StartLists;

/**
 * Start-up work that needs no JavaFX, begun by {@link LabtafelApp#launchApp} before the toolkit starts and
 * run on its own thread: on two cores it then happens beside the toolkit's own start instead of before or after
 * it. In order: the log file's set-up (java.util.logging's start, which also opens every jar of the class path
 * to look for a logging service), where sessions and templates live, the sessions folder of a first run (with the
 * example session), the interface texts, then the start screen's lists (the templates through Jackson, whose first
 * use costs about a second of class loading, the recent sessions and the recovery files). The first three took
 * 50-70 ms on the main thread before the toolkit could start (issue 18). A file's problems are kept as they are and
 * described once the shell knows the interface language.
 */
final class EarlyStart {

    /** The lists as read, and the problems of the templates that did not load. */
    record Lists(StartLists lists, List<FileProblemException> problems) {
    }

    private final CompletableFuture<AppPaths> paths;
    private final CompletableFuture<Lists> lists;

    private EarlyStart(CompletableFuture<AppPaths> paths, CompletableFuture<Lists> lists) {
        this.paths = paths;
        this.lists = lists;
    }

    static EarlyStart begin() {
        return begin(() -> Diagnostics.install(Diagnostics.logFolder()), AppPaths::detect);
    }

    /** The same with another log set-up and the folders found by {@code where} (tests). */
    static EarlyStart begin(Runnable logSetUp, Supplier<AppPaths> where) {
        CompletableFuture<AppPaths> paths = new CompletableFuture<>();
        CompletableFuture<Lists> lists = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            logSetUp.run();
            AppPaths found;
            try {
                found = where.get();
                paths.complete(found);
            } catch (RuntimeException | Error e) {
                lists.completeExceptionally(e);
                paths.completeExceptionally(e);
                return;
            }
            prepareSessionsFolder(found);
            warmTexts();
            try {
                List<FileProblemException> problems = new ArrayList<>();
                StartLists read = StartLists.read(found.templates(), found.sessions(), problem -> {
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

    /** First run of the installed app: a sessions folder with the example in it (a stat on later runs). */
    private static void prepareSessionsFolder(AppPaths paths) {
        try {
            paths.prepareSessionsFolder();
        } catch (IOException | RuntimeException e) {
            // The app still starts; saving will name the folder it cannot write.
            System.getLogger(EarlyStart.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot prepare the sessions folder " + paths.sessions(), e);
        }
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

    /** Where sessions and templates live: waits for the reading thread's first step (done long before the toolkit). */
    AppPaths paths() {
        return paths.join();
    }

    /** Completes on the reading thread; a failure there is the same as one of a later refresh. */
    CompletableFuture<Lists> lists() {
        return lists;
    }
}
