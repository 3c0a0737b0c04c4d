package nl.labtafel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cold start of Labtafel against a bare JavaFX window, in the same run: each is launched N times as a
 * child JVM (alternating, so drift on a shared machine hits both alike) and timed from process start
 * to its first window shown and laid out. Prints both medians and their ratio (target ≤ 1.3).
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a java -cp target/test-classes:target/classes:$(cat target/cp.txt) nl.labtafel.bench.ColdStart 10
 * </pre>
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<Double> labtafel = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        launch(ShownProbe.BareMain.class); // warms the OS file cache for both; not counted
        launch(ShownProbe.LabtafelMain.class);
        for (int i = 0; i < runs; i++) {
            bare.add(launch(ShownProbe.BareMain.class));
            labtafel.add(launch(ShownProbe.LabtafelMain.class));
        }
        double l = median(labtafel);
        double b = median(bare);
        System.out.printf("bare JavaFX window: median %.0f ms  %s%n", b, bare);
        System.out.printf("Labtafel start screen: median %.0f ms  %s%n", l, labtafel);
        System.out.printf("ratio Labtafel / bare: %.2f (target <= 1.30)%n", l / b);
    }

    /** Milliseconds from starting the child JVM to its SHOWN line. */
    private static double launch(Class<?> main) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(Arrays.asList(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dprism.order=sw",
                "-Djavafx.cachedir=" + System.getProperty("java.io.tmpdir") + "/labtafel-fxcache",
                "-cp", System.getProperty("java.class.path"),
                main.getName()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("SHOWN")) {
                    double ms = (System.nanoTime() - start) / 1e6;
                    process.waitFor();
                    return Math.round(ms * 10) / 10.0;
                }
            }
        }
        process.waitFor();
        throw new IllegalStateException(main.getSimpleName() + " never showed a window (exit " + process.exitValue()
                + "); is there a display (xvfb-run)?");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
