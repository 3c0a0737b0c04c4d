package nl.labtafel.ui;

import static nl.labtafel.ui.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The example evening opened in the window a 1280x720 laptop gives, and a scan of what it shows for labels, buttons and
 * headings whose shown text ends cut off ("Herk..."), at 100 % text in every subclass. TestFX finds {@code @Start} on
 * the test class only: each subclass declares one that calls {@link #start}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class CutOffScan {
    ShellFixture fixture;
    Stage stage;

    void start(Stage stage) throws Exception {
        fixture = new ShellFixture();
        Path project = Path.of(System.getProperty("labtafel.projectDir", "."));
        Path session = fixture.paths.sessions().resolve("lab.json");
        Files.copy(project.resolve("sessions/arbeidsmigranten-lab-2018-04-24.json"), session);
        fixture.start(stage, List.of(session.toString()));
        this.stage = stage;
    }

    /** Whether the interface is English; the session stays the Dutch example. */
    abstract boolean english();

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
    }

    @Test
    void noTextInAnyPhaseEndsInAnEllipsis(FxRobot robot) {
        assertEquals(List.of(), scan(robot, 0));
    }

    /** The same with the text at 120 % (Ctrl+Shift+plus twice), as a facilitator sets it for a far table. */
    @Test
    void noTextEndsInAnEllipsisWithLargerText(FxRobot robot) {
        assertEquals(List.of(), scan(robot, 2));
    }

    List<String> scan(FxRobot robot, int larger) {
        opened(robot, larger);
        List<String> cut = new ArrayList<>();
        for (String phase : List.of("intro", "inventory", "insights", "themes", "teams", "followup")) {
            robot.clickOn("#phase-" + phase);
            settle();
            robot.interact(() -> collect(stage.getScene().getRoot(), phase, cut));
            // The room panel takes a third of a 1280 screen; beside it at 120 % text the board's group filter read
            // "Alle actorgroe..." until it said "Alle groepen".
            if (phase.equals("inventory")) {
                robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
                waitUntil(() -> robot.lookup("#room-panel").tryQuery().isPresent());
                settle();
                robot.interact(() -> collect(stage.getScene().getRoot(), "inventory, room panel", cut));
                robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
            }
            if (phase.equals("followup")) {
                // Beside the origin panel at 120 % text the action table's columns were wider than the table: it
                // scrolled sideways with its last column half out of view. The panel now steps aside then.
                robot.interact(() -> stage.getScene().getRoot().lookupAll(".table-view").stream()
                        .filter(Node::isVisible).forEach(table -> sideways(table, phase, cut)));
                // ...and at 100 % the table fits beside it, so it stays.
                if (larger == 0 && robot.lookup("#origin-panel").tryQuery().isEmpty()) {
                    cut.add(phase + ": no origin panel beside the action table at 100 % text");
                }
                for (KeyCode[] keys : List.of(new KeyCode[] {KeyCode.F1}, new KeyCode[] {KeyCode.CONTROL, KeyCode.E})) {
                    robot.push(keys);
                    waitUntil(() -> javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)
                            .count() > 1);
                    settle();
                    robot.interact(() -> javafx.stage.Window.getWindows().stream()
                            .filter(w -> w.isShowing() && w != stage && w.getScene() != null)
                            .forEach(w -> collect(w.getScene().getRoot(), "followup, " + keys[keys.length - 1], cut)));
                    robot.push(KeyCode.ESCAPE);
                    waitUntil(() -> javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)
                            .count() == 1);
                }
            }
            if (phase.equals("themes")) {
                robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
                waitUntil(() -> robot.lookup(".theme-suggestions").tryQuery().isPresent());
                settle();
                robot.interact(() -> collect(stage.getScene().getRoot(), "themes, suggestions", cut));
            }
        }
        return cut;
    }

    /** The example open in the window a 1280x720 laptop gives, its text {@code larger} steps (10 % each) up. */
    void opened(FxRobot robot, int larger) {
        waitUntil(() -> robot.lookup("#agenda").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(680);
        });
        for (int i = 0; i < larger; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.PLUS);
        }
        if (english()) {
            robot.interact(() -> fixture.shell.window().setLanguage(nl.labtafel.text.Language.ENGLISH));
            waitUntil(() -> robot.lookup("#agenda").tryQuery().isPresent());
        }
    }

    static void settle() {
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A table whose horizontal scroll bar shows: some of its columns are out of view. */
    private static void sideways(Node table, String phase, List<String> cut) {
        for (Node bar : table.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()
                    && b.getVisibleAmount() < b.getMax() - b.getMin()) {
                cut.add(phase + ": the table " + table.getStyleClass() + " scrolls sideways, "
                        + ((TableView<?>) table).getVisibleLeafColumns().stream()
                                .map(c -> c.getText() + " " + Math.round(c.getWidth())).toList()
                        + " in " + Math.round(((TableView<?>) table).getWidth()) + " px");
            }
        }
    }

    private static void collect(Node node, String phase, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            Node shown = l.lookup(".text");
            if (shown instanceof Text t && t.getText() != null && !t.getText().equals(l.getText())
                    && (t.getText().endsWith("...") || t.getText().endsWith("\u2026"))) {
                cut.add(phase + ": '" + l.getText() + "' shown as '" + t.getText() + "' (" + l.getClass().getSimpleName()
                        + " " + l.getStyleClass() + ")");
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, phase, cut);
            }
        }
    }
}
