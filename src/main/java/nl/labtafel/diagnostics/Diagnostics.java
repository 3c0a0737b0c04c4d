package nl.labtafel.diagnostics;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log file: {@code ~/.labtafel/logs/labtafel0.log} (five files of at most 1 MB, rotating). Code logs
 * through {@link System.Logger}, which the JDK routes to java.util.logging; this class points that at the
 * file. The JDK's own logging was chosen over SLF4J + logback: the app's runtime has no SLF4J at all (only
 * ArchUnit brings it, in tests), and {@link FileHandler} already rotates, so no dependency and no
 * configuration file is needed for one log of handled and unexpected failures.
 */
public final class Diagnostics {
    private static final int FILE_LIMIT = 1_000_000;
    private static final int FILE_COUNT = 5;
    private static Handler installed;
    /** The root logger's handlers before {@link #install}: the console's. */
    private static List<Handler> replaced = List.of();

    private Diagnostics() {
    }

    /** The user's Labtafel folder for logs; {@code -Dlabtafel.logDir} points elsewhere (tests). */
    public static Path logFolder() {
        String configured = System.getProperty("labtafel.logDir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".labtafel", "logs");
    }

    /**
     * Sends every log record to the rotating file in {@code folder} instead of the console (the command line's
     * output stays its own). The file is opened when the first record comes, not at start: opening it (the file's
     * lock, the time format) took 45–55 ms of a start that keeps both cores busy, and most runs log nothing (issue
     * 18). If the folder cannot be made or written, that record and the later ones go to the console, which says
     * so once.
     */
    public static synchronized void install(Path folder) {
        if (installed == null) {
            Logger root = Logger.getLogger("");
            replaced = List.of(root.getHandlers());
            replaced.forEach(root::removeHandler);
            installed = new OpenedOnFirstRecord(folder, replaced);
            root.addHandler(installed);
            root.setLevel(Level.INFO);
        }
    }

    /** Back to the console, the log file closed: for tests, which share one JVM. */
    static synchronized void uninstall() {
        if (installed != null) {
            Logger root = Logger.getLogger("");
            root.removeHandler(installed);
            installed.close();
            replaced.forEach(root::addHandler);
            installed = null;
            replaced = List.of();
        }
    }

    /** Everything about an unexpected failure that helps to find it: for the log and the clipboard. */
    public static String report(Thread thread, Throwable error) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println("Labtafel " + version() + " — " + OneLine.TIME.format(Instant.now()));
        out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        out.println("Thread: " + (thread == null ? "?" : thread.getName()));
        error.printStackTrace(out);
        out.flush();
        return text.toString();
    }

    private static String version() {
        String v = Diagnostics.class.getPackage().getImplementationVersion();
        return v == null ? "(development)" : v;
    }

    /** "2026-11-30 17:02:11.123 WARNING nl.labtafel.io.Autosaver: message", then the stack trace if any. */
    private static final class OneLine extends Formatter {
        // Here, not in Diagnostics: made with the file, not at start.
        static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder(TIME.format(r.getInstant())).append(' ')
                    .append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                b.append(trace);
            }
            return b.toString();
        }
    }

    /** The rotating file, opened by the first record it is given; the console's handlers if it cannot be. */
    private static final class OpenedOnFirstRecord extends Handler {
        private final Path folder;
        private final List<Handler> console;
        private List<Handler> targets;

        OpenedOnFirstRecord(Path folder, List<Handler> console) {
            this.folder = folder;
            this.console = console;
        }

        @Override
        public synchronized void publish(LogRecord r) {
            if (targets == null) {
                targets = open();
            }
            targets.forEach(t -> t.publish(r));
        }

        private List<Handler> open() {
            try {
                Files.createDirectories(folder);
                FileHandler file = new FileHandler(folder.resolve("labtafel%g.log").toString(), FILE_LIMIT,
                        FILE_COUNT, true);
                file.setFormatter(new OneLine());
                file.setEncoding("UTF-8");
                return List.of(file);
            } catch (IOException | RuntimeException e) {
                System.err.println("Labtafel: no log file in " + folder + " (" + e.getMessage() + ")");
                return console;
            }
        }

        @Override
        public synchronized void flush() {
            if (targets != null) {
                targets.forEach(Handler::flush);
            }
        }

        @Override
        public synchronized void close() {
            if (targets != null && targets != console) {
                targets.forEach(Handler::close);
            }
        }
    }
}
