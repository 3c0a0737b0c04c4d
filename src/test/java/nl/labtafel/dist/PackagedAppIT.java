package nl.labtafel.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.labtafel.ui.FirstWindowProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the app image that {@code mvn -Pdist package} built, the way a user's double click does (its
 * own launcher and runtime, nothing from Maven), in a fresh home folder. Run by failsafe in the dist
 * profile only. On Linux without a display it runs under {@code xvfb-run}.
 */
class PackagedAppIT {
    static final Path PROJECT = Path.of(System.getProperty("labtafel.projectDir", "."));
    static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    static final Path IMAGE = PROJECT.resolve("target/dist/image");
    static final String EXAMPLE = "arbeidsmigranten-lab-2018-04-24.json";

    @TempDir
    Path home;

    @Test
    void startsToAUsableStartScreenWithItsOwnRuntimeAndExitsCleanly() throws Exception {
        Files.createDirectories(home.resolve("Documents"));
        Result run = run(List.of(), "-Dlabtafel.smokeTest=true");

        assertEquals(0, run.exit, run.toString());
        assertTrue(run.out.contains(FirstWindowProbe.MARKER), run.toString());
        assertTrue(run.out.contains(FirstWindowProbe.USABLE), "the start screen becomes usable: " + run);
        assertFalse(run.err.contains("Unsupported JavaFX configuration"), "JavaFX must come from the runtime: " + run);
        assertFalse(Files.exists(home.resolve(".openjfx")), "no native libraries unpacked at start");
        assertTrue(Files.isRegularFile(home.resolve("Documents/Labtafel").resolve(EXAMPLE)),
                "first run puts the example session in the user's sessions folder");
    }

    @Test
    void carriesTheTemplatesAndTheExampleSessionAndRunsTheCommandLine() throws Exception {
        Path bundled = appDir().resolve("sessions").resolve(EXAMPLE);
        assertTrue(Files.isRegularFile(appDir().resolve("templates/lab-sessie.json")));

        Result run = run(List.of("validate", bundled.toString()));

        assertEquals(0, run.exit, run.toString());
    }

    static Path appDir() {
        return OS.contains("mac") ? IMAGE.resolve("Labtafel.app/Contents/app") : IMAGE.resolve("Labtafel/lib/app");
    }

    static Path launcher() {
        if (OS.contains("win")) {
            return IMAGE.resolve("Labtafel/Labtafel.exe");
        }
        return OS.contains("mac") ? IMAGE.resolve("Labtafel.app/Contents/MacOS/Labtafel")
                : IMAGE.resolve("Labtafel/bin/Labtafel");
    }

    private Result run(List<String> args, String... javaOptions) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(launcher()), "build the image first (mvn -Pdist package): " + launcher());
        List<String> command = new ArrayList<>();
        boolean linux = !OS.contains("win") && !OS.contains("mac");
        if (linux && System.getenv("DISPLAY") == null) {
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"));
        }
        command.add(launcher().toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        // user.home comes from the password file, not $HOME: set both so nothing touches the real home.
        pb.environment().put("JAVA_TOOL_OPTIONS",
                String.join(" ", javaOptions) + " -Duser.home=" + home + " -Djava.util.prefs.userRoot=" + home);
        pb.environment().put("HOME", home.toString());
        pb.environment().remove("XDG_CONFIG_HOME");
        pb.environment().remove("XDG_DOCUMENTS_DIR");
        Path out = home.resolve("stdout.txt");
        Path err = home.resolve("stderr.txt");
        Process process = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return new Result(-1, Files.readString(out), Files.readString(err) + "\n(killed after 120 s)");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }
}
