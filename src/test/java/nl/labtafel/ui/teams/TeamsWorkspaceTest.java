package nl.labtafel.ui.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.CanvasNote;
import nl.labtafel.model.Note;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.model.ThemeOperations;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.inventory.BoardTestSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A research team's canvas filled from the keyboard, a trial turned into an action, all undoable. */
@ExtendWith(ApplicationExtension.class)
class TeamsWorkspaceTest {
    private Session session;
    private SessionContext context;
    private TeamsWorkspace workspace;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = BoardTestSessions.threeGroups();
        session.getNotes().add(new Note("n1", "Taalcafé in de bibliotheek", "inwoners"));
        String theme = ThemeOperations.makeTheme(session, List.of("n1"), "Meedoen").getId();
        ThemeOperations.setChosen(session, theme, true);
        context = BoardTestSessions.context(session);
        workspace = new TeamsWorkspace(context);
        stage.setScene(new Scene((Parent) workspace.view(), 1280, 720));
        stage.show();
        workspace.activate();
    }

    @Test
    void fillEachLaneWithTabAndEnterThenMakeATrialAnAction(FxRobot robot) {
        robot.write("Mensen leren elkaar kennen").type(KeyCode.ENTER);
        robot.type(KeyCode.TAB).write("Bibliotheek: inloopspreekuur").type(KeyCode.ENTER);
        robot.type(KeyCode.TAB).write("Vervolgsessie in de Kansenfabriek").type(KeyCode.ENTER);
        robot.type(KeyCode.TAB).write("Welkomstborrel in de wijk").type(KeyCode.ENTER);

        ResearchTeam team = session.getTeams().get(0);
        assertEquals(List.of("Mensen leren elkaar kennen", "Welkomstborrel in de wijk"), texts(team, CanvasLane.INGREDIENTS),
                "Tab cycles back to the first lane");
        assertEquals(List.of("Bibliotheek: inloopspreekuur"), texts(team, CanvasLane.CHEMISTRY));
        assertEquals(List.of("Vervolgsessie in de Kansenfabriek"), texts(team, CanvasLane.TRIALS));

        // Reorder with the keyboard, then turn the trial into an action.
        robot.clickOn("Welkomstborrel in de wijk").press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        assertEquals(List.of("Welkomstborrel in de wijk", "Mensen leren elkaar kennen"),
                texts(session.getTeams().get(0), CanvasLane.INGREDIENTS));
        robot.clickOn("Vervolgsessie in de Kansenfabriek")
                .press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertEquals(1, session.getActions().size());
        ActionItem action = session.getActions().get(0);
        CanvasNote trial = session.getTeams().get(0).getTrials().get(0);
        assertEquals("Vervolgsessie in de Kansenfabriek", action.getWhat());
        assertEquals(trial.getId(), action.getSourceNoteId(), "the action keeps its link to the trial");
        assertEquals(session.getTeams().get(0).getThemeId(), action.getThemeId());
        assertTrue(robot.lookup("Actiepunt gemaakt: Vervolgsessie in de Kansenfabriek").tryQuery().isPresent());

        robot.interact(() -> context.commands().undo());
        assertTrue(session.getActions().isEmpty());
        assertEquals("Canvasnotitie verplaatsen", context.commands().undoNameProperty().get());
    }

    @Test
    void editInPlaceAndMoveToAnotherLane(FxRobot robot) {
        robot.write("Informatie in het Pools").type(KeyCode.ENTER);
        robot.clickOn("Informatie in het Pools").type(KeyCode.F2).eraseText(30).write("Informatie in drie talen")
                .type(KeyCode.ENTER);
        assertEquals(List.of("Informatie in drie talen"), texts(session.getTeams().get(0), CanvasLane.INGREDIENTS));
        robot.clickOn("Informatie in drie talen").press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertEquals(List.of("Informatie in drie talen"), texts(session.getTeams().get(0), CanvasLane.CHEMISTRY));

        robot.drag("Informatie in drie talen").dropTo("Wat is een mogelijk vervolg? (proeven)");
        assertEquals(List.of("Informatie in drie talen"), texts(session.getTeams().get(0), CanvasLane.TRIALS),
                "dragged into the third lane");
    }

    private static List<String> texts(ResearchTeam team, CanvasLane lane) {
        return team.lane(lane).stream().map(CanvasNote::getText).toList();
    }
}
