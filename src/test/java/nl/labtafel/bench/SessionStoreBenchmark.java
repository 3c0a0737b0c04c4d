package nl.labtafel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.labtafel.io.Json;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
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
 * Load and save of a 5,000-note session against Jackson's plain tree parse and write of the same file.
 * Targets (issue 2): load at most 1.5x the plain parse; save at most 100 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class SessionStoreBenchmark {
    private final SessionStore store = new SessionStore();
    private Path dir;
    private Path file;
    private Path saveTarget;
    private Path plainTarget;
    private Session session;
    private JsonNode tree;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("labtafel-bench");
        file = dir.resolve("5000.json");
        saveTarget = dir.resolve("saved.json");
        plainTarget = dir.resolve("plain.json");
        session = SessionFixtures.generated(5_000, 11);
        store.save(session, file);
        tree = Json.mapper().readTree(Files.readAllBytes(file));
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

    /** Baseline: read the file and build Jackson's tree, nothing else. */
    @Benchmark
    public JsonNode baselinePlainTreeParse() throws Exception {
        return Json.mapper().readTree(Files.readAllBytes(file));
    }

    /** Read, check version, bind to the model and validate every id, link and limit. */
    @Benchmark
    public Session load() throws Exception {
        return store.load(file);
    }

    /** Baseline for writing: Jackson writes the same tree to a file, no temp file, no fsync. */
    @Benchmark
    public Path baselinePlainTreeWrite() throws Exception {
        Json.mapper().writeValue(plainTarget.toFile(), tree);
        return plainTarget;
    }

    /** Snapshot copy (as autosave takes it), serialise, temp file, fsync, backup link, atomic move. */
    @Benchmark
    public Path save() throws Exception {
        store.save(session.copy(), saveTarget);
        return saveTarget;
    }
}
