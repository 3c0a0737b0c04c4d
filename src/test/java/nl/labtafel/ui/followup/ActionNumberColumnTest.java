package nl.labtafel.ui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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

/** The action table shows each action's number (as in the Word and Excel exports) and takes its progress. */
@ExtendWith(ApplicationExtension.class)
class ActionNumberColumnTest {
    private Session session;
    private SessionContext context;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = BoardTestSessions.threeGroups();
        session.getActions().add(new ActionItem("a1", "Datumprikker sturen", "Gemeente"));
        session.getActions().add(new ActionItem("a2", "", ""));
        session.getActions().add(new ActionItem("a3", "Vervolgsessie plannen", "Inwoners"));
        context = BoardTestSessions.context(session);
        FollowUpWorkspace workspace = new FollowUpWorkspace(context);
        stage.setScene(new Scene((Parent) workspace.view(), 1280, 720));
        stage.show();
    }

    @Test
    void numbersSkipTheEmptyRowAndFollowTheModel(FxRobot robot) {
        assertEquals(List.of("1", "", "2"), numbers(robot));
        robot.interact(() -> new ActionsViewModel(context).remove("a1"));
        waitUntil(() -> numbers(robot).equals(List.of("", "1")));
        assertEquals("1", String.valueOf(new ActionsViewModel(context).numbers().number("a3").getAsInt()));
    }

    @Test
    void progressIsTypedInItsOwnColumnAsOneUndoStep(FxRobot robot) {
        TableView<ActionItem> table = table(robot);
        TableColumn<ActionItem, ?> remark = table.getColumns().stream().filter(c -> "action-remark".equals(c.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0, remark);
            table.getFocusModel().focus(0, remark);
        });
        robot.type(KeyCode.ENTER).write("Verstuurd op 2 mei").type(KeyCode.ENTER);
        assertEquals("Verstuurd op 2 mei", session.getActions().get(0).getRemark());
        assertEquals("Voortgang actiepunt", context.commands().undoNameProperty().get());
        robot.interact(() -> context.commands().undo());
        assertEquals("", session.getActions().get(0).getRemark());
    }

    private static TableView<ActionItem> table(FxRobot robot) {
        return robot.lookup(".table-view").queryTableView();
    }

    private static List<String> numbers(FxRobot robot) {
        TableView<ActionItem> table = table(robot);
        TableColumn<ActionItem, ?> column = table.getColumns().get(0);
        return table.getItems().stream().map(a -> String.valueOf(column.getCellData(a))).toList();
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
