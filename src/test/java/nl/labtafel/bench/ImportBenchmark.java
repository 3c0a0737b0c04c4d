package nl.labtafel.bench;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.labtafel.importing.ColumnMapping;
import nl.labtafel.importing.ImportPlan;
import nl.labtafel.importing.ImportSources;
import nl.labtafel.model.Session;
import nl.labtafel.testing.SessionFixtures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
 * Import of a 10,000-row CSV (Windows-1252, semicolons, a header, some quoted fields with newlines) into a
 * 1,000-note session: read, detect encoding and delimiter, parse, map columns, match groups, make and place the
 * notes. Baseline: Apache Commons CSV reading the same file with the encoding and delimiter given, collecting
 * every record's cells.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class ImportBenchmark {
    private Path dir;
    private Path file;
    private Session session;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("labtafel-bench-import");
        file = dir.resolve("10000.csv");
        session = SessionFixtures.generated(1_000, 5);
        StringBuilder csv = new StringBuilder("Tekst;Groep;Organisatie\n");
        for (int i = 0; i < 10_000; i++) {
            String text = i % 50 == 0 ? "\"Idee\u00ebn-avond " + i + "\nmet \"\"koffie\"\"; en thee\"" : "Taalcaf\u00e9 " + i
                    + " in de bibliotheek, elke zaterdag";
            csv.append(text).append(';').append("Groep ").append(i % 6).append(';').append("Organisatie ")
                    .append(i % 40).append('\n');
        }
        Files.write(file, csv.toString().getBytes(java.nio.charset.Charset.forName("windows-1252")));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /** Baseline: Commons CSV on the same bytes, told the encoding and delimiter; every cell collected. */
    @Benchmark
    public List<List<String>> baselinePlainCommonsCsv() throws Exception {
        String text = new String(Files.readAllBytes(file), java.nio.charset.Charset.forName("windows-1252"));
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180.builder().setDelimiter(';').get()).get()) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    /** The whole import up to the confirm: what the preview dialog and the command line compute. */
    @Benchmark
    public ImportPlan importPlan() throws Exception {
        ImportSources.Source source = ImportSources.open(file, null);
        return source.plan(session, ColumnMapping.guess(source.table()));
    }
}
