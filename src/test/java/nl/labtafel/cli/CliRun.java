package nl.labtafel.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nl.labtafel.AppPaths;

/** Runs the command line in-process and keeps what it printed, in Dutch whatever LABTAFEL_LANG says. */
final class CliRun {
    private final AppPaths paths;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    CliRun(AppPaths paths) {
        this.paths = paths;
    }

    /** The exit code; {@link #out()} and {@link #err()} then hold this run's output only. */
    int run(String... args) {
        String previous = System.setProperty("labtafel.lang", "nl");
        try {
            return LabtafelCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), paths);
        } finally {
            if (previous == null) {
                System.clearProperty("labtafel.lang");
            } else {
                System.setProperty("labtafel.lang", previous);
            }
        }
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
