package nl.labtafel.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.labtafel.cluster.SuggestOptions;
import nl.labtafel.cluster.ThemeProposal;
import nl.labtafel.cluster.ThemeSuggester;
import nl.labtafel.model.Session;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first suggestion in a fresh JVM: one call per fork, each fork a new JVM. "coldFirstCall" pays for loading
 * Carrot2, the language data and the compound lexicon plus JIT-less clustering; "firstCallAfterWarmUp" is what a
 * user meets when the app ran {@link ThemeSuggester#warmUp()} in the background at start. Baseline: the
 * background warm-up itself.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ThemeSuggesterFirstCallBenchmark {

    @State(Scope.Thread)
    public static class Cold {
        Session session;
        ThemeSuggester suggester;

        @Setup(Level.Trial)
        public void setUp() {
            session = BenchNotes.dutchSession(1_000, 6);
            suggester = new ThemeSuggester();
        }
    }

    @State(Scope.Thread)
    public static class Warmed {
        Session session;
        ThemeSuggester suggester;

        @Setup(Level.Trial)
        public void setUp() {
            session = BenchNotes.dutchSession(1_000, 6);
            suggester = new ThemeSuggester();
            suggester.warmUp();
        }
    }

    /** Baseline: what the app runs on a background thread at start. */
    @Benchmark
    public ThemeSuggester baselineWarmUp(Cold cold) {
        cold.suggester.warmUp();
        return cold.suggester;
    }

    @Benchmark
    public List<ThemeProposal> coldFirstCall(Cold cold) {
        return cold.suggester.suggest(cold.session, SuggestOptions.defaults());
    }

    @Benchmark
    public List<ThemeProposal> firstCallAfterWarmUp(Warmed warmed) {
        return warmed.suggester.suggest(warmed.session, SuggestOptions.defaults());
    }
}
