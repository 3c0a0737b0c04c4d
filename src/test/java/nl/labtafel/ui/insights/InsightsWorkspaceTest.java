package nl.labtafel.ui.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.labtafel.model.Insight;
import nl.labtafel.model.InsightKind;
import nl.labtafel.model.Session;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.inventory.BoardTestSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The four insight lists filled and rearranged from the keyboard, as in the room. */
@ExtendWith(ApplicationExtension.class)
class InsightsWorkspaceTest {
    private Session session;
    private SessionContext context;
    private InsightsWorkspace workspace;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = BoardTestSessions.threeGroups();
        context = BoardTestSessions.context(session);
        workspace = new InsightsWorkspace(context);
        stage.setScene(new Scene((Parent) workspace.view(), 1280, 720));
        stage.show();
        workspace.activate();
    }

    @Test
    void tabSwitchesTheListTheBarWritesTo(FxRobot robot) {
        robot.write("Veel goede wil in de buurt").type(KeyCode.ENTER);
        robot.write("Iedereen kent wel een Pool").type(KeyCode.ENTER);
        robot.type(KeyCode.TAB);
        robot.write("Taalcafé uitbreiden").type(KeyCode.ENTER);
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        robot.write("Bibliotheek als ontmoetingsplek").type(KeyCode.ENTER);
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        robot.write("Huisvesting blijft schaars").type(KeyCode.ENTER);

        assertEquals(List.of("Veel goede wil in de buurt", "Iedereen kent wel een Pool"), texts(InsightKind.OBSERVATIONS));
        assertEquals(List.of("Taalcafé uitbreiden"), texts(InsightKind.OPPORTUNITIES));
        assertEquals(List.of("Huisvesting blijft schaars"), texts(InsightKind.CHALLENGES));
        assertEquals(List.of("Bibliotheek als ontmoetingsplek"), texts(InsightKind.IDEAS));
        assertTrue(workspace.capture().field().isFocused());
        assertEquals("Punt toevoegen aan Uitdagingen", context.commands().undoNameProperty().get());
        assertEquals(2, list(robot, InsightKind.OBSERVATIONS).getItems().size(), "the list shows what was added");
    }

    @Test
    void altUpMovesAPointUpAndUndoPutsItBack(FxRobot robot) {
        robot.write("eerste").type(KeyCode.ENTER).write("tweede").type(KeyCode.ENTER).write("derde").type(KeyCode.ENTER);
        ListView<Insight> view = list(robot, InsightKind.OBSERVATIONS);
        robot.clickOn(robot.from(view).lookup(".list-cell").nth(2).queryAs(Node.class));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        assertEquals(List.of("eerste", "derde", "tweede"), texts(InsightKind.OBSERVATIONS));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        assertEquals(List.of("derde", "eerste", "tweede"), texts(InsightKind.OBSERVATIONS));
        assertEquals("derde", view.getSelectionModel().getSelectedItem().getText(), "the moved point stays selected");
        assertEquals("Punt verplaatsen", context.commands().undoNameProperty().get());
        robot.interact(() -> context.commands().undo());
        assertEquals(List.of("eerste", "derde", "tweede"), texts(InsightKind.OBSERVATIONS));

        // Alt+Right moves the point to the next list.
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertEquals(List.of("eerste", "tweede"), texts(InsightKind.OBSERVATIONS));
        assertEquals(List.of("derde"), texts(InsightKind.OPPORTUNITIES));
        assertEquals("Punt verplaatsen naar Kansen", context.commands().undoNameProperty().get());
    }

    @Test
    void enterEditsAPointInPlace(FxRobot robot) {
        robot.write("Taalcafe").type(KeyCode.ENTER);
        ListView<Insight> view = list(robot, InsightKind.OBSERVATIONS);
        robot.clickOn(robot.from(view).lookup(".list-cell").nth(0).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        robot.write("Taalcafé op dinsdag").type(KeyCode.ENTER);
        assertEquals(List.of("Taalcafé op dinsdag"), texts(InsightKind.OBSERVATIONS));
        assertEquals("Punt bewerken", context.commands().undoNameProperty().get());
        assertTrue(workspace.capture().field().isFocused(), "back to the bar after editing");
    }

    private List<String> texts(InsightKind kind) {
        return session.getInsights().list(kind).stream().map(Insight::getText).toList();
    }

    private static ListView<Insight> list(FxRobot robot, InsightKind kind) {
        return robot.lookup("#insights-" + kind.name().toLowerCase()).query();
    }
}
