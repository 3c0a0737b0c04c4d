package nl.labtafel.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The JMH benchmarks' rows of the benchmark table (issue 18): each measured method with its score, the error
 * JMH gives (99.9 % interval, when there were enough iterations), the ratio to its baseline in the same run, and
 * the target the issues set (issue 17: suggestions for 1,000 notes within 500 ms warm); '-' where none was set.
 * Methods not listed here still get a row, named by class and method, so a new benchmark is never left out.
 */
final class JmhRows {

    /** A method's row: its name in the table, the baseline it is compared with, and its limit in ms (NaN: none). */
    private record Row(String benchmark, String method, String name, String baseline, String baselineName, double limit) {
    }

    private static final double NONE = Double.NaN;

    private static final List<Row> ROWS = List.of(
            new Row("SessionStoreBenchmark", "load", "Load a 5,000-note session", "baselinePlainTreeParse",
                    "plain Jackson parse", NONE),
            new Row("SessionStoreBenchmark", "save", "Save a 5,000-note session", "baselinePlainTreeWrite",
                    "plain Jackson write", NONE),
            new Row("MinutesExportBenchmark", "exportMinutes", "Minutes export, 1,000 notes, warm", "baselinePlainPoi",
                    "plain POI", NONE),
            new Row("MinutesExportBenchmark", "exportMinutesToFile", "Minutes export to file, 1,000 notes, warm",
                    "baselinePlainPoi", "plain POI", NONE),
            new Row("MinutesPicturesBenchmark", "roomPictures", "Minutes with the room's pages as pictures, warm",
                    "boardPicture", "the theme board picture before issue 12", NONE),
            new Row("MinutesPicturesBenchmark", "boardPicture", "Minutes with the theme board picture (before), warm",
                    "baselineNoPictures", "no pictures", NONE),
            new Row("FirstExportBenchmark", "firstExport", "First export in a fresh JVM", "baselineFirstPlainPoi",
                    "plain POI's first document", NONE),
            new Row("FirstExportBenchmark", "firstExportAfterWarmUp", "First export after the background warm-up",
                    "baselineFirstPlainPoi", "plain POI's first document", NONE),
            new Row("FirstExportBenchmark", "warmUpItself", "Export warm-up itself (background, at start)",
                    "baselineFirstPlainPoi", "plain POI's first document", NONE),
            new Row("ThemeSuggesterBenchmark", "suggestAutomatic", "Theme suggestions, 1,000 notes, warm",
                    "baselinePlainLingo", "plain Carrot2 Lingo", 500),
            new Row("ThemeSuggesterBenchmark", "suggestAutomaticEnglish", "Theme suggestions, 1,000 English notes, warm",
                    "baselinePlainLingo", "plain Carrot2 Lingo", 500),
            new Row("ThemeSuggesterBenchmark", "suggestTenThemes", "Theme suggestions, 1,000 notes, 10 themes, warm",
                    "baselinePlainLingo", "plain Carrot2 Lingo", 500),
            new Row("ThemeSuggesterBenchmark", "suggestLingo", "Theme suggestions, Lingo pipeline (before issue 17), warm",
                    "baselinePlainLingo", "plain Carrot2 Lingo", NONE),
            new Row("ThemeSuggesterBenchmark", "suggestBisectingKMeans", "Theme suggestions, bisecting k-means variant, warm",
                    "baselinePlainLingo", "plain Carrot2 Lingo", NONE),
            new Row("ThemeSuggesterFirstCallBenchmark", "coldFirstCall", "Theme suggestions, first call in a fresh JVM",
                    "baselineWarmUp", "the warm-up", NONE),
            new Row("ThemeSuggesterFirstCallBenchmark", "firstCallAfterWarmUp",
                    "Theme suggestions, first call after the warm-up", "baselineWarmUp", "the warm-up", NONE),
            new Row("ImportBenchmark", "importPlan", "Import 10,000-row CSV up to the confirm", "baselinePlainCommonsCsv",
                    "plain Commons CSV", NONE),
            new Row("SeriesOverviewBenchmark", "overview", "Series overview, 50 sessions of 1,000 post-its",
                    "baselinePlainJacksonParse", "plain Jackson parse", NONE));

    private JmhRows() {
    }

    /**
     * Prints a TABLE line for every non-baseline method of one benchmark class ({@code scores}: method, with
     * " [params]" if any, to score), and one for each baseline so its absolute figure is in the table too.
     */
    static void print(String benchmark, Map<String, Double> scores, Function<String, String> unit,
            Function<String, Double> error) {
        String firstBaseline = scores.keySet().stream().filter(m -> m.startsWith("baseline"))
                .min(Comparator.naturalOrder()).orElse(null);
        scores.forEach((method, score) -> {
            String base = method.contains(" [") ? method.substring(0, method.indexOf(" [")) : method;
            String params = method.substring(base.length());
            String figure = amount(score, error.apply(method), unit.apply(method));
            if (base.startsWith("baseline")) {
                TableLine.report(benchmark.replace("Benchmark", "") + " baseline: " + base + params, figure);
                return;
            }
            Row row = ROWS.stream().filter(r -> r.benchmark().equals(benchmark) && r.method().equals(base)).findFirst()
                    .orElse(new Row(benchmark, base, benchmark.replace("Benchmark", "") + "." + base, firstBaseline,
                            firstBaseline, NONE));
            Double baseline = row.baseline() == null ? null : scores.get(row.baseline() + params);
            if (baseline == null && firstBaseline != null) {
                baseline = scores.get(firstBaseline);
            }
            String note = baseline == null ? null
                    : String.format(Locale.ROOT, "%.2fx %s", score / baseline, row.baselineName());
            String name = row.name() + params;
            if (Double.isNaN(row.limit())) {
                TableLine.report(name, note == null ? figure : figure + ", " + note);
            } else {
                TableLine.print(name, note == null ? figure : figure + ", " + note,
                        "<= " + TableLine.amount(row.limit(), "ms"), TableLine.met(toMillis(score, unit.apply(method))
                                <= row.limit()));
            }
        });
    }

    private static String amount(double score, Double error, String unit) {
        String u = unit == null ? "" : unit.replace("/op", "");
        String e = error == null || error.isNaN() || error.isInfinite() ? ""
                : " ± " + TableLine.amount(error, "").strip();
        return TableLine.amount(score, "").strip() + e + " " + u;
    }

    private static double toMillis(double score, String unit) {
        return switch (unit == null ? "ms/op" : unit) {
            case "s/op" -> score * 1000;
            case "us/op" -> score / 1000;
            case "ns/op" -> score / 1e6;
            default -> score;
        };
    }
}
