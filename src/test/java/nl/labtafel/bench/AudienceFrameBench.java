package nl.labtafel.bench;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import nl.labtafel.AppPaths;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Note;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.audience.AudienceLayout;
import nl.labtafel.ui.audience.AudienceView;
import nl.labtafel.ui.audience.FxTextMeasure;
import nl.labtafel.ui.audience.PageRenderer;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.AudienceItem;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.inventory.InventoryWorkspace;

/**
 * The console with and without the room's screen mirroring it, same run, interleaved (A B B A …, after a warm-up of
 * both): a 5,000-note inventory board panned frame by frame with a post-it typed and entered every 8th frame. A frame
 * is the step plus the CSS and layout passes of every shown scene, as a pulse runs them ({@link FramePasses}: only
 * what changed is restyled; {@code --full-css} restyles both scenes whole every frame, the bench's old way, which no
 * pulse does), plus rendering the console (snapshot, software pipeline), all on the FX thread; it is timed as FX-thread CPU time and as wall time. The audience window's own drawing happens on
 * the render thread in a real pulse and is not counted. After each entered post-it the bench checks, without laying
 * anything out itself, that the room's layout was made in that frame and holds the post-it, so the room shows it at
 * the next pulse (the check reads the room's pages after the frame is timed: pages the room does not show are put
 * together only when read, as in the app, where nobody reads them). Last, {@code render} of the example inventory
 * at 1920×1080, first call and warm. Prints TABLE lines through {@link TableLine} for the benchmark report
 * (src/tools/bench-report).
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -Dprism.order=sw -Dlabtafel.projectDir=. \
 *     -cp target/classes:target/test-classes:$(cat target/bench.cp) nl.labtafel.bench.AudienceFrameBench [--notes=5000] [--rounds=3] [--full-css]
 * </pre>
 */
public final class AudienceFrameBench {

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** A launcher that does not extend Application is needed for a classpath launch. */
    public static final class App extends Application {
        private static final int STEPS = 240;
        private static final double TARGET_RATIO = 1.1;
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final List<Double> roomMs = new ArrayList<>();
        private final List<Double> roomCpuMs = new ArrayList<>();
        private int missed;
        /** The old way of the bench: every frame restyles both scenes whole (no pulse does); to compare. */
        private boolean fullCss;
        private int edits;
        /** Edits the FX thread laid out itself because the room's layout thread had not started on them. */
        private long laidOutOnFx;

        /** One run's frame times: FX-thread CPU and wall, in ms. */
        private record Times(double[] cpu, double[] wall) {
        }

        @Override
        public void start(Stage console) throws Exception {
            int notes = option("--notes=", 5000);
            int rounds = option("--rounds=", 3);
            fullCss = getParameters().getRaw().contains("--full-css");
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            System.out.printf(Locale.ROOT, "Audience frame bench: %s, prism.order=%s, %d notes, 1280x720 console and room,"
                    + " %d rounds of %d frames each way, %s%n", System.getProperty("java.version"),
                    System.getProperty("prism.order"), notes, rounds, STEPS, fullCss
                            ? "both scenes restyled whole every frame (--full-css)" : "CSS and layout passes as a pulse runs them");
            run(console, notes, false, "warm-up alone");
            run(console, notes, true, "warm-up with room");
            roomMs.clear();
            roomCpuMs.clear();
            edits = 0;
            missed = 0;
            laidOutOnFx = 0;
            List<Times> without = new ArrayList<>();
            List<Times> with = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                boolean roomFirst = round % 2 == 0;
                if (roomFirst) {
                    with.add(run(console, notes, true, "console + room #" + round));
                }
                without.add(run(console, notes, false, "console alone #" + round));
                if (!roomFirst) {
                    with.add(run(console, notes, true, "console + room #" + round));
                }
            }
            double[] aCpu = concat(without, true);
            double[] bCpu = concat(with, true);
            double[] aWall = concat(without, false);
            double[] bWall = concat(with, false);
            double cpuRatio = pct(bCpu, 95) / pct(aCpu, 95);
            double wallRatio = pct(bWall, 95) / pct(aWall, 95);
            System.out.printf(Locale.ROOT, "p95 FX CPU console alone %.2f ms, with the room mirroring %.2f ms: ratio %.2f%n",
                    pct(aCpu, 95), pct(bCpu, 95), cpuRatio);
            System.out.printf(Locale.ROOT, "p95 wall console alone %.2f ms, with the room mirroring %.2f ms: ratio %.2f%n",
                    pct(aWall, 95), pct(bWall, 95), wallRatio);
            double[] room = roomMs.stream().mapToDouble(Double::doubleValue).toArray();
            double[] roomCpu = roomCpuMs.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf(Locale.ROOT, "room's share of an edit frame (its CSS + layout pass, where it lays out):"
                    + " FX CPU p50 %.2f ms, p95 %.2f ms; wall p50 %.2f ms, p95 %.2f ms; %d of %d edits laid out on the"
                    + " room's pages when the frame ended; %d laid out on the FX thread (the room's layout thread had"
                    + " not started)%n", pct(roomCpu, 50), pct(roomCpu, 95), pct(room, 50),
                    pct(room, 95), edits - missed, edits, laidOutOnFx);
            TableLine.atMost("Audience: console p95 frame with the room mirroring / alone, " + notes + " notes", cpuRatio,
                    TARGET_RATIO, "x", "FX CPU " + TableLine.ms(pct(bCpu, 95)) + " / " + TableLine.ms(pct(aCpu, 95))
                    + "; wall " + TableLine.ratio(wallRatio) + ", " + TableLine.ms(pct(bWall, 95)) + " / "
                    + TableLine.ms(pct(aWall, 95)));
            TableLine.print("Audience: typed post-its on the room's pages when their frame ends", (edits - missed) + " of "
                    + edits + " (room's layout pass p95 " + TableLine.ms(pct(roomCpu, 95)) + " FX CPU)", "all",
                    TableLine.met(missed == 0 && edits > 0));
            renderTimes();
            System.exit(0);
        }

