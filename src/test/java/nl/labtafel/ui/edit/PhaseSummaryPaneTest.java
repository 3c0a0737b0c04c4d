package nl.labtafel.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.labtafel.model.LocalizedText;
import nl.labtafel.model.Phase;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.inventory.BoardTestSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The organiser writes a phase's summary for the minutes under its workspace; one undo step per edit. */
@ExtendWith(ApplicationExtension.class)
class PhaseSummaryPaneTest {
    private Session session;
    private SessionContext context;
    private PhaseSummaryPane pane;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = BoardTestSessions.threeGroups();
        session.getPhases().add(new Phase("inventory", PhaseKind.INVENTORY, new LocalizedText("Blik", "View"), 25));
        Phase themes = new Phase("themes", PhaseKind.THEMES, new LocalizedText("Thema's", "Themes"), 15);
        themes.setSummary("Drie thema's gekozen.");
        session.getPhases().add(themes);
        context = BoardTestSessions.context(session);
        pane = new PhaseSummaryPane(context, "inventory");
        Button elsewhere = new Button("elders");
        elsewhere.setId("elsewhere");
        stage.setScene(new Scene(new VBox(pane, elsewhere), 1280, 720));
        stage.show();
    }

    @Test
    void typedSummaryGoesIntoThePhaseAsOneUndoStep(FxRobot robot) {
        assertFalse(pane.isExpanded(), "folded while the phase has no summary");
        robot.clickOn("Samenvatting voor de notulen");
        robot.clickOn("#phase-summary").write("Hieruit blijkt dat er veel partijen actief zijn.");
        robot.clickOn("#elsewhere");
        assertEquals("Hieruit blijkt dat er veel partijen actief zijn.", session.getPhases().get(0).getSummary());
        assertEquals("", session.getPhases().get(1).getSummary().replace("Drie thema's gekozen.", ""),
                "another phase keeps its own summary");
        assertEquals("samenvatting van de fase bewerken", context.commands().undoNameProperty().get());
        robot.interact(() -> context.commands().undo());
        assertEquals("", session.getPhases().get(0).getSummary());
        assertEquals("", robot.lookup("#phase-summary").queryAs(TextArea.class).getText());
    }

    @Test
    void foldedEvenWithASummaryAndHiddenInPresentationMode(FxRobot robot) {
        PhaseSummaryPane[] made = new PhaseSummaryPane[1];
        robot.interact(() -> made[0] = new PhaseSummaryPane(context, "themes"));
        assertFalse(made[0].isExpanded(), "the board keeps its room on the projector");
        assertEquals("Drie thema's gekozen.", ((TextArea) made[0].getContent()).getText());
        assertTrue(pane.isVisible());
        robot.interact(() -> context.presentationProperty().set(true));
        assertFalse(pane.isVisible() || pane.isManaged(), "written for the minutes, not for the room");
    }
}
