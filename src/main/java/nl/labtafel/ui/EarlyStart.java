package nl.labtafel.ui;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import nl.labtafel.AppPaths;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.UiSettings;
import nl.labtafel.ui.look.Look;
import nl.labtafel.ui.look.Stylesheets;
import nl.labtafel.ui.start.StartLists;

/**
 * Start-up work that needs no JavaFX, begun by {@link LabtafelApp#launchApp} before the toolkit starts and
 * run on its own thread: on two cores it then happens beside the toolkit's own start instead of after the
 * first frame. It reads the start screen's lists (the templates through Jackson, whose first use costs
 * about a second of class loading, the recent sessions and the recovery files) and, before them, the interface
 * texts and a first reading of the start screen's CSS (see {@link #warmStyles}). A file's problems are kept as they are and described once the shell knows the interface language.
 */
final class EarlyStart {

    /** The lists as read, and the problems of the templates that did not load. */
    record Lists(StartLists lists, List<FileProblemException> problems) {
    }

    private final AppPaths paths;
    private final CompletableFuture<Lists> lists;
    private final CompletableFuture<Void> styles;

    private EarlyStart(AppPaths paths, CompletableFuture<Lists> lists, CompletableFuture<Void> styles) {
        this.paths = paths;
        this.lists = lists;
        this.styles = styles;
    }

    static EarlyStart begin(AppPaths paths) {
        CompletableFuture<Lists> lists = new CompletableFuture<>();
        CompletableFuture<Void> styles = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                UiSettings settings = warmTexts();
                warmStyles(settings == null ? Look.LIGHT : settings.theme());
            } finally {
                styles.complete(null); // whatever happened: the FX thread waits for this
            }
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
        return new EarlyStart(paths, lists, styles);
    }

    /**
     * Loads the interface language's texts into ResourceBundle's cache, so the shell's {@code Messages} finds them
     * there instead of parsing the bundle on the FX thread (about 3 % of that thread's work before the first frame,
     * issue 18). Reads the settings file only for the language; the shell reads it again (it is a few lines).
     */
    private static UiSettings warmTexts() {
        try {
            Path file = UiSettings.defaultFile();
            // No file (first run): Dutch, and the "settings not read" note is the shell's to log, once.
            UiSettings settings = Files.isRegularFile(file) ? new UiSettings(file, Runnable::run) : null;
            Messages.forLanguage(settings != null ? settings.language() : Language.of(null));
            return settings;
        } catch (RuntimeException e) {
            // Only a head start: the shell loads the texts itself and reports what it cannot.
            return null;
        }
    }

    /**
     * Reads the start screen's theme and stylesheets once, here, and throws them away: JavaFX's CSS classes (the
     * binary reader, the value converters, the text parser and its lexer's lambdas) are then loaded and initialised
     * when the FX thread reads them for real, which was about a tenth of its work before the first frame (issue 18).
     * The FX thread waits for this ({@link #stylesWarmed}) before it reads CSS: the converters' registry in
     * javafx.css.StyleConverter is a plain HashMap, not safe to fill from two threads at once.
     */
    private static void warmStyles(Look look) {
        try {
            String theme = look.startUserAgentStylesheet();
            URL url = theme.contains(":") ? new URL(theme) : EarlyStart.class.getResource(theme);
            for (Rule rule : Stylesheet.loadBinary(url).getRules()) {
                rule.getSelectors();
                rule.getDeclarations();
            }
            new CssParser().parse(Stylesheets.class.getResource("labtafel.css"));
        } catch (IOException | RuntimeException e) {
            // Only a head start: the FX thread reads them anyway and reports what it cannot.
        }
    }

    /** Completes once the early thread has warmed JavaFX's CSS classes (or given up); see {@link #warmStyles}. */
    CompletableFuture<Void> stylesWarmed() {
        return styles;
    }

    AppPaths paths() {
        return paths;
    }

    /** Completes on the reading thread; a failure there is the same as one of a later refresh. */
    CompletableFuture<Lists> lists() {
        return lists;
    }
}
