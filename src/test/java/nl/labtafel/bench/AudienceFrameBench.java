package nl.labtafel.bench;

import atlantafx.base.theme.PrimerLight;
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
 * The console with and without the room's screen mirroring it, same run, interleaved: a 5,000-note inventory board
 * panned frame by frame with a post-it typed and entered every 8th frame. A frame is the step plus CSS and layout of
 * every shown scene plus rendering the console (snapshot, software pipeline), all on the FX thread; the audience
 * window's own drawing happens on the render thread in a real pulse and is not counted. After each entered post-it
 * the bench checks the audience view already holds it (laid out in the same frame, so shown at the next pulse).
 * Last, {@code render} of the example inventory at 1920×1080, first call and warm.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -Dprism.order=sw -Dlabtafel.projectDir=. \
 *     -cp target/classes:target/test-classes:$(cat target/bench.cp) nl.labtafel.bench.AudienceFrameBench [--notes=5000]
 * </pre>
 */
public final class AudienceFrameBench {

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** A launcher that does not extend Application is needed for a classpath launch. */
    public static final class App extends Application {
        private static final int STEPS = 240;
        private final List<Double> relayoutMs = new ArrayList<>();
        private int missed;
        private int edits;

        @Override
        public void start(Stage console) throws Exception {
            int notes = getParameters().getRaw().stream().filter(a -> a.startsWith("--notes=")).findFirst()
                    .map(a -> Integer.parseInt(a.substring(8))).orElse(5000);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            System.out.printf(Locale.ROOT, "Audience frame bench: %s, prism.order=%s, %d notes, 1280x720 console and room%n",
                    System.getProperty("java.version"), System.getProperty("prism.order"), notes);
            run(console, notes, false, "warm-up");
            List<double[]> without = new ArrayList<>();
            List<double[]> with = new ArrayList<>();
            for (int round = 1; round <= 2; round++) {
                without.add(run(console, notes, false, "console alone #" + round));
                with.add(run(console, notes, true, "console + room #" + round));
            }
            double[] a = concat(without);
            double[] b = concat(with);
            System.out.printf(Locale.ROOT, "p95 console alone %.2f ms, with the room mirroring %.2f ms: ratio %.2f%n",
                    pct(a, 95), pct(b, 95), pct(b, 95) / pct(a, 95));
            TableLine.atMost("Audience: console p95 frame with the room mirroring / alone, 5000 notes", pct(b, 95) / pct(a, 95),
                    1.1, "x", TableLine.ms(pct(b, 95)) + " / " + TableLine.ms(pct(a, 95)));
            double[] relayouts = relayoutMs.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf(Locale.ROOT, "edit step with the room mirroring (board + room layout): p50 %.2f ms, p95 %.2f ms; %d of %d edits already"
                    + " on the room's pages when the frame ended%n", pct(relayouts, 50), pct(relayouts, 95),
                    edits - missed, edits);
            TableLine.print("Audience: typed post-its on the room's pages when their frame ends", (edits - missed) + " of " + edits,
                    "all", TableLine.met(missed == 0));
            renderTimes();
            System.exit(0);
        }

        private double[] run(Stage console, int notes, boolean mirror, String label) {
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
            WritableImage image = new WritableImage(1280, 720);
            double[] times = new double[STEPS];
            for (int i = 0; i < STEPS; i++) {
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
                long afterStep = System.nanoTime();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                if (view != null) {
                    view.getScene().getRoot().applyCss();
                    view.getScene().getRoot().layout();
                }
                scene.snapshot(image);
                times[i] = (System.nanoTime() - t0) / 1e6;
                if (view != null && text != null) {
                    edits++;
                    String added = text;
                    Note note = session.getNotes().stream().filter(n -> added.equals(n.getText())).findFirst().orElse(null);
                    boolean there = note != null && view.relayouts() > relayoutsBefore
                            && AudienceLayout.pageOf(view.pages(), AudienceItem.note(note.getId())) >= 0;
                    if (!there) {
                        missed++;
                    }
                    relayoutMs.add((afterStep - t0) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p95 %.2f ms%n", label, pct(times, 50), pct(times, 95));
            if (room != null) {
                view.dispose();
                room.close();
            }
            return times;
        }

        private void renderTimes() throws Exception {
            Session example = new SessionStore().load(Path.of(System.getProperty("labtafel.projectDir", "."))
                    .resolve("sessions/arbeidsmigranten-lab-2018-04-24.json"));
            AudienceLayout.Request request = new AudienceLayout.Request(PhaseKind.INVENTORY, "Blik van vandaag", null,
                    null, null, null, 1920, 1080);
            double[] ms = new double[6];
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                int pages = PageRenderer.draw(example, request, Messages.forLanguage("nl")).size();
                ms[i] = (System.nanoTime() - t0) / 1e6;
                if (i == 0) {
                    System.out.printf(Locale.ROOT, "render example inventory 1920x1080: %d pages, first call %.0f ms%n",
                            pages, ms[0]);
                }
            }
            double[] warm = Arrays.copyOfRange(ms, 1, ms.length);
            System.out.printf(Locale.ROOT, "render example inventory 1920x1080 warm: p50 %.0f ms (layout + draw, no PNG"
                    + " encoding)%n", pct(warm, 50));
            TableLine.report("Audience: render example inventory 1920x1080", TableLine.ms(pct(warm, 50)) + " warm p50 (first call "
                    + TableLine.ms(ms[0]) + ")");
        }

        private static double[] concat(List<double[]> parts) {
            return parts.stream().flatMapToDouble(Arrays::stream).toArray();
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
