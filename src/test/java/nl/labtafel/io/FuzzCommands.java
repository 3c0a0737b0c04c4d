package nl.labtafel.io;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.labtafel.AppPaths;
import nl.labtafel.cli.LabtafelCommand;

/**
 * Runs one fuzzed file through the command line as a user would (validate, then for an accepted file info,
 * suggest-themes --all and export), each with a 10 s limit, and says what was wrong with the output: a stack
 * trace, a JVM error, the last-resort "unexpected error" line, an exit code other than 0/1, or a hang.
 */
final class FuzzCommands implements AutoCloseable {
    static final long LIMIT_MS = 10_000;

    /** One command on one file. */
    record Outcome(String command, int exit, String err, long millis, boolean hung) {
        /** Why this outcome is a failure, or null when it is clean. */
        String problem() {
            if (hung) {
                return "hang over " + LIMIT_MS / 1000 + " s";
            }
            if (exit != 0 && exit != 1) {
                return "exit " + exit;
            }
            if (err.contains("\tat ") || err.contains("Exception") || err.contains("Error")) {
                return "stack trace or JVM error";
            }
            if (err.contains("unexpected error")) {
                return "last-resort guard";
            }
            return null;
        }
    }

    private final AppPaths paths;
    private final Path outDir;
    private ExecutorService worker = newWorker();

    FuzzCommands(AppPaths paths, Path outDir) {
        this.paths = paths;
        this.outDir = outDir;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-command");
            t.setDaemon(true);
            return t;
        });
    }

    /** validate; then, if the file was accepted, info, suggest-themes --all and export. */
    List<Outcome> all(Path file) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        Outcome validate = run("validate", file.toString());
        outcomes.add(validate);
        if (validate.exit() == 0) {
            outcomes.add(run("info", file.toString()));
            outcomes.add(run("suggest-themes", file.toString(), "--all"));
            Path minutes = outDir.resolve("notulen.docx");
            outcomes.add(run("export", file.toString(), "--minutes", minutes.toString()));
            Files.deleteIfExists(minutes);
        }
        return outcomes;
    }

    Outcome run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        Future<Integer> exit = worker.submit(() -> LabtafelCommand.run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                paths));
        try {
            int code = exit.get(LIMIT_MS, TimeUnit.MILLISECONDS);
            return new Outcome(args[0], code, err.toString(StandardCharsets.UTF_8),
                    (System.nanoTime() - start) / 1_000_000, false);
        } catch (TimeoutException e) {
            exit.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the hung thread is left behind; the next file gets a fresh one
            return new Outcome(args[0], -1, "", LIMIT_MS, true);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
