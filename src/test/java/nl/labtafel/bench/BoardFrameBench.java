package nl.labtafel.bench;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import nl.labtafel.AppPaths;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.inventory.BoardView;
import nl.labtafel.ui.inventory.InventoryWorkspace;
import nl.labtafel.ui.insights.InsightsWorkspace;
import nl.labtafel.ui.inventory.NotePlacer;
import nl.labtafel.ui.themes.ThemesWorkspace;

/**
 * Frame times of the inventory board with 5,000 notes against a board of 40 (the size of the example
 * session, the baseline), in the same run and window: panning, zooming (100 % to 25 % and back), dragging a note, and typing a note
 * then Enter. A "frame" is the step itself plus CSS, layout and rendering the whole scene (a
 * snapshot, on the software pipeline), measured synchronously on the FX thread; a second pass lets
 * real pulses run and records the time between them while panning. Both projector sizes are measured in one run
 * (1280x720 and 1920x1080 unless {@code --size} names others). Per frame it records the wall time, the FX
 * thread's CPU time (the issue-18 goal: one frame at 60 Hz, 16 ms) and the FX and render threads' CPU time
 * together; it ends with one TABLE line per figure for {@code src/tools/bench-report}. {@code --other-phases} also
 * makes the themes and insights workspaces, which follow every edit out of the scene once they have been shown.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -Dprism.order=sw \
 *     -cp target/classes:target/test-classes:$(cat target/bench.cp) nl.labtafel.bench.BoardFrameBench [--notes=5000] [--size=1280x720,1920x1080] [--full-css] [--other-phases]
 * </pre>
 */
public final class BoardFrameBench {

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** A launcher that does not extend Application is needed for a classpath launch. */
    public static final class App extends Application {
        private static final int STEPS = 120;
        private static final int ENTER_STEPS = 40;
        private static final int PULSES = 240;
        /** One frame at 60 Hz: the goal for the FX thread's CPU time per frame (issue 18). */
        private static final double TARGET_MS = 16;
        /** The baseline: a board the size of the example session, so the same number of notes is on screen. */
        private static final int BASELINE_NOTES = 40;
        private static final List<String> ACTIONS = List.of("pan", "zoom", "drag", "enter");
        /** Step, CSS and layout without the rendering, to see which share the FX thread itself takes. */
        private static final List<Double> FX_WORK = new ArrayList<>();
        /**
         * CPU time per frame of the FX thread alone, and of the FX and the render thread together: what a
         * frame costs on its own, unlike the wall time, which on a machine shared with other builds also
         * counts the time the threads waited for a core.
         */
        private static final List<double[]> FX_CPU = new ArrayList<>();
        private static final List<double[]> CPU = new ArrayList<>();
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();


        private final Map<String, double[]> results = new HashMap<>();
        private Stage stage;
        private int width;
        private int height;
        private int notes;
        private List<String> sizes;
        /** The old way of the bench: every frame restyles the whole scene (no pulse does); to compare. */
        private boolean fullCss;
        /** With the themes and insights phases' workspaces made too, as once they have been shown. */
        private boolean otherPhases;
        private final List<Object> hidden = new ArrayList<>();

