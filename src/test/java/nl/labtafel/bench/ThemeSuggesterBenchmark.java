package nl.labtafel.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.labtafel.cluster.Algorithm;
import nl.labtafel.cluster.SuggestOptions;
import nl.labtafel.cluster.ThemeProposal;
import nl.labtafel.cluster.ThemeSuggester;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;
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
 * Suggesting themes for 1,000 Dutch notes, warm. Target (issues 6 and 17): at most 500 ms, including every note's
 * meaning vector (no embedding is done ahead in the background: the distilled word vectors cost microseconds per
 * note). Baseline: Carrot2's Lingo on the same texts with default settings, so the ratio is the price of the
 * suggester's work. The Lingo pipeline (the suggester until issue 17) and k-means stay as variants.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ThemeSuggesterBenchmark {
    private Session session;
    private Session english;
    private List<Document> plainDocuments;
    private LanguageComponents dutch;
    private final ThemeSuggester shipped = new ThemeSuggester();
    private final ThemeSuggester lingo = new ThemeSuggester(Algorithm.LINGO);
    private final ThemeSuggester kmeans = new ThemeSuggester(Algorithm.BISECTING_KMEANS);

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        session = BenchNotes.dutchSession(1_000, 6);
        english = BenchNotes.englishSession(1_000, 6);
        plainDocuments = session.getNotes().stream().map(Note::getText)
                .map(text -> (Document) fields -> fields.accept("text", text)).toList();
        dutch = LanguageComponents.loader().limitToLanguages("Dutch").load().language("Dutch");
        shipped.warmUp();
        lingo.warmUp();
        kmeans.warmUp();
    }

    /** Baseline: Carrot2 Lingo, default settings, on the raw note texts. */
    @Benchmark
    public List<Cluster<Document>> baselinePlainLingo() {
        return new LingoClusteringAlgorithm().cluster(plainDocuments.stream(), dutch);
    }

    /** What the app and the command line run: automatic count, all unassigned notes. */
    @Benchmark
    public List<ThemeProposal> suggestAutomatic() {
        return shipped.suggest(session, SuggestOptions.defaults());
    }

    /** English notes: grouped as communities of the neighbour graph (round 3), not cut from the linkage tree. */
    @Benchmark
    public List<ThemeProposal> suggestAutomaticEnglish() {
        return shipped.suggest(english, SuggestOptions.defaults());
    }

    @Benchmark
    public List<ThemeProposal> suggestTenThemes() {
        return shipped.suggest(session, SuggestOptions.defaults().withCount(10));
    }

    /** The Lingo pipeline, the suggester until issue 17. */
    @Benchmark
    public List<ThemeProposal> suggestLingo() {
        return lingo.suggest(session, SuggestOptions.defaults());
    }

    /** The alternative measured in the evaluation (lower quality on notes), for its speed. */
    @Benchmark
    public List<ThemeProposal> suggestBisectingKMeans() {
        return kmeans.suggest(session, SuggestOptions.defaults());
    }
}
