package nl.labtafel.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.labtafel.ui.look.Look;
import nl.labtafel.ui.look.Stylesheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The start screen's choice boxes size themselves by their items' texts (not by their menu, issue 18): the box is as
 * wide whichever item is chosen, the widest item shows whole, at 100 % and at the projector look's larger text, and
 * the menu still opens with every item.
 */
@ExtendWith(ApplicationExtension.class)
class MeasuredChoiceBoxSkinTest {
    private static final List<String> ITEMS = List.of("Licht", "Projector (hoog contrast)", "Donker");
    private ChoiceBox<String> box;
    private Scene scene;

    @Start
    void start(Stage stage) {
        box = MeasuredChoiceBoxSkin.choiceBox();
        box.setId("choice");
        box.getItems().setAll(ITEMS);
        box.setValue(ITEMS.get(0));
        HBox row = new HBox(box);
        row.setAlignment(Pos.TOP_LEFT);
        scene = new Scene(row, 1280, 720);
        Stylesheets.applyStart(scene, Look.LIGHT, 1.0);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theBoxIsAsWideWhicheverItemIsChosenAndTheWidestShowsWhole(FxRobot robot) {
        for (Look look : List.of(Look.LIGHT, Look.PROJECTOR)) {
            robot.interact(() -> Stylesheets.applyStart(scene, look, 1.0));
            double[] widths = new double[ITEMS.size()];
            for (int i = 0; i < ITEMS.size(); i++) {
                String item = ITEMS.get(i);
                robot.interact(() -> {
                    box.setValue(item);
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                });
                widths[i] = box.getWidth();
                assertEquals(item, shownText(), look + ": the chosen item shows whole");
            }
            for (double width : widths) {
                assertEquals(widths[0], width, 0.5, look + ": the box keeps its width, whichever item is chosen");
            }
        }
    }

    @Test
    void theMenuOpensWithEveryItemAndChoosesFromTheKeyboard(FxRobot robot) {
        robot.interact(() -> box.setValue(ITEMS.get(0)));
        robot.clickOn("#choice");
        List<String> shown = Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w instanceof javafx.scene.control.ContextMenu).findFirst()
                .map(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream().map(MenuItem::getText).toList())
                .orElse(List.of());
        assertEquals(ITEMS, shown);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertEquals(ITEMS.get(1), box.getValue());
        assertTrue(!box.isShowing());
    }

    /** What the box's label draws, which ends in "…" when it is cut. */
    private String shownText() {
        Node label = box.lookup(".label");
        return ((Text) ((Label) label).lookup(".text")).getText();
    }
}
