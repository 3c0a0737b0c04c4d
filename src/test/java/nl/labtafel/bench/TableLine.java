package nl.labtafel.bench;

import java.util.Locale;

/**
 * One row of the benchmark table (issue 18): every harness prints its figures as lines
 * {@code TABLE|row|figure|target|met} on stdout, and {@code src/tools/bench-report} collects them from all
 * harnesses into one table. {@code met} is {@code yes}, {@code no} or {@code -} (no target set).
 *
 * <pre>
 * TableLine.atMost("Board 1280x720, zoom, FX CPU p95", cpuP95, 16, "ms", "wall " + TableLine.ms(wallP95));
 * // TABLE|Board 1280x720, zoom, FX CPU p95|12.4 ms (wall 21.0 ms)|&lt;= 16 ms|yes
 * </pre>
 */
public final class TableLine {

    private TableLine() {
    }

    /** Prints one row as given; a '|' or line break inside a field is replaced, so the line stays parseable. */
    public static void print(String row, String figure, String target, String met) {
        System.out.println("TABLE|" + clean(row) + "|" + clean(figure) + "|" + clean(target) + "|" + clean(met));
        System.out.flush();
    }

    /** A figure reported without a target. */
    public static void report(String row, String figure) {
        print(row, figure, "-", "-");
    }

    /**
     * A figure with an upper limit: "{@code value unit (note)}", target "{@code <= limit unit}", met when
     * {@code value <= limit}. {@code unit} "x" prints a ratio ("1.08x"); {@code note} may be null.
     */
    public static void atMost(String row, double value, double limit, String unit, String note) {
        String figure = amount(value, unit) + (note == null || note.isBlank() ? "" : " (" + note + ")");
        print(row, figure, "<= " + amount(limit, unit), Double.isNaN(value) ? "no" : met(value <= limit));
    }

    /** "yes" or "no". */
    public static String met(boolean met) {
        return met ? "yes" : "no";
    }

    /** "12.4 ms" (one decimal below 100 ms, none above). */
    public static String ms(double millis) {
        return amount(millis, "ms");
    }

    /** "1.08x". */
    public static String ratio(double ratio) {
        return amount(ratio, "x");
    }

    static String amount(double value, String unit) {
        if ("x".equals(unit)) {
            return String.format(Locale.ROOT, "%.2fx", value);
        }
        String number = Math.abs(value) >= 100 || value == Math.rint(value) && Math.abs(value) >= 10
                ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
        return unit == null || unit.isEmpty() ? number : number + " " + unit;
    }

    private static String clean(String field) {
        return field == null || field.isBlank() ? "-" : field.replace('|', '/').replace('\n', ' ').replace('\r', ' ').strip();
    }
}
