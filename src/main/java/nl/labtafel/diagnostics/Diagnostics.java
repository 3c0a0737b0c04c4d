package nl.labtafel.diagnostics;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private static Handler installed;

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
     * output stays its own). If the folder cannot be made, logging stays on the console and says so once.
     */
    public static synchronized void install(Path folder) {
        if (installed != null) {
            return;
        }
        Logger root = Logger.getLogger("");
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("labtafel%g.log").toString(), FILE_LIMIT, FILE_COUNT,
                    true);
            file.setFormatter(new OneLine());
            file.setEncoding("UTF-8");
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h);
            }
            root.addHandler(file);
            root.setLevel(Level.INFO);
            installed = file;
        } catch (IOException | RuntimeException e) {
            System.err.println("Labtafel: no log file in " + folder + " (" + e.getMessage() + ")");
        }
    }

    /** Everything about an unexpected failure that helps to find it: for the log and the clipboard. */
    public static String report(Thread thread, Throwable error) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println("Labtafel " + version() + " — " + TIME.format(Instant.now()));
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
}
