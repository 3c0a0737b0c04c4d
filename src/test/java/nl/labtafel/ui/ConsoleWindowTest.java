package nl.labtafel.ui;

import static nl.labtafel.ui.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import nl.labtafel.ui.common.ChangeMark;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The console's rough edges from a full evening's run (issue 13), in the real window. */
@ExtendWith(ApplicationExtension.class)
class ConsoleWindowTest {
    private ShellFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ShellFixture();
        fixture.start(stage, List.of());
    }

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
    }

    private void newSession(FxRobot robot, String title) {
        waitUntil(() -> robot.lookup("#new-template").queryAs(ChoiceBox.class).getValue() != null);
        robot.clickOn("#new-title").write(title);
        robot.clickOn("#new-create");
        waitUntil(() -> robot.lookup("#agenda").tryQuery().isPresent());
    }

    /** Item 8: the date is in the app's format from the start, and every group starts ticked. */
    @Test
    void startScreenShowsTheDateAsItWillStayAndTicksEveryGroup(FxRobot robot) {
        waitUntil(() -> robot.lookup("#new-template").queryAs(ChoiceBox.class).getValue() != null);
        String today = java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
        assertEquals(today, robot.lookup("#new-date").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText());
        List<javafx.scene.control.CheckBox> groups = robot.lookup(".check-box").match(n -> n.getId() != null
                && n.getId().startsWith("new-group-")).queryAllAs(javafx.scene.control.CheckBox.class).stream().toList();
        assertEquals(6, groups.size());
        assertTrue(groups.stream().allMatch(javafx.scene.control.CheckBox::isSelected));
    }

    /** Item 7: after switching the interface language the running timer's button offers to pause. */
    @Test
    void timerButtonShowsPauseWhileRunningAfterALanguageSwitch(FxRobot robot) {
        newSession(robot, "Timer");
        robot.interact(() -> fixture.shell.window().toggleTimer());
        assertTrue(fixture.shell.window().timer().runningProperty().get());
        assertEquals("mdi2p-pause", icon(robot));
        robot.interact(() -> fixture.shell.window().setLanguage(Language.ENGLISH));
        waitUntil(() -> "Introduction".equals(robot.lookup("#phase-title").queryLabeled().getText()));
        assertTrue(fixture.shell.window().timer().runningProperty().get(), "the timer kept running");
        assertEquals("mdi2p-pause", icon(robot), "the button offers to pause a running timer");
        robot.clickOn("#timer-start");
        assertTrue(!fixture.shell.window().timer().runningProperty().get(), "pressing it paused");
        assertEquals("mdi2p-play", icon(robot));
    }

    /** Item 2: undo and redo go to the phase of the change, mark the item and say it in the status line. */
    @Test
    void undoInAnotherPhaseGoesThereMarksTheItemAndSaysIt(FxRobot robot) {
        newSession(robot, "Terugzien");
        robot.clickOn("#introduction").write("Welkom allemaal");
        robot.clickOn("#header-place");
        robot.clickOn("#phase-themes");
        assertEquals("Thema's", title(robot));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> "Introductie".equals(title(robot)));
        TextInputControl intro = robot.lookup("#introduction").queryAs(TextInputControl.class);
        assertEquals("", intro.getText());
        waitUntil(() -> intro.getPseudoClassStates().contains(ChangeMark.CHANGED) && intro.isFocused());
        assertEquals("Ongedaan gemaakt: introductie bewerken (Introductie)", notice(robot));

        // A post-it: redo from another phase brings it back on the board, selected and marked.
        robot.clickOn("#phase-inventory");
        waitUntil(() -> robot.lookup(".capture-field").queryAs(Node.class).isFocused());
        robot.write("Taalcafé in de bibliotheek").push(KeyCode.ENTER);
        robot.clickOn("#phase-insights");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> title(robot).startsWith("Blik van vandaag"));
        assertTrue(session().getNotes().isEmpty());
        robot.clickOn("#phase-followup");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> title(robot).startsWith("Blik van vandaag"));
        waitUntil(() -> robot.lookup(".note").match(n -> n.isVisible()
                && n.getPseudoClassStates().contains(ChangeMark.CHANGED)).tryQuery().isPresent());
        assertEquals("Opnieuw gedaan: Post-it toevoegen (" + title(robot) + ")", notice(robot));

        // The issue's own case: a date in the action table, undone from the themes phase.
        robot.clickOn("#phase-followup");
        robot.clickOn("#phase-followup .capture-field".replace("#phase-followup ", ".followup-workspace "));
        robot.write("Datumprikker sturen").push(KeyCode.ENTER);
        waitUntil(() -> session().getActions().size() == 1
                && !robot.lookup(".table-row-cell").match(n -> !((TableRow<?>) n).isEmpty()).queryAll().isEmpty());
        robot.clickOn(robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getIndex() == 0
                && "Wanneer".equals(c.getTableColumn().getText())).queryAs(Node.class));
        robot.push(KeyCode.ENTER);
        robot.write("1-6-2018").push(KeyCode.ENTER);
        waitUntil(() -> session().getActions().get(0).getDue() != null);
        robot.clickOn("#phase-themes");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> "Vervolg en afspraken".equals(title(robot)));
        assertEquals(null, session().getActions().get(0).getDue());
        waitUntil(() -> robot.lookup(".table-row-cell").match(n -> n.getPseudoClassStates()
                .contains(ChangeMark.CHANGED)).tryQuery().isPresent());
        assertTrue(notice(robot).startsWith("Ongedaan gemaakt: Datum actiepunt"), notice(robot));
    }

    /**
     * Item 2 for the insights, themes and teams phases: undo and redo go there, select and mark the point, the
     * theme or the canvas note, and say it in the status line.
     */
    @Test
    void undoShowsInsightsThemesAndCanvasNotes(FxRobot robot) {
        newSession(robot, "Terugzien 2");
        robot.clickOn("#phase-insights");
        waitUntil(() -> robot.lookup(".insights-workspace .capture-field").queryAs(Node.class).isFocused());
        robot.write("Werkgevers willen meedoen").push(KeyCode.ENTER);
        waitUntil(() -> session().getInsights().size() == 1);
        robot.clickOn("#phase-followup");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> "Kansen en uitdagingen".equals(title(robot)));
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> robot.lookup(".insights-workspace .list-cell").match(n -> n.getPseudoClassStates()
                .contains(ChangeMark.CHANGED)).tryQuery().isPresent());
        assertTrue(notice(robot).startsWith("Opnieuw gedaan:") && notice(robot).endsWith("(Kansen en uitdagingen)"),
                notice(robot));

        // The insight starts a theme in the themes phase; undoing its rename from elsewhere marks the theme.
        robot.clickOn("#phase-themes");
        robot.clickOn("Werkgevers willen meedoen");
        robot.push(KeyCode.CONTROL, KeyCode.G);
        waitUntil(() -> session().getThemes().size() == 1);
        robot.eraseText(1).write("Meedoen").push(KeyCode.ENTER);
        robot.clickOn(robot.lookup(".theme-column .check-box").match(n -> n.getParent().isVisible()).queryAs(Node.class));
        waitUntil(() -> session().getTeams().size() == 1);
        robot.clickOn("#phase-followup");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> "Thema's".equals(title(robot)));
        waitUntil(() -> robot.lookup(".theme-column").match(n -> n.getPseudoClassStates()
                .contains(ChangeMark.CHANGED)).tryQuery().isPresent());
        assertTrue(notice(robot).startsWith("Ongedaan gemaakt: ") && notice(robot).endsWith("(Thema's)"), notice(robot));
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> session().getTeams().size() == 1);

        // A canvas note, undone from another phase and redone: its team's canvas, the note selected and marked.
        robot.clickOn("#phase-teams");
        waitUntil(() -> robot.lookup(".capture-field").match(Node::isFocused).tryQuery()
                .isPresent());
        robot.write("Ruimte in de Kansenfabriek").push(KeyCode.ENTER);
        waitUntil(() -> session().getTeams().get(0).getIngredients().size() == 1);
        robot.clickOn("#phase-insights");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> "Onderzoeksteams".equals(title(robot)));
        robot.clickOn("#phase-themes");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> "Onderzoeksteams".equals(title(robot)));
        String noteId = session().getTeams().get(0).getIngredients().get(0).getId();
        waitUntil(() -> robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() instanceof nl.labtafel.model.CanvasNote note && note.getId().equals(noteId)
                && c.isSelected() && n.getPseudoClassStates().contains(ChangeMark.CHANGED)).tryQuery().isPresent());
        assertTrue(notice(robot).endsWith("(Onderzoeksteams)"), notice(robot));
    }

    /** Seed run: a failed autosave's red banner stayed after the folder was back and saves worked again. */
    @Test
    void aFailedAutosavesBannerGoesWhenAWriteWorksAgain(FxRobot robot) throws Exception {
        newSession(robot, "Banner");
        java.nio.file.Path sessions = fixture.paths.sessions();
        java.nio.file.Path aside = sessions.resolveSibling("sessions-aside");
        java.nio.file.Files.move(sessions, aside);
        robot.clickOn("#introduction").write("Welkom");
        waitUntil(() -> robot.lookup("#error-banner").query().isVisible()
                && robot.lookup("#error-text").queryLabeled().getText().contains("bestaat niet"));
        java.nio.file.Files.move(aside, sessions);
        robot.write(" allemaal");
        // Only a write that worked takes it away.
        waitUntil(() -> !robot.lookup("#error-banner").query().isVisible());
    }

    private Session session() {
        return fixture.shell.window().context().session();
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#phase-title").queryLabeled().getText();
    }

    private static String notice(FxRobot robot) {
        return robot.lookup("#change-notice").queryLabeled().getText();
    }

    private static String icon(FxRobot robot) {
        return ((FontIcon) robot.lookup("#timer-start").queryAs(Button.class).getGraphic()).getIconLiteral();
    }
}
