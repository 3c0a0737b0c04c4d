package nl.labtafel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.labtafel.io.Json;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.Session;
import nl.labtafel.series.FollowUpSessions;
import nl.labtafel.series.SeriesActions;
import nl.labtafel.series.SeriesCatalog;
import nl.labtafel.testing.SessionFixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The series overview over a folder of 50 sessions of 1,000 post-its each, one series, every session the
 * follow-up of the one before (actions carried on): scan, find the series, list every action once. Baseline:
 * Jackson's plain tree parse of the same 50 files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SeriesOverviewBenchmark {
    private Path dir;
    private Path last;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("labtafel-bench-series");
        SessionStore store = new SessionStore();
        Session previous = null;
        String previousName = null;
        for (int i = 0; i < 50; i++) {
            Session s = SessionFixtures.generated(1_000, 100 + i);
            s.getHeader().setDate(LocalDate.of(2020, 1, 1).plusWeeks(i));
            for (int a = 0; a < 10; a++) {
                s.getActions().add(new ActionItem("a-" + i + "-" + a, "Actie " + a + " van sessie " + i, "Gemeente"));
            }
            if (previous != null) {
                Session fresh = new Session();
                FollowUpSessions.continueFrom(previous, previousName, fresh);
                s.setSeries(fresh.getSeries());
                List<ActionItem> actions = new ArrayList<>(fresh.getActions());
                actions.addAll(s.getActions());
                s.setActions(actions);
            }
            String name = String.format("sessie-%02d.json", i);
            store.save(s, dir.resolve(name));
            Files.deleteIfExists(dir.resolve(name + ".bak"));
            previous = s;
            previousName = name;
            last = dir.resolve(name);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    /** Baseline: every session file of the folder parsed into Jackson's tree, nothing else. */
    @Benchmark
    public List<JsonNode> baselinePlainJacksonParse() throws Exception {
        List<JsonNode> trees = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path file : files) {
                trees.add(Json.mapper().readTree(Files.readAllBytes(file)));
            }
        }
        return trees;
    }

    /** What the overview window computes in the background. */
    @Benchmark
    public List<SeriesActions.Row> overview() throws Exception {
        SeriesCatalog.Scan scan = SeriesCatalog.scan(dir);
        return SeriesActions.rows(SeriesCatalog.seriesOf(scan, last), LocalDate.of(2021, 6, 1));
    }
}
