package nl.labtafel.ui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.Session;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.inventory.BoardTestSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, item 1: typing meant for the action table must never land in the follow-up text. A click on
 * a cell takes the keyboard there; after a cell is confirmed the keyboard stays in the table.
 */
@ExtendWith(ApplicationExtension.class)
class ActionTableFocusTest {
    private static final String FOLLOW_UP = "Over twee maanden een vervolgsessie.";
    private Session session;
    private SessionContext context;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = BoardTestSessions.threeGroups();
        session.setFollowUp(FOLLOW_UP);
        session.getActions().add(new ActionItem("a1", "Datumprikker sturen", ""));
        session.getActions().add(new ActionItem("a2", "Vervolgsessie plannen", ""));
        context = BoardTestSessions.context(session);
        FollowUpWorkspace workspace = new FollowUpWorkspace(context);
        stage.setScene(new Scene((Parent) workspace.view(), 1280, 720));
        stage.show();
        workspace.activate();
    }

    @Test
    void clickOnACellTakesTheKeyboardAwayFromTheFollowUpText(FxRobot robot) {
        robot.clickOn("#follow-up");
        waitUntil(() -> followUp(robot).isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" Met");

        robot.clickOn(cell(robot, 0, 2)); // column 0 is the action number
        waitUntil(() -> !followUp(robot).isFocused());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> table(robot).getEditingCell() != null);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Gemeente").type(KeyCode.ENTER);
        waitUntil(() -> "Gemeente".equals(session.getActions().get(0).getOwner()));
        assertEquals(FOLLOW_UP + " Met", session.getFollowUp());
        assertEquals(FOLLOW_UP + " Met", followUp(robot).getText());
    }

    @Test
    void afterConfirmingACellTabAndEnterStayInTheTable(FxRobot robot) {
        robot.clickOn(cell(robot, 0, 2)); // column 0 is the action number
        robot.type(KeyCode.ENTER);
        waitUntil(() -> table(robot).getEditingCell() != null);
        robot.write("Gemeente").type(KeyCode.ENTER);
        waitUntil(() -> "Gemeente".equals(session.getActions().get(0).getOwner()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.TAB).type(KeyCode.ENTER);
        waitUntil(() -> table(robot).getEditingCell() != null);
        assertEquals(3, table(robot).getVisibleLeafColumns().indexOf(table(robot).getEditingCell().getTableColumn()),
                "Tab went on to the date cell");
        robot.write("1-6-2018").type(KeyCode.ENTER);
        waitUntil(() -> LocalDate.of(2018, 6, 1).equals(session.getActions().get(0).getDue()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.TAB).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        assertEquals(FOLLOW_UP, followUp(robot).getText(), "no stray keys in the follow-up text");
        assertEquals(FOLLOW_UP, session.getFollowUp());
        assertTrue(isInTable(robot), "the keyboard is still in the table");
    }

    private static boolean isInTable(FxRobot robot) {
        for (Node n = table(robot).getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == table(robot)) {
                return true;
            }
        }
        return false;
    }

    private static TextArea followUp(FxRobot robot) {
        return robot.lookup("#follow-up").queryAs(TextArea.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ActionItem> table(FxRobot robot) {
        return robot.lookup(".table-view").queryAs(TableView.class);
    }

    private static Node cell(FxRobot robot, int row, int column) {
        return robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getIndex() == row
                && c.getTableView().getVisibleLeafColumns().indexOf(c.getTableColumn()) == column).query();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }
}
