import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Cold-start benchmark of the packaged app: process start to a usable start screen (title field focused,
 * lists in, create button live: {@code FirstWindowProbe.usable}) and to the first shown window of
 * Labtafel's app image, against a bare JavaFX window (one Stage, one Label) packaged the same way (same runtime, same
 * launcher, same probe), run alternately in one session; prints each median and the ratio. A third
 * column, the bare window with AtlantaFX's Primer theme, shows how much of the difference is the theme.
 * (nl.labtafel.bench.ColdStart does the same for the app run from the class path, without packaging.)
 *
 * <p>Run after {@code mvn -Pdist package}: {@code java src/dist/PackagedColdStart.java [RUNS] [JVM option…]}.
 * JVM options after RUNS are given to Labtafel only (to try a setting before baking it into the
 * launcher, e.g. {@code -Xshare:off} to see what the CDS archives gain). On Linux without $DISPLAY it starts its own Xvfb.
 * Ends with TABLE lines (usable start, first window, image size) for src/tools/bench-report.
 * "Cold" means a fresh JVM per run; the operating system's file cache is warm after the first run,
 * which is also what a facilitator sees from the second start on.
 */
public final class PackagedColdStart {
    static final String MARKER = "labtafel: first window shown";
    static final String USABLE = "labtafel: start screen usable";
    /** The image-size cap of issue 18, in MB of 10^6 bytes (what du --si and the dist build print). */
    static final double IMAGE_CAP_MB = 150;
    static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    static final boolean LINUX = !OS.contains("win") && !OS.contains("mac");

