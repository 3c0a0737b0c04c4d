package nl.labtafel.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.labtafel.ui.look.Look;
import nl.labtafel.ui.look.Stylesheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The recent sessions on the start screen behave as a list: one Tab stop, arrows choose, Enter or a double click opens. */
@ExtendWith(ApplicationExtension.class)
class RecentListTest {
    private final List<StartLists.Recent> opened = new ArrayList<>();
    private RecentList list;

    @Start
    void start(Stage stage) {
        list = new RecentList("Nog geen sessies", r -> r.name());
        list.setId("recent-list");
        list.setOnOpen(opened::add);
        list.setPrefHeight(300);
        TextField before = new TextField();
        before.setId("before");
        // The size the other window tests use: the next test class gets this stage, and the start screen its size.
        Scene scene = new Scene(new VBox(before, list), 1280, 720);
        Stylesheets.applyStart(scene, Look.LIGHT, 1.0);
        stage.setScene(scene);
        stage.show();
    }

    private static List<StartLists.Recent> sessions(int count) {
        return IntStream.range(0, count).mapToObj(i -> new StartLists.Recent(Path.of("sessie-" + i + ".json"),
                "sessie-" + i, LocalDateTime.of(2026, 11, 30 - i % 28, 20, 0))).toList();
    }

    @Test
    void theKeyboardChoosesAndOpensAsInAList(FxRobot robot) {
        robot.interact(() -> list.setItems(sessions(3)));
        robot.clickOn("#before").type(KeyCode.TAB);
        assertTrue(list.isFocused(), "one Tab stop");
        assertNull(list.selectedProperty().get());
        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        assertEquals("sessie-1", list.selectedProperty().get().name());
        assertTrue(robot.lookup("sessie-1").queryAs(Node.class).getPseudoClassStates().toString().contains("selected"));
        robot.type(KeyCode.END);
        assertEquals("sessie-2", list.selectedProperty().get().name());
        robot.type(KeyCode.DOWN); // stays on the last
        robot.type(KeyCode.UP);
        assertEquals("sessie-1", list.selectedProperty().get().name());
        robot.type(KeyCode.ENTER);
        assertEquals(List.of("sessie-1"), opened.stream().map(StartLists.Recent::name).toList());
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#before").queryAs(Node.class).isFocused(), "Tab leaves the list in one step");
    }

    @Test
    void aClickChoosesAndADoubleClickOpens(FxRobot robot) {
        robot.interact(() -> list.setItems(sessions(3)));
        robot.clickOn("sessie-2");
        assertTrue(list.isFocused(), "a click gives the list the keyboard");
        assertEquals("sessie-2", list.selectedProperty().get().name());
        assertTrue(opened.isEmpty());
        robot.doubleClickOn("sessie-0", MouseButton.PRIMARY);
        assertEquals(List.of("sessie-0"), opened.stream().map(StartLists.Recent::name).toList());
    }

    @Test
    void manySessionsScrollAndTheChosenOneIsInView(FxRobot robot) throws Exception {
        robot.interact(() -> list.setItems(sessions(40)));
        // 40 lines do not fit in 300 px: the next layout pass puts them in a scroll pane.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#recent-list .scroll-pane").tryQuery()
                .isPresent());
        robot.clickOn("sessie-0");
        assertTrue(list.isFocused(), "the list has the keyboard, not its scroll pane: " + list.getScene().getFocusOwner());
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        Node last = robot.lookup("sessie-39").queryAs(Node.class);
        ScrollPane scroll = robot.lookup("#recent-list .scroll-pane").queryAs(ScrollPane.class);
        Bounds shown = scroll.localToScene(scroll.getLayoutBounds());
        Bounds line = last.localToScene(last.getLayoutBounds());
        assertTrue(shown.contains(line.getMinX() + 1, line.getMaxY() - 1), "the chosen line is scrolled into view: "
                + line + " in " + shown);
    }

    @Test
    void newListsKeepTheChosenFileAndSayWhenThereIsNone(FxRobot robot) {
        robot.interact(() -> list.setItems(sessions(3)));
        robot.clickOn("sessie-1");
        robot.interact(() -> list.setItems(sessions(4)));
        assertEquals("sessie-1", list.selectedProperty().get().name());
        robot.interact(() -> list.setItems(sessions(1)));
        assertNull(list.selectedProperty().get(), "the chosen file is gone");
        robot.interact(() -> list.setItems(List.of()));
        assertTrue(robot.lookup("Nog geen sessies").queryAs(Label.class).isVisible());
    }
}
