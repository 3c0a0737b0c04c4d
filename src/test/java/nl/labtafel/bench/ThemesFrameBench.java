package nl.labtafel.bench;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.labtafel.AppPaths;
import nl.labtafel.export.BoardPicture;
import nl.labtafel.export.ExportOptions;
import nl.labtafel.export.ExportService;
import nl.labtafel.export.InventoryGrouping;
import nl.labtafel.model.Ids;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.themes.ThemesViewModel;
import nl.labtafel.ui.themes.ThemesWorkspace;

/**
 * The themes phase under load, in one run and window:
 * <ol>
 * <li>moving a note from one theme to another (what a drop does: one undoable command, the columns
 * re-read the model, CSS, layout and a snapshot of the scene) with 5,000 notes in 30 themes, against
 * the example session's size (40 notes in 3 themes) as baseline; wall time, the FX thread's CPU time (the
 * issue-18 goal: one frame at 60 Hz, 16 ms) and the FX and render threads' CPU time together, p50/p95, at
 * 1280x720 and 1920x1080 (or the sizes {@code --size} names);</li>
 * <li>real pulses with a move in every third one: the time from the move's pulse to the next, 5,000 notes;</li>
 * <li>the longest gap between pulses on the FX thread while the export dialog's work runs for a 1,000-note
 * session (the board picture and the documents are made on the background executor).</li>
 * </ol>
 * It ends with one TABLE line per figure for {@code src/tools/bench-report}.
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -Dprism.order=sw -Dlabtafel.projectDir=. \
 *     -cp target/classes:target/test-classes:$(cat target/bench.cp) nl.labtafel.bench.ThemesFrameBench [--size=1280x720,1920x1080] [--full-css]
 * </pre>
 */
public final class ThemesFrameBench {

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final int STEPS = 120;

