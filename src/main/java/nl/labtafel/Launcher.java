package nl.labtafel;

import java.io.IOException;
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
        Diagnostics.install(Diagnostics.logFolder());
        if (opensApp(args)) {
            prepareUserFolder();
            if (FirstWindowProbe.requested()) {
                FirstWindowProbe.install();
            }
            LabtafelApp.launchApp(args);
            return;
        }
        System.exit(LabtafelCommand.run(args, System.out, System.err, AppPaths.detect(),
                new RenderCommand(), new RoomPictures()));
    }

    /** First run of the installed app: a sessions folder with the example in it (a stat on later runs). */
    private static void prepareUserFolder() {
        try {
            AppPaths.detect().prepareSessionsFolder();
        } catch (IOException | RuntimeException e) {
            // The app still starts; saving will name the folder it cannot write.
            System.getLogger(Launcher.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot prepare the sessions folder", e);
        }
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
