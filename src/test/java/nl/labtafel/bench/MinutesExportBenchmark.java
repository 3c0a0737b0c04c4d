package nl.labtafel.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.labtafel.export.ExportOptions;
import nl.labtafel.export.ExportProgress;
import nl.labtafel.export.ExportService;
import nl.labtafel.export.Fixtures;
import nl.labtafel.export.InventoryGrouping;
import nl.labtafel.model.Session;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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
 * Warm export of the minutes of a large evening (1,000 post-its, 6 themes, 3 teams with canvases, 50 actions,
 * inventory appendix and canvas tables) against plain POI writing the very same paragraphs and tables into
 * the same template, in the same run. Targets (issue 3): at most 1 s, at most 1.5x plain POI.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
public class MinutesExportBenchmark {
    private Session session;
    private ExportOptions options;
    private ExportService service;
    private byte[] template;
    /** The export's body, element by element: a paragraph (style id, text) or a table (style id, cells). */
    private final List<Object[]> body = new ArrayList<>();
    private Path dir;
    private Path out;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        session = Fixtures.large(1_000, 6, 3, 50);
        options = ExportOptions.defaults().withCanvasTables(true).withInventoryAppendix(InventoryGrouping.ACTOR);
        service = new ExportService(Fixtures.templates());
        template = Files.readAllBytes(service.minutesTemplate(options));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                service.renderMinutes(session, options, ExportProgress.NONE)))) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    body.add(new Object[] {p.getStyleID(), p.getText()});
                } else if (e instanceof XWPFTable t) {
                    List<List<String>> rows = new ArrayList<>();
                    for (XWPFTableRow row : t.getRows()) {
                        rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
                    }
                    body.add(new Object[] {t.getStyleID(), rows});
                }
            }
        }
        dir = Files.createTempDirectory("labtafel-bench");
        out = dir.resolve("notulen.docx");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        Files.deleteIfExists(out);
        Files.deleteIfExists(dir);
    }

    /** Baseline: open the template, empty it, write the same paragraphs and tables with plain POI calls. */
    @Benchmark
    @SuppressWarnings("unchecked")
    public int baselinePlainPoi() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template))) {
            for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
                doc.removeBodyElement(i);
            }
            for (Object[] element : body) {
                if (element[1] instanceof String text) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle((String) element[0]);
                    p.createRun().setText(text);
                } else {
                    List<List<String>> rows = (List<List<String>>) element[1];
                    XWPFTable t = doc.createTable(rows.size(), rows.get(0).size());
                    t.setStyleID((String) element[0]);
                    for (int r = 0; r < rows.size(); r++) {
                        for (int c = 0; c < rows.get(r).size(); c++) {
                            t.getRow(r).getCell(c).setText(rows.get(r).get(c));
                        }
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            doc.write(bytes);
            return bytes.size();
        }
    }

    /** The real export to bytes: template check, styles by name, lists, tables, labels, core properties. */
    @Benchmark
    public int exportMinutes() throws Exception {
        return service.renderMinutes(session, options, ExportProgress.NONE).length;
    }

    /** The same, written as the app writes it: temporary file, forced to disk, atomic move. */
    @Benchmark
    public Path exportMinutesToFile() throws Exception {
        service.exportMinutes(session, options, out, ExportProgress.NONE);
        return out;
    }
}
