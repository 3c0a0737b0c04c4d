package nl.labtafel.ui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.model.Session;
import nl.labtafel.testing.Fx;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.inventory.BoardTestSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Actions agreed at the end of the evening, typed and edited from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class FollowUpWorkspaceTest {
    private Session session;
    private SessionContext context;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = BoardTestSessions.threeGroups();
        context = BoardTestSessions.context(session);
        FollowUpWorkspace workspace = new FollowUpWorkspace(context);
        stage.setScene(new Scene((Parent) workspace.view(), 1280, 720));
        stage.show();
        workspace.activate();
    }

    @Test
    void enterAddsActionsAndTabWalksTheCellsWhileEditing(FxRobot robot) {
        robot.clickOn(".capture-field");
        robot.write("Datumprikker sturen voor de vervolgbijeenkomst").type(KeyCode.ENTER);
        robot.write("Vervolgsessie Kansenfabriek plannen").type(KeyCode.ENTER);
        assertEquals(List.of("Datumprikker sturen voor de vervolgbijeenkomst", "Vervolgsessie Kansenfabriek plannen"),
                Fx.read(() -> session.getActions().stream().map(ActionItem::getWhat).toList()));

        // The table shows the model after each change (one pulse later): wait for it as the eye would.
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.clickOn("Datumprikker sturen voor de vervolgbijeenkomst").type(KeyCode.ESCAPE);
        robot.type(KeyCode.TAB).type(KeyCode.ENTER);
        waitUntil(() -> editingColumn(robot) == 2);
        robot.write("Gemeente").type(KeyCode.TAB);
        waitUntil(() -> editingColumn(robot) == 3);
        robot.write("1-6-2018").type(KeyCode.TAB);
        waitUntil(() -> editingColumn(robot) == 4);
        robot.type(KeyCode.ESCAPE);
        ActionItem first = Fx.read(() -> session.getActions().get(0).copy());
        assertEquals("Gemeente", first.getOwner());
        assertEquals(LocalDate.of(2018, 6, 1), first.getDue());
        assertEquals("Datum actiepunt", Fx.read(() -> context.commands().undoNameProperty().get()));

        robot.interact(() -> context.commands().undo());
        ActionItem undone = Fx.read(() -> session.getActions().get(0).copy());
        assertEquals(null, undone.getDue());
        assertEquals("Gemeente", undone.getOwner());
        assertEquals(ActionStatus.OPEN, undone.getStatus());

        waitUntil(() -> table(robot).getItems().get(0).getDue() == null);
        robot.clickOn("Vervolgsessie Kansenfabriek plannen").type(KeyCode.DELETE);
        assertEquals(1, (int) Fx.read(() -> session.getActions().size()));
        assertTrue(Fx.read(() -> robot.lookup("Open").tryQuery().isPresent()), "status shown in Dutch");
    }

    private static TableView<ActionItem> table(FxRobot robot) {
        return robot.lookup(".table-view").queryTableView();
    }

    private static int editingColumn(FxRobot robot) {
        var cell = table(robot).getEditingCell();
        return cell == null ? -1 : table(robot).getVisibleLeafColumns().indexOf(cell.getTableColumn());
    }

    private static void waitUntil(BooleanSupplier condition) {
        Fx.waitUntil(10, condition);
    }
}
