package nl.labtafel.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.labtafel.AppPaths;
import nl.labtafel.testing.SessionFixtures;

/**
 * The long fuzz run of issue 11, run by hand (not in CI): N mutated session files through the loader and, for
 * those accepted, info, suggest-themes --all and export, in process, each command limited to 10 s. Prints the
 * counts; failing files are kept in the output folder.
 *
 * <pre>
 * java -Dlabtafel.lang=en -cp target/classes:target/test-classes:$(cat target/bench.cp) \
 *     nl.labtafel.io.FuzzHarness 10000 20261130 /tmp/fuzz
 * </pre>
 */
public final class FuzzHarness {

    private FuzzHarness() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261130L;
        Path out = Files.createDirectories(Path.of(args.length > 2 ? args[2] : "target/fuzz"));
        System.setProperty("labtafel.lang", "en");
        AppPaths paths = new AppPaths(Path.of(System.getProperty("labtafel.projectDir", ".")));
        SessionStore store = new SessionStore();
        byte[][] sources = {store.serialize(SessionFixtures.generated(12, 7)),
            Files.readAllBytes(paths.sessions().resolve("arbeidsmigranten-lab-2018-04-24.json"))};
        Random random = new Random(seed);
        Map<String, Integer> counts = new TreeMap<>();
        long slowest = 0;
        String slowestCommand = "";
        long start = System.nanoTime();
        try (FuzzCommands commands = new FuzzCommands(paths, out)) {
            for (int i = 0; i < count; i++) {
                byte[] mutated = FuzzCases.mutate(sources[i % sources.length], random);
                Path file = out.resolve("case.json");
                Files.write(file, mutated);
                List<FuzzCommands.Outcome> outcomes = commands.all(file);
                counts.merge(outcomes.get(0).exit() == 0 ? "accepted" : "refused", 1, Integer::sum);
                for (FuzzCommands.Outcome o : outcomes) {
                    counts.merge(o.command() + " runs", 1, Integer::sum);
                    if (o.millis() > slowest) {
                        slowest = o.millis();
                        slowestCommand = o.command() + " on case " + i;
                    }
                    String problem = o.problem();
                    if (problem != null) {
                        counts.merge("FAILED " + o.command() + ": " + problem, 1, Integer::sum);
                        Files.write(out.resolve("failed-" + i + ".json"), mutated);
                        Files.writeString(out.resolve("failed-" + i + ".txt"), o.command() + "\n" + o.err());
                    }
                }
                if ((i + 1) % 1000 == 0) {
                    System.out.println((i + 1) + " files, " + (System.nanoTime() - start) / 1_000_000_000 + " s: "
                            + counts);
                }
            }
        }
        System.out.println("files " + count + ", seed " + seed);
        counts.forEach((k, v) -> System.out.println(k + ": " + v));
        System.out.println("slowest command: " + slowest + " ms (" + slowestCommand + ")");
        System.out.println("total " + (System.nanoTime() - start) / 1_000_000_000 + " s");
        System.exit(0);
    }
}
