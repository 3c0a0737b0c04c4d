package nl.labtafel.bench;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks matching a regex ({@code mvn -Pbench verify -Dbench=REGEX}) and prints, per
 * benchmark class, each score as a ratio to that class's {@code baseline…} method from the same run:
 * the machines are noisy, ratios within one run are what we compare. Then the same as rows of the benchmark
 * table ({@link JmhRows}), for {@code src/tools/bench-report}. JMH's own options (e.g. {@code -wi 2 -i 3 -f 1})
 * may follow the regex.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(cli).build()).run();
        Map<String, Map<String, Double>> byClass = new TreeMap<>();
        Map<String, String> units = new TreeMap<>();
        Map<String, Double> errors = new TreeMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            int dot = label.lastIndexOf('.');
            String params = r.getParams().getParamsKeys().stream()
                    .map(k -> k + "=" + r.getParams().getParam(k)).reduce((a, b) -> a + "," + b).orElse("");
            String method = label.substring(dot + 1) + (params.isEmpty() ? "" : " [" + params + "]");
            byClass.computeIfAbsent(label.substring(0, dot), c -> new TreeMap<>())
                    .put(method, r.getPrimaryResult().getScore());
            units.put(label.substring(0, dot) + "#" + method, r.getPrimaryResult().getScoreUnit());
            errors.put(label.substring(0, dot) + "#" + method, r.getPrimaryResult().getScoreError());
        }
        System.out.println();
        System.out.println("== Ratios to the baseline of the same class, same run ==");
        byClass.forEach((cls, scores) -> {
            System.out.println(cls.substring(cls.lastIndexOf('.') + 1));
            Double baseline = scores.entrySet().stream().filter(e -> e.getKey().startsWith("baseline"))
                    .min(Comparator.comparing(Map.Entry::getKey)).map(Map.Entry::getValue).orElse(null);
            scores.forEach((method, score) -> System.out.printf("  %-45s %12.3f %-8s%s%n", method, score,
                    units.get(cls + "#" + method),
                    baseline == null ? "" : String.format("  %.2fx baseline", score / baseline)));
        });
        byClass.forEach((cls, scores) -> JmhRows.print(cls.substring(cls.lastIndexOf('.') + 1), scores,
                method -> units.get(cls + "#" + method), method -> errors.get(cls + "#" + method)));
    }
}