        private int option(String prefix, int fallback) {
            return getParameters().getRaw().stream().filter(a -> a.startsWith(prefix)).findFirst()
                    .map(a -> Integer.parseInt(a.substring(prefix.length()))).orElse(fallback);
        }

        private Times run(Stage console, int notes, boolean mirror, String label) {
            Session session = SessionFixtures.generated(notes, 7);
            SessionContext context = new SessionContext(session, null, Messages.forLanguage("nl"),
                    new BackgroundTasks(), AppPaths.detect());
            context.audience().phaseIdProperty().set("inventory");
            InventoryWorkspace workspace = new InventoryWorkspace(context);
            Scene scene = new Scene((Parent) workspace.view(), 1280, 720);
            console.setScene(scene);
            console.show();
            Stage room = null;
            AudienceView view = null;
            if (mirror) {
                view = new AudienceView(context, new FxTextMeasure());
                room = new Stage();
                room.setScene(new Scene(view, 1280, 720));
                room.show();
                view.applyCss();
                view.layout();
            }
            System.gc();
            WritableImage image = new WritableImage(1280, 720);
            double[] cpu = new double[STEPS];
            double[] wall = new double[STEPS];
            for (int i = 0; i < STEPS; i++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                long relayoutsBefore = view == null ? 0 : view.relayouts();
                String text = null;
                if (i % 8 == 7) {
                    text = "Nieuwe post-it " + label + " " + i;
                    workspace.capture().field().setText(text);
                    Event.fireEvent(workspace.capture().field(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "",
                            KeyCode.ENTER, false, false, false, false));
                } else {
                    workspace.board().panBy(i % 80 < 40 ? -9 : 9, i % 120 < 60 ? -37 : 37);
                }
                FramePasses.run(scene, fullCss);
                long r0 = System.nanoTime();
                long rc0 = THREADS.getCurrentThreadCpuTime();
                if (view != null) {
                    FramePasses.run(view.getScene(), fullCss);
                }
                long r1 = System.nanoTime();
                long rc1 = THREADS.getCurrentThreadCpuTime();
                scene.snapshot(image);
                cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                wall[i] = (System.nanoTime() - t0) / 1e6;
                if (view != null && text != null) {
                    edits++;
                    boolean laidOut = view.upToDate() && view.relayouts() > relayoutsBefore; // read before pages()
                    String added = text;
                    Note note = session.getNotes().stream().filter(n -> added.equals(n.getText())).findFirst().orElse(null);
                    if (!laidOut || note == null || AudienceLayout.pageOf(view.pages(), AudienceItem.note(note.getId())) < 0) {
                        missed++;
                    }
                    roomMs.add((r1 - r0) / 1e6);
                    roomCpuMs.add((rc1 - rc0) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "%s: FX CPU p50 %.2f ms, p95 %.2f ms; wall p50 %.2f ms, p95 %.2f ms%n", label,
                    pct(cpu, 50), pct(cpu, 95), pct(wall, 50), pct(wall, 95));
            if (room != null) {
                laidOutOnFx += view.laidOutHereForTheLayoutThread();
                view.dispose();
                room.close();
            }
            workspace.dispose();
            return new Times(cpu, wall);
        }

        private void renderTimes() throws Exception {
            Session example = new SessionStore().load(Path.of(System.getProperty("labtafel.projectDir", "."))
                    .resolve("sessions/arbeidsmigranten-lab-2018-04-24.json"));
            AudienceLayout.Request request = new AudienceLayout.Request(PhaseKind.INVENTORY, "Blik van vandaag", null,
                    null, null, null, 1920, 1080);
            double[] ms = new double[6];
            int pages = 0;
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                pages = PageRenderer.draw(example, request, Messages.forLanguage("nl")).size();
                ms[i] = (System.nanoTime() - t0) / 1e6;
                if (i == 0) {
                    System.out.printf(Locale.ROOT, "render example inventory 1920x1080: %d pages, first call %.0f ms%n",
                            pages, ms[0]);
                }
            }
            double[] warm = Arrays.copyOfRange(ms, 1, ms.length);
            System.out.printf(Locale.ROOT, "render example inventory 1920x1080 warm: p50 %.0f ms (layout + draw, no PNG"
                    + " encoding)%n", pct(warm, 50));
            TableLine.report("Audience: render example inventory 1920x1080", TableLine.ms(pct(warm, 50)) + " warm p50, "
                    + pages + " pages, layout + draw (first call " + TableLine.ms(ms[0]) + ")");
        }

        private static double[] concat(List<Times> parts, boolean cpu) {
            return parts.stream().flatMapToDouble(t -> Arrays.stream(cpu ? t.cpu() : t.wall())).toArray();
        }

        private static double pct(double[] values, int percentile) {
            if (values.length == 0) {
                return Double.NaN;
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
        }
    }
}