        @Override
        public void start(Stage primary) {
            stage = primary;
            Map<String, String> opts = new HashMap<>();
            getParameters().getRaw().stream().filter(a -> a.startsWith("--") && a.contains("="))
                    .forEach(a -> opts.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1)));
            notes = Integer.parseInt(opts.getOrDefault("notes", "5000"));
            fullCss = getParameters().getRaw().contains("--full-css");
            otherPhases = getParameters().getRaw().contains("--other-phases");
            sizes = List.of(opts.getOrDefault("size", "1280x720,1920x1080").split(","));
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            size(sizes.get(0));
            System.out.printf(Locale.ROOT, "Board frame bench: %s, prism.order=%s, sizes %s, %s%n",
                    System.getProperty("java.version"), System.getProperty("prism.order"), sizes,
                    fullCss ? "whole scene restyled every frame (--full-css)" : "CSS and layout passes as a pulse runs them");
            measure("warmup", board(notes));
            runSize(0);
        }

        private void size(String size) {
            String[] wh = size.split("x");
            width = Integer.parseInt(wh[0]);
            height = Integer.parseInt(wh[1]);
        }

        /** Baseline and big board measured twice, interleaved, at each size; then real pulses; then the next size. */
        private void runSize(int index) {
            if (index == sizes.size()) {
                Platform.exit();
                return;
            }
            size(sizes.get(index));
            results.clear();
            for (int round = 1; round <= 2; round++) {
                measure("seed-size#" + round, board(BASELINE_NOTES));
                measure(notes + "#" + round, board(notes));
            }
            report();
            pulses(board(notes), () -> Platform.runLater(() -> runSize(index + 1)));
        }

        private InventoryWorkspace board(int notes) {
            Session session = SessionFixtures.generated(notes, 7);
            gridPlace(session);
            SessionContext context = new SessionContext(session, null, Messages.forLanguage("nl"), new BackgroundTasks(),
                    AppPaths.detect());
            InventoryWorkspace workspace = new InventoryWorkspace(context);
            if (otherPhases) {
                // As in the session window after the themes and insights phases were shown once: their
                // workspaces stay and follow every edit, out of the scene.
                hidden.add(new ThemesWorkspace(context));
                hidden.add(new InsightsWorkspace(context));
            }
            stage.setScene(new Scene((Parent) workspace.view(), width, height));
            stage.show();
            workspace.view().applyCss();
            ((Parent) workspace.view()).layout();
            return workspace;
        }

        /** The fixture's positions overlap; give every note a place in its group's column, as captured. */
        private static void gridPlace(Session session) {
            int[] rows = new int[session.getActorGroups().size() + 1];
            for (Note note : session.getNotes()) {
                int column = NotePlacer.columnOf(session, note.getActorGroupId());
                note.setX(NotePlacer.columnX(column));
                note.setY(NotePlacer.TOP + rows[column]++ * (NotePlacer.NOTE_HEIGHT + NotePlacer.GAP));
            }
        }

        private void measure(String label, InventoryWorkspace workspace) {
            FX_WORK.clear();
            measureActions(label, workspace);
            double[] work = FX_WORK.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf(Locale.ROOT, "%s: step+CSS+layout without rendering p50 %.2f ms, p95 %.2f ms%n", label,
                    pct(work, 50), pct(work, 95));
        }

        private void measureActions(String label, InventoryWorkspace workspace) {
            CPU.clear();
            FX_CPU.clear();
            measureWall(label, workspace);
            List<String> actions = workspace.model().session().getNotes().isEmpty() ? List.of("pan", "zoom", "enter")
                    : ACTIONS;
            for (int i = 0; i < actions.size() && i < CPU.size(); i++) {
                results.put(label + " cpu-" + actions.get(i), CPU.get(i));
                results.put(label + " fx-" + actions.get(i), FX_CPU.get(i));
            }
        }

        private void measureWall(String label, InventoryWorkspace workspace) {
            BoardView board = workspace.board();
            Scene scene = board.getScene();
            WritableImage image = new WritableImage(width, height);
            results.put(label + " pan", frames(scene, image, i -> board.panBy(i % 80 < 40 ? -9 : 9, i % 120 < 60 ? -37 : 37)));
            results.put(label + " zoom", frames(scene, image, i -> board.zoomBy(i % 90 < 45 ? 0.97 : 1 / 0.97,
                    board.getWidth() / 2, board.getHeight() / 2)));
            if (!workspace.model().session().getNotes().isEmpty()) {
                results.put(label + " drag", drag(workspace, scene, image));
            }
            results.put(label + " enter", frames(scene, image, ENTER_STEPS, i -> {
                workspace.capture().field().setText("Nieuwe post-it " + i);
                Event.fireEvent(workspace.capture().field(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER,
                        false, false, false, false));
            }));
        }

        /** Presses on a shown note, moves it around in 240 steps (translate only), releases (one command). */
        private double[] drag(InventoryWorkspace workspace, Scene scene, WritableImage image) {
            BoardView board = workspace.board();
            Note note = workspace.model().session().getNotes().stream()
                    .filter(n -> board.toBoard(board.getWidth() / 2, board.getHeight() / 2).distance(n.getX(), n.getY()) < 600)
                    .findFirst().orElse(workspace.model().session().getNotes().get(0));
            Node node = nodeOf(board, note);
            Bounds b = node.localToScene(node.getBoundsInLocal());
            Point2D start = new Point2D(b.getMinX() + 20, b.getMinY() + 20);
            mouse(node, MouseEvent.MOUSE_PRESSED, start.getX(), start.getY());
            double[] times = frames(scene, image, i -> mouse(node, MouseEvent.MOUSE_DRAGGED,
                    start.getX() + 80 * Math.sin(i / 20.0), start.getY() + 60 * Math.cos(i / 20.0) - 60));
            mouse(node, MouseEvent.MOUSE_RELEASED, start.getX() + 30, start.getY() + 30);
            return times;
        }

        private static Node nodeOf(BoardView board, Note note) {
            return board.lookupAll(".note").stream().filter(n -> n.isVisible() && Math.abs(n.getLayoutX() - note.getX()) < 1
                    && Math.abs(n.getLayoutY() - note.getY()) < 1).findFirst().orElseThrow();
        }

        private static void mouse(Node target, EventType<MouseEvent> type, double sceneX, double sceneY) {
            Event.fireEvent(target, new MouseEvent(type, sceneX, sceneY, sceneX, sceneY, MouseButton.PRIMARY, 1,
                    false, false, false, false, true, false, false, false, false, false,
                    new PickResult(target, sceneX, sceneY)));
        }

        private double[] frames(Scene scene, WritableImage image, IntConsumer step) {
            return frames(scene, image, STEPS, step);
        }

        private double[] frames(Scene scene, WritableImage image, int steps, IntConsumer step) {
            double[] ms = new double[steps];
            double[] cpu = new double[steps];
            double[] fx = new double[steps];
            for (int i = 0; i < steps; i++) {
                long r0 = FramePasses.renderCpu();
                long f0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                step.accept(i);
                FramePasses.run(scene, fullCss);
                long t1 = System.nanoTime();
                scene.snapshot(image);
                ms[i] = (System.nanoTime() - t0) / 1e6;
                fx[i] = (THREADS.getCurrentThreadCpuTime() - f0) / 1e6;
                cpu[i] = fx[i] + (FramePasses.renderCpu() - r0) / 1e6;
                FX_WORK.add((t1 - t0) / 1e6);
            }
            CPU.add(cpu);
            FX_CPU.add(fx);
            return ms;
        }

        /**
         * The human table (wall, FX+render CPU as "cpu-", FX thread alone as "fx-"), and one TABLE line per
         * action for the benchmark report: FX-thread CPU p95 against one frame, FX+render and wall beside it.
         */
        private void report() {
            System.out.printf(Locale.ROOT, "%dx%d%n%-9s %10s %10s %10s %10s %10s %8s%n", width, height, "action", "40 p50",
                    "40 p95", notes + " p50", notes + " p95", notes + " max", "p95 x");
            for (String kind : List.of("", "cpu-", "fx-")) {
                for (String action : ACTIONS) {
                    double[] base = merged("seed-size", kind + action);
                    double[] big = merged(String.valueOf(notes), kind + action);
                    if (big.length == 0) {
                        continue;
                    }
                    System.out.printf(Locale.ROOT, "%-9s %10.2f %10.2f %10.2f %10.2f %10.2f %8s%n", kind + action,
                            pct(base, 50), pct(base, 95), pct(big, 50), pct(big, 95), pct(big, 100),
                            base.length == 0 ? "-" : String.format(Locale.ROOT, "%.2f", pct(big, 95) / pct(base, 95)));
                }
            }
            for (String action : ACTIONS) {
                String big = String.valueOf(notes);
                double[] fx = merged(big, "fx-" + action);
                if (fx.length > 0) {
                    TableLine.atMost(String.format(Locale.ROOT, "Board %d notes %dx%d, %s, FX CPU p95", notes, width, height,
                            action.equals("enter") ? "type + Enter" : action), pct(fx, 95), TARGET_MS, "ms",
                            "FX+render " + TableLine.ms(pct(merged(big, "cpu-" + action), 95)) + ", wall "
                            + TableLine.ms(pct(merged(big, action), 95)) + "; " + BASELINE_NOTES + " notes FX "
                            + TableLine.ms(pct(merged("seed-size", "fx-" + action), 95)));
                }
            }
        }

        private double[] merged(String prefix, String action) {
            List<Double> all = new ArrayList<>();
            for (int round = 1; round <= 2; round++) {
                double[] r = results.get(prefix + "#" + round + " " + action);
                if (r != null) {
                    Arrays.stream(r).forEach(all::add);
                }
            }
            return all.stream().mapToDouble(Double::doubleValue).toArray();
        }

        /** Real pulses: pans one step per pulse and records the time between pulses (60 Hz = 16.7 ms). */
        private void pulses(InventoryWorkspace workspace, Runnable then) {
            BoardView board = workspace.board();
            double[] gaps = new double[PULSES];
            new AnimationTimer() {
                private long last;
                private int i = -30;

                @Override
                public void handle(long now) {
                    if (last != 0 && i >= 0) {
                        gaps[i] = (now - last) / 1e6;
                    }
                    last = now;
                    board.panBy(0, i % 120 < 60 ? -37 : 37);
                    if (++i == PULSES) {
                        stop();
                        long late = Arrays.stream(gaps).filter(g -> g > 20).count();
                        System.out.printf(Locale.ROOT, "pulses while panning %d notes at %dx%d: interval p50 %.2f ms,"
                                + " p95 %.2f ms, %d of %d over 20 ms%n", notes, width, height, pct(gaps, 50), pct(gaps, 95),
                                late, PULSES);
                        TableLine.report(String.format(Locale.ROOT, "Board %d notes %dx%d, real pulses panning, interval p95",
                                notes, width, height), TableLine.ms(pct(gaps, 95)) + " (" + late + " of " + PULSES + " over 20 ms)");
                        then.run();
                    }
                }
            }.start();
        }

        private static double pct(double[] values, int percentile) {
            if (values.length == 0) {
                return Double.NaN;
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }
}
