package nl.labtafel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nl.labtafel.cli.LabtafelCommand;
import nl.labtafel.diagnostics.Diagnostics;
import nl.labtafel.ui.FirstWindowProbe;
import nl.labtafel.ui.LabtafelApp;
import nl.labtafel.ui.audience.RenderCommand;
import nl.labtafel.ui.audience.RoomPictures;

/**
 * Entry point of the jar and of {@code mvn javafx:run}. Without arguments, or with one session file, it
 * opens the app; otherwise it runs the command line without touching JavaFX (no display needed).
 * It does not extend Application so classpath and jar launches work.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensApp(args)) {
            // The log's set-up and a first run's sessions folder happen on the early-start thread, beside the
            // toolkit's own start (LabtafelApp.launchApp).
            if (FirstWindowProbe.requested()) {
                FirstWindowProbe.install();
            }
            LabtafelApp.launchApp(args);
            return;
        }
        Diagnostics.install(Diagnostics.logFolder());
        System.exit(LabtafelCommand.run(args, System.out, System.err, AppPaths.detect(),
                new RenderCommand(), new RoomPictures()));
    }

    static boolean opensApp(String[] args) {
        if (args.length == 0) {
            return true;
        }
        // "labtafel FILE.json --room": the session with room input already on
        String[] files = Arrays.stream(args).filter(a -> !a.equals("--room")).toArray(String[]::new);
        if (files.length == args.length - 1 && files.length == 0) {
            return false;
        }
        return files.length == 1 && files[0].endsWith(".json") && Files.isRegularFile(Path.of(files[0]));
    }
}