        /** One frame at 60 Hz: the goal for the FX thread's CPU time per move (issue 18). */
        private static final double TARGET_MS = 16;
        /** The old way of the bench: every move restyles the whole scene (no pulse does); to compare. */
        private boolean fullCss;

        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            List<String> sizes = getParameters().getRaw().stream().filter(a -> a.startsWith("--size="))
                    .map(a -> a.substring("--size=".length())).findFirst().map(a -> List.of(a.split(",")))
                    .orElse(List.of("1280x720", "1920x1080"));
            fullCss = getParameters().getRaw().contains("--full-css");
            System.out.println(fullCss ? "Themes frame bench: whole scene restyled every move (--full-css)"
                    : "Themes frame bench: CSS and layout passes as a pulse runs them");
            stage.setScene(new Scene(new Pane(), 1280, 720));
            stage.show();
            Thread runner = new Thread(() -> {
                try {
                    for (String size : sizes) {
                        String[] wh = size.split("x");
                        onFx(() -> stage.setScene(new Scene(new Pane(), Integer.parseInt(wh[0]), Integer.parseInt(wh[1]))));
                        double[] small = moves(stage, 40, 3);
                        double[] large = moves(stage, 5_000, 30);
                        System.out.printf(Locale.ROOT, "%s move note between themes, wall ms p50/p95:  40 notes %.1f/%.1f   "
                                + "5000 notes %.1f/%.1f   p95 ratio %.2f%n", size, small[0], small[1], large[0], large[1],
                                large[1] / small[1]);
                        System.out.printf(Locale.ROOT, "%s move note between themes, FX CPU ms p50/p95: 40 notes %.1f/%.1f   "
                                + "5000 notes %.1f/%.1f   p95 ratio %.2f%n", size, small[2], small[3], large[2], large[3],
                                large[3] / small[3]);
                        System.out.printf(Locale.ROOT, "%s move note between themes, FX+render CPU ms p50/p95: 40 notes "
                                + "%.1f/%.1f   5000 notes %.1f/%.1f%n", size, small[4], small[5], large[4], large[5]);
                        TableLine.atMost("Themes 5000 notes in 30 themes " + size + ", move a note, FX CPU p95", large[3],
                                TARGET_MS, "ms", "FX+render " + TableLine.ms(large[5]) + ", wall " + TableLine.ms(large[1])
                                + "; 40 notes FX " + TableLine.ms(small[3]));
                        double[] gaps = pulseMoves(stage);
                        long late = Arrays.stream(gaps).filter(g -> g > 20).count();
                        System.out.printf(Locale.ROOT, "%s real pulses, a move every third pulse, 5000 notes: interval after a"
                                + " move p50 %.1f ms, p95 %.1f ms, %d of %d over 20 ms%n", size, pct(gaps, 50), pct(gaps, 95),
                                late, gaps.length);
                        TableLine.report("Themes 5000 notes in 30 themes " + size + ", real pulses, interval after a move p95",
                                TableLine.ms(pct(gaps, 95)) + " (" + late + " of " + gaps.length + " over 20 ms)");
                    }
                    exportPause(stage);
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    Platform.exit();
                }
            }, "bench");
            runner.start();
        }


        private static Session session(int notes, int themes) {
            Session s = SessionFixtures.generated(notes, 3);
            s.getThemes().clear();
            s.getTeams().clear();
            s.getActions().clear();
            Random random = new Random(5);
            for (int t = 0; t < themes; t++) {
                s.getThemes().add(new Theme(Ids.next("t"), "Thema " + (t + 1)));
            }
            for (Note n : s.getNotes()) {
                n.setThemeId(s.getThemes().get(random.nextInt(themes)).getId());
            }
            return s;
        }

        /** p50/p95 of wall, FX-thread CPU and FX+render CPU time per move, in ms. */
        private double[] moves(Stage stage, int notes, int themes) throws Exception {
            Session session = session(notes, themes);
            SessionContext context = new SessionContext(session, null, Messages.forLanguage("nl"),
                    new BackgroundTasks(), AppPaths.detect());
            ThemesViewModel model = new ThemesViewModel(context);
            onFx(() -> stage.getScene().setRoot((Parent) new ThemesWorkspace(context).view()));
            double[] wall = new double[STEPS];
            double[] cpu = new double[STEPS];
            double[] both = new double[STEPS];
            Random random = new Random(7);
            for (int i = 0; i < STEPS; i++) {
                Note note = session.getNotes().get(random.nextInt(session.getNotes().size()));
                String target = session.getThemes().get(random.nextInt(themes)).getId();
                int step = i;
                onFx(() -> {
                    long render0 = FramePasses.renderCpu();
                    long cpu0 = THREADS.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    model.move(List.of(note.getId()), target);
                    FramePasses.run(stage.getScene(), fullCss);
                    stage.getScene().snapshot(null);
                    wall[step] = (System.nanoTime() - t0) / 1e6;
                    cpu[step] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
                    both[step] = cpu[step] + (FramePasses.renderCpu() - render0) / 1e6;
                });
            }
            // The first steps warm the code up; measure the rest.
            double[] w = Arrays.copyOfRange(wall, 20, STEPS);
            double[] c = Arrays.copyOfRange(cpu, 20, STEPS);
            double[] b = Arrays.copyOfRange(both, 20, STEPS);
            return new double[] {pct(w, 50), pct(w, 95), pct(c, 50), pct(c, 95), pct(b, 50), pct(b, 95)};
        }

        /**
         * Real pulses, as the window runs them (CSS and layout of what changed, rendering of the dirty regions):
         * a note moved in every third pulse, and the time from that pulse to the next (60 Hz = 16.7 ms).
         */
        private double[] pulseMoves(Stage stage) throws Exception {
            Session session = session(5_000, 30);
            SessionContext context = new SessionContext(session, null, Messages.forLanguage("nl"),
                    new BackgroundTasks(), AppPaths.detect());
            ThemesViewModel model = new ThemesViewModel(context);
            onFx(() -> stage.getScene().setRoot((Parent) new ThemesWorkspace(context).view()));
            double[] gaps = new double[60];
            Random random = new Random(11);
            CountDownLatch done = new CountDownLatch(1);
            onFx(() -> new AnimationTimer() {
                private long last;
                private int pulse = -30;
                private int measured;

                @Override
                public void handle(long now) {
                    if (pulse > 0 && pulse % 3 == 1) {
                        gaps[measured++] = (now - last) / 1e6;
                    }
                    last = now;
                    if (measured == gaps.length) {
                        stop();
                        done.countDown();
                        return;
                    }
                    if (pulse >= 0 && pulse % 3 == 0) {
                        Note note = session.getNotes().get(random.nextInt(session.getNotes().size()));
                        model.move(List.of(note.getId()), session.getThemes().get(random.nextInt(30)).getId());
                    }
                    pulse++;
                }
            }.start());
            done.await(120, TimeUnit.SECONDS);
            return gaps;
        }

        private void exportPause(Stage stage) throws Exception {
            Session session = session(1_000, 6);
            SessionContext context = new SessionContext(session, null, Messages.forLanguage("nl"),
                    new BackgroundTasks(), AppPaths.detect());
            ExportService service = new ExportService(context.paths().templates());
            service.warmUp();
            onFx(() -> stage.getScene().setRoot((Parent) new ThemesWorkspace(context).view()));
            Path out = Files.createTempDirectory("labtafel-bench");
            long[] last = {0};
            long[] longest = {0};
            AnimationTimer pulses = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (last[0] != 0) {
                        longest[0] = Math.max(longest[0], now - last[0]);
                    }
                    last[0] = now;
                }
            };
            onFx(pulses::start);
            Thread.sleep(500);
            long[] quiet = {0};
            onFx(() -> quiet[0] = longest[0]);
            onFx(() -> longest[0] = 0);
            CountDownLatch done = new CountDownLatch(1);
            long t0 = System.nanoTime();
            onFx(() -> {
                // Exactly what the dialog does on the FX thread: a copy of the session; the rest runs behind.
                Session copy = context.session().copy();
                context.background().run(() -> {
                    Path png = Files.createTempFile(out, "board", ".png");
                    ImageIO.write(BoardPicture.draw(copy, context.messages()), "png", png.toFile());
                    ExportOptions options = ExportOptions.defaults().withCanvasTables(true)
                            .withInventoryAppendix(InventoryGrouping.THEME).withBoardImage(png);
                    service.exportMinutes(copy, options, out.resolve("notulen.docx"), f -> { });
                    service.exportActions(copy, options, out.resolve("actielijst.docx"), f -> { });
                    return null;
                }, ok -> done.countDown(), e -> {
                    e.printStackTrace();
                    done.countDown();
                });
            });
            done.await(120, TimeUnit.SECONDS);
            long total = System.nanoTime() - t0;
            Thread.sleep(200);
            onFx(pulses::stop);
            System.out.printf(Locale.ROOT, "export of 1,000 notes from the dialog: %.0f ms in all; longest gap between "
                    + "pulses %.1f ms (idle window before: %.1f ms)%n", total / 1e6, longest[0] / 1e6, quiet[0] / 1e6);
            TableLine.report("Themes, export of 1,000 notes from the dialog, longest FX pause",
                    TableLine.ms(longest[0] / 1e6) + " (idle " + TableLine.ms(quiet[0] / 1e6) + "; export " + TableLine.ms(total / 1e6) + ")");
        }

        private static double pct(double[] values, int p) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }

        private static void onFx(Runnable work) throws Exception {
            CountDownLatch latch = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    work.run();
                } finally {
                    latch.countDown();
                }
            });
            latch.await(60, TimeUnit.SECONDS);
        }
    }
}
