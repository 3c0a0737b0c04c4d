package nl.labtafel.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import nl.labtafel.export.ExportOptions;
import nl.labtafel.export.ExportProgress;
import nl.labtafel.export.ExportService;
import nl.labtafel.export.Fixtures;
import nl.labtafel.export.InventoryGrouping;
import nl.labtafel.model.Session;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
 * The first export in a fresh JVM (one shot per fork, nothing of POI loaded before it), the same after the
 * app's background {@link ExportService#warmUp()}, and the warm-up itself; against plain POI's first
 * document of as many paragraphs in a fresh JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class FirstExportBenchmark {
    private Session session;
    private ExportOptions options;
    private ExportService service;

    @Setup(Level.Trial)
    public void setUp() {
        session = Fixtures.large(1_000, 6, 3, 50);
        options = ExportOptions.defaults().withCanvasTables(true).withInventoryAppendix(InventoryGrouping.ACTOR);
        service = new ExportService(Fixtures.templates());
    }

    /** Baseline: plain POI's first document in this JVM, 1,100 paragraphs into the same template. */
    @Benchmark
    public int baselineFirstPlainPoi() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(service.minutesTemplate(options)))) {
            for (int i = 0; i < 1_100; i++) {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle("Normal");
                p.createRun().setText("Post-it " + i);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            return bytes.size();
        }
    }

    /** What a facilitator waits for when nothing warmed POI up. */
    @Benchmark
    public int firstExport() throws Exception {
        return service.renderMinutes(session, options, ExportProgress.NONE).length;
    }

    /** The app's background warm-up at start (nobody waits for it). */
    @Benchmark
    public void warmUpItself() {
        service.warmUp();
    }

    @State(Scope.Benchmark)
    public static class WarmedUp {
        @Setup(Level.Trial)
        public void warmUp(FirstExportBenchmark b) {
            b.service.warmUp();
        }
    }

    /** What a facilitator waits for after the background warm-up. */
    @Benchmark
    public int firstExportAfterWarmUp(WarmedUp warmedUp) throws Exception {
        return service.renderMinutes(session, options, ExportProgress.NONE).length;
    }
}
