package nl.labtafel.bench;

import java.util.Arrays;

/**
 * The same comparison as {@link MinutesExportBenchmark}, for a machine shared with other busy processes:
 * export and plain POI run alternately, round after round, so both see the same load, and the minimum and
 * median of each are compared. Run: {@code java -cp … nl.labtafel.bench.MinutesExportInterleaved [rounds]}.
 */
public final class MinutesExportInterleaved {

    private MinutesExportInterleaved() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        MinutesExportBenchmark bench = new MinutesExportBenchmark();
        bench.setUp();
        for (int i = 0; i < 30; i++) {
            bench.baselinePlainPoi();
            bench.exportMinutes();
        }
        long[] baseline = new long[rounds];
        long[] export = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            boolean exportFirst = i % 2 == 0;
            if (exportFirst) {
                export[i] = time(bench, true);
            }
            baseline[i] = time(bench, false);
            if (!exportFirst) {
                export[i] = time(bench, true);
            }
        }
        bench.tearDown();
        Arrays.sort(baseline);
        Arrays.sort(export);
        System.out.printf("plain POI : min %6.1f ms, median %6.1f ms%n", baseline[0] / 1e6, baseline[rounds / 2] / 1e6);
        System.out.printf("export    : min %6.1f ms, median %6.1f ms%n", export[0] / 1e6, export[rounds / 2] / 1e6);
        System.out.printf("ratio     : min %.2fx, median %.2fx%n", (double) export[0] / baseline[0],
                (double) export[rounds / 2] / baseline[rounds / 2]);
    }

    private static long time(MinutesExportBenchmark bench, boolean export) throws Exception {
        long start = System.nanoTime();
        if (export) {
            bench.exportMinutes();
        } else {
            bench.baselinePlainPoi();
        }
        return System.nanoTime() - start;
    }
}
