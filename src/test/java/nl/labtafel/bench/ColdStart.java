package nl.labtafel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cold start of Labtafel against a bare JavaFX window, in the same run: each is launched N times as a
 * child JVM (alternating, so drift on a shared machine hits both alike) and timed from process start
 * to its first window shown and laid out, and for Labtafel also to the start screen being usable (title
 * field focused, lists in, create button live: {@code FirstWindowProbe.usable}). Prints the medians, the
 * ratios (target ≤ 1.3 for the usable start screen) and TABLE lines for src/tools/bench-report.
 *
 * <p>JVM options after the run count go to Labtafel's JVM only, as the app ships them (the pom's
 * {@code app.jvmOptions}, which bench-report passes); the bare window always runs with the JVM's defaults,
 * so the ratio is the app as started against plain JavaFX. The TABLE row names the options.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a java -cp target/test-classes:target/classes:$(cat target/cp.txt) nl.labtafel.bench.ColdStart 10 [JVM option…]
 * </pre>
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        // "First window shown" is the measure; "usable" (the new-session form is there) is
        // reported beside it so the first number cannot hide a slow start screen.
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> options = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        String flags = options.isEmpty() ? "JVM defaults" : String.join(" ", options);
        List<Double> labtafel = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        launch(ShownProbe.BareMain.class, List.of()); // warms the OS file cache for both; not counted
        launch(ShownProbe.LabtafelMain.class, options);
        for (int i = 0; i < runs; i++) {
            bare.add(launch(ShownProbe.BareMain.class, List.of())[0]);
            double[] times = launch(ShownProbe.LabtafelMain.class, options);
            labtafel.add(times[0]);
            ready.add(times[1]);
        }
        double l = median(labtafel);
        double r = median(ready);
        double b = median(bare);
        System.out.printf("bare JavaFX window shown: median %.0f ms  %s%n", b, bare);
        System.out.printf("Labtafel first window shown: median %.0f ms  %s%n", l, labtafel);
        System.out.printf("Labtafel's JVM options: %s%n", flags);
        System.out.printf("Labtafel start screen usable: median %.0f ms  %s%n", r, ready);
        System.out.printf("ratio first window Labtafel / bare: %.2f%n", l / b);
        System.out.printf("ratio usable start screen / bare window: %.2f (target <= 1.30)%n", r / b);
        System.out.printf("noise: bare window %s, usable start screen %s (spread of the middle half / median)%n",
                spread(bare), spread(ready));
        TableLine.atMost("Start (class path): usable start screen / bare window", r / b, 1.3, "x",
                String.format(Locale.ROOT, "medians %.0f / %.0f ms, %d runs, noise %s; app: %s", r, b, runs, spread(ready), flags));
        TableLine.report("Start (class path): first window / bare window", TableLine.ratio(l / b)
                + String.format(Locale.ROOT, " (medians %.0f / %.0f ms)", l, b));
    }

    /** Milliseconds from starting the child JVM to its SHOWN and its READY line. */
    private static double[] launch(Class<?> main, List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(Arrays.asList(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dprism.order=sw",
                "-Djavafx.cachedir=" + System.getProperty("java.io.tmpdir") + "/labtafel-fxcache"));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            double shown = -1;
            while ((line = out.readLine()) != null) {
                double ms = Math.round((System.nanoTime() - start) / 1e5) / 10.0;
                if (line.equals("SHOWN")) {
                    shown = ms;
                } else if (line.equals("READY") && shown >= 0) {
                    process.waitFor();
                    return new double[] {shown, ms};
                }
            }
        }
        process.waitFor();
        throw new IllegalStateException(main.getSimpleName() + " never showed a usable window (exit "
                + process.exitValue() + "); is there a display (xvfb-run), and is this the project folder?");
    }

    /** Interquartile range over the median, as a percentage: how far same-kind runs scatter. */
    static String spread(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double iqr = sorted.get((3 * n) / 4 == n ? n - 1 : (3 * n) / 4) - sorted.get(n / 4);
        return String.format(Locale.ROOT, "±%.0f %%", 50 * iqr / median(values));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
