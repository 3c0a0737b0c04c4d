package nl.labtafel.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.labtafel.export.ExportOptions;
import nl.labtafel.export.ExportProgress;
import nl.labtafel.export.ExportService;
import nl.labtafel.export.Fixtures;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import nl.labtafel.ui.audience.RoomPictures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm minutes export with pictures (issue 12), the example session and a 1,000-note one, in one run: the
 * room's inventory and themes pages painted with Java2D ({@link RoomPictures}, after) against the theme board
 * picture the minutes had before ({@code MinutesPictures.BOARD}), and against the same minutes without pictures.
 * Everything on the benchmark's thread, as on the export's background thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MinutesPicturesBenchmark {
    @Param({"example", "1000"})
    public String session;

    private Session lab;
    private ExportOptions options;
    private ExportService board;
    private ExportService room;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        lab = "example".equals(session)
                ? new SessionStore().load(Path.of(System.getProperty("labtafel.projectDir", "."))
                        .resolve("sessions/arbeidsmigranten-lab-2018-04-24.json"))
                : Fixtures.large(1_000, 6, 3, 50);
        options = ExportOptions.defaults().withPictures(true);
        board = new ExportService(Fixtures.templates());
        room = new ExportService(Fixtures.templates(), new RoomPictures());
    }

    /** The same minutes without pictures. */
    @Benchmark
    public int baselineNoPictures() throws Exception {
        return board.renderMinutes(lab, options.withPictures(false), ExportProgress.NONE).length;
    }

    /** Before: the theme board drawn by {@code BoardPicture}, one picture under the themes. */
    @Benchmark
    public int boardPicture() throws Exception {
        return board.renderMinutes(lab, options, ExportProgress.NONE).length;
    }

    /** After: every inventory page and every themes page of the audience layout, painted and encoded. */
    @Benchmark
    public int roomPictures() throws Exception {
        return room.renderMinutes(lab, options, ExportProgress.NONE).length;
    }
}