    static final String BARE_APP = """
            import javafx.application.Application;
            import javafx.scene.Scene;
            import javafx.scene.control.Label;
            import javafx.scene.layout.StackPane;
            import javafx.stage.Stage;

            public class BareFx extends Application {
                public static void main(String[] args) {
                    if (nl.labtafel.ui.FirstWindowProbe.requested()) {
                        nl.labtafel.ui.FirstWindowProbe.install();
                    }
                    Application.launch(BareFx.class, args);
                }

                @Override
                public void start(Stage stage) {
                    if (Boolean.getBoolean("bare.atlantafx")) {
                        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
                    }
                    stage.setScene(new Scene(new StackPane(new Label("Labtafel")), 1280, 720));
                    stage.setTitle("Bare JavaFX");
                    stage.show();
                }
            }
            """;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        List<String> options = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of();
        Path dist = Path.of("target/dist").toAbsolutePath();
        Path labtafel = launcher(dist.resolve("image"), "Labtafel");
        Path bare = launcher(buildBare(dist), "BareFx");
        Process xvfb = LINUX && System.getenv("DISPLAY") == null ? startXvfb() : null;
        try {
            long[] app = new long[runs];
            long[] appShown = new long[runs];
            long[] base = new long[runs];
            long[] themed = new long[runs];
            List<String> withTheme = List.of("-Dbare.atlantafx=true");
            time(labtafel, options); // warm the file cache for all, not counted
            time(bare, List.of());
            time(bare, withTheme);
            for (int i = 0; i < runs; i++) {
                long[] t = time(labtafel, options);
                appShown[i] = t[0];
                app[i] = t[1];
                base[i] = time(bare, List.of())[1];
                themed[i] = time(bare, withTheme)[1];
                System.out.printf("run %2d: labtafel first window %5d ms, usable %5d ms; bare %5d ms, bare+AtlantaFX %5d ms%n",
                        i + 1, appShown[i], app[i], base[i], themed[i]);
            }
            double a = median(app);
            double s = median(appShown);
            double b = median(base);
            double t = median(themed);
            double mb = size(dist.resolve("image")) / 1e6;
            String flags = jvmFlags(dist.resolve("image"), options);
            System.out.println("Labtafel's JVM options (launcher and given here): " + flags);
            System.out.printf("median labtafel usable %.0f ms (first window %.0f ms), bare JavaFX %.0f ms, bare+AtlantaFX %.0f ms%n",
                    a, s, b, t);
            System.out.printf("ratio labtafel usable/bare %.2fx (target <= 1.3x); first window/bare %.2fx; usable/bare+AtlantaFX %.2fx%n",
                    a / b, s / b, a / t);
            System.out.printf("noise: bare %s, labtafel usable %s (spread of the middle half / median)%n",
                    spread(base), spread(app));
            System.out.printf("image %.1f MB unpacked%n", mb);
            // Rows of the benchmark table (src/tools/bench-report; format: nl.labtafel.bench.TableLine).
            System.out.printf(Locale.ROOT, "TABLE|Start (packaged app): usable start screen / bare window packaged alike|%.2fx "
                    + "(medians %.0f / %.0f ms, %d runs, noise %s; bare+AtlantaFX %.2fx; app: %s)|<= 1.30x|%s%n", a / b, a, b,
                    runs, spread(app), a / t, flags, a / b <= 1.3 ? "yes" : "no");
            System.out.printf(Locale.ROOT, "TABLE|Start (packaged app): first window / bare window packaged alike|%.2fx "
                    + "(median %.0f ms)|-|-%n", s / b, s);
            System.out.printf(Locale.ROOT, "TABLE|App image size|%.1f MB|<= %.0f MB|%s%n", mb, IMAGE_CAP_MB,
                    mb <= IMAGE_CAP_MB ? "yes" : "no");
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    /** The bare window, compiled against the app's own runtime and packaged with it by jpackage. */
    static Path buildBare(Path dist) throws IOException {
        Path runtime = LINUX || OS.contains("win") ? dist.resolve("image/Labtafel/lib/runtime")
                : dist.resolve("image/Labtafel.app/Contents/runtime/Contents/Home");
        Path appDir = OS.contains("mac") ? dist.resolve("image/Labtafel.app/Contents/app")
                : dist.resolve("image/Labtafel/lib/app");
        Path work = dist.resolve("bench");
        deleteTree(work);
        Path src = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path input = Files.createDirectories(work.resolve("input"));
        Files.writeString(src.resolve("BareFx.java"), BARE_APP);
        Path appJar = appDir.resolve("labtafel.jar");
        Path atlantafx;
        try (Stream<Path> jars = Files.list(appDir)) {
            atlantafx = jars.filter(p -> p.getFileName().toString().startsWith("atlantafx-")).findFirst().orElseThrow();
        }
        tool("javac", "--system", runtime.toString(), "-cp", appJar + java.io.File.pathSeparator + atlantafx,
                "-d", classes.toString(), src.resolve("BareFx.java").toString());
        tool("jar", "--create", "--file", input.resolve("bare.jar").toString(), "-C", classes.toString(), ".");
        Files.copy(appJar, input.resolve("labtafel.jar"));
        Files.copy(atlantafx, input.resolve(atlantafx.getFileName()));
        tool("jpackage", "--type", "app-image", "--name", "BareFx", "--dest", work.resolve("image").toString(),
                "--runtime-image", runtime.toString(), "--input", input.toString(), "--main-jar", "bare.jar",
                "--main-class", "BareFx");
        return work.resolve("image");
    }

    /**
     * The -XX options the image's launcher gives the JVM (its .cfg's java-options, from the pom's app.jvmOptions)
     * and those given on this command line: what the usable-start row was measured with. The bare window's
     * launcher has none.
     */
    static String jvmFlags(Path images, List<String> extra) throws IOException {
        List<String> flags = new ArrayList<>();
        Path cfg = OS.contains("mac") ? images.resolve("Labtafel.app/Contents/app/Labtafel.cfg")
                : images.resolve("Labtafel/lib/app/Labtafel.cfg");
        if (Files.isRegularFile(cfg)) {
            Files.readAllLines(cfg).stream().filter(l -> l.startsWith("java-options=-XX:"))
                    .map(l -> l.substring("java-options=".length())).forEach(flags::add);
        }
        flags.addAll(extra);
        return flags.isEmpty() ? "JVM defaults" : String.join(" ", flags);
    }

    static Path launcher(Path images, String name) {
        if (OS.contains("win")) {
            return images.resolve(name + "/" + name + ".exe");
        }
        return OS.contains("mac") ? images.resolve(name + ".app/Contents/MacOS/" + name)
                : images.resolve(name + "/bin/" + name);
    }

    /**
     * Milliseconds from starting the process to the probe's first-window line and to its usable line
     * (the bare window prints both at once); then waits for a clean exit.
     */
    static long[] time(Path launcher, List<String> options) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("labtafel-coldstart");
        ProcessBuilder pb = new ProcessBuilder(launcher.toString()).redirectErrorStream(true);
        List<String> tool = new ArrayList<>(List.of("-Dlabtafel.smokeTest=true", "-Duser.home=" + home,
                "-Djava.util.prefs.userRoot=" + home));
        tool.addAll(options);
        pb.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", tool));
        pb.environment().put("HOME", home.toString());
        if (display != null) {
            pb.environment().put("DISPLAY", display);
        }
        long start = System.nanoTime();
        Process p = pb.start();
        long shown = -1;
        long usable = -1;
        StringBuilder log = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (shown < 0 && line.startsWith(MARKER)) {
                    shown = (System.nanoTime() - start) / 1_000_000;
                }
                if (usable < 0 && line.startsWith(USABLE)) {
                    usable = (System.nanoTime() - start) / 1_000_000;
                }
                log.append(line).append('\n');
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || shown < 0 || usable < 0) {
            p.destroyForcibly();
            throw new IllegalStateException(launcher + " did not show a usable window and exit cleanly:\n" + log);
        }
        deleteTree(home);
        return new long[] {shown, usable};
    }

    static Process startXvfb() throws IOException, InterruptedException {
        String displayName = ":" + (90 + ProcessHandle.current().pid() % 100);
        Process xvfb = new ProcessBuilder("Xvfb", displayName, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(1000);
        display = displayName;
        return xvfb;
    }

    /** The display the apps are started on: $DISPLAY, or the Xvfb started here. */
    static String display = System.getenv("DISPLAY");

    /** Interquartile range over the median, as a percentage: how far same-kind runs scatter. */
    static String spread(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double iqr = sorted[Math.min(n - 1, (3 * n) / 4)] - sorted[n / 4];
        return String.format(Locale.ROOT, "±%.0f %%", 50 * iqr / median(values));
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    static void tool(String name, String... args) {
        int code = ToolProvider.findFirst(name).orElseThrow().run(System.out, System.err, args);
        if (code != 0) {
            throw new IllegalStateException(name + " failed: " + String.join(" ", args));
        }
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
