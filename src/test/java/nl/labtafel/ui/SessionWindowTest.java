package nl.labtafel.ui;

import static nl.labtafel.ui.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Drives the real window as a facilitator would: a session from the template through the start screen,
 * header and introduction edits, phase switches by key, undo and redo, save, and reopening it.
 */
@ExtendWith(ApplicationExtension.class)
class SessionWindowTest {
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

    @Test
    void createEditSwitchUndoSaveAndReopen(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#new-template").queryAs(ChoiceBox.class).getValue() != null);
        robot.clickOn("#new-title").write("Proefavond LAB");
        robot.clickOn("#new-participants").write("25");
        // Every group starts ticked (issue 13); the first one below the fold is unticked by keyboard.
        assertTrue(robot.lookup("#new-group-inwoners").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        robot.push(KeyCode.TAB).push(KeyCode.SPACE);
        assertTrue(!robot.lookup("#new-group-inwoners").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        robot.clickOn("#new-create");

        waitUntil(() -> robot.lookup("#agenda").tryQuery().isPresent());
        assertEquals("Introductie", text(robot, "#phase-title"));
        assertEquals("Proefavond LAB", robot.lookup("#header-title").queryAs(TextInputControl.class).getText());

        robot.clickOn("#header-subject").write("Huisvesting");
        robot.clickOn("#introduction").write("Welkom allemaal");
        robot.clickOn("#header-place"); // focus leaves the introduction: that commits it as one step
        assertEquals("Ongedaan maken: introductie bewerken", menuText(robot, "menu-undo"));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("", robot.lookup("#introduction").queryAs(TextInputControl.class).getText());
        assertEquals("Ongedaan maken: onderwerp wijzigen", menuText(robot, "menu-undo"));
        assertEquals("Opnieuw: introductie bewerken", menuText(robot, "menu-redo"));
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals("Welkom allemaal", robot.lookup("#introduction").queryAs(TextInputControl.class).getText());

        for (int i = 0; i < 5; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        }
        assertEquals("Vervolg en afspraken", text(robot, "#phase-title"));
        waitUntil(() -> robot.lookup("#follow-up").queryAs(Node.class).isFocused());
        robot.write("Tweede sessie in de Kansenfabriek");
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_UP);
        assertEquals("Onderzoeksteams", text(robot, "#phase-title"));
        robot.clickOn("#phase-intro");
        assertEquals("Introductie", text(robot, "#phase-title"));

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> text(robot, "#status").startsWith("Opgeslagen"));
        Path file = fixture.paths.sessions().resolve("proefavond-lab-" + LocalDate.now() + ".json");
        Session saved = new SessionStore().load(file);
        assertEquals("Huisvesting", saved.getHeader().getSubject());
        assertEquals("Welkom allemaal", saved.getIntroduction());
        assertEquals("Tweede sessie in de Kansenfabriek", saved.getFollowUp());
        assertEquals(25, saved.getHeader().getParticipantCount());
        assertEquals(List.of("arbeidsmigranten", "ondernemers", "organisaties", "huisvesters", "gemeente"),
                saved.getHeader().getStakeholderGroups());
        assertEquals("intro", saved.getCurrentPhaseId());

        robot.push(KeyCode.CONTROL, KeyCode.W); // saved, so no question
        waitUntil(() -> !robot.lookup("#recent-list .lt-recent-item").queryAll().isEmpty());
        robot.clickOn("#recent-list .lt-recent-item", MouseButton.PRIMARY).clickOn("#open-selected");
        waitUntil(() -> robot.lookup("#agenda").tryQuery().isPresent());
        assertEquals("Huisvesting", robot.lookup("#header-subject").queryAs(TextInputControl.class).getText());
        assertEquals("Welkom allemaal", robot.lookup("#introduction").queryAs(TextInputControl.class).getText());
        robot.clickOn("#phase-followup");
        assertEquals("Tweede sessie in de Kansenfabriek",
                robot.lookup("#follow-up").queryAs(TextInputControl.class).getText());
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheSession(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#new-template").queryAs(ChoiceBox.class).getValue() != null);
        robot.clickOn("#new-title").write("Vraagavond");
        robot.clickOn("#new-create");
        waitUntil(() -> robot.lookup("#agenda").tryQuery().isPresent());
        robot.clickOn("#header-place").write("Wijkcentrum");
        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(() -> robot.lookup("#close-dialog").tryQuery().isPresent());
        robot.clickOn("Annuleren");
        assertTrue(robot.lookup("#agenda").tryQuery().isPresent(), "the session stays open");
        assertEquals("Wijkcentrum", robot.lookup("#header-place").queryAs(TextInputControl.class).getText());

        // The autosave keeps a recovery file beside the not yet saved session.
        Path recovery = fixture.paths.sessions().resolve("vraagavond-" + LocalDate.now() + ".json.recovery");
        waitUntil(() -> "Wijkcentrum".equals(placeIn(recovery)));

        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(() -> robot.lookup("#close-dialog").tryQuery().isPresent());
        robot.clickOn("Opslaan");
        waitUntil(() -> robot.lookup("#start-screen").tryQuery().isPresent());
        Path file = fixture.paths.sessions().resolve("vraagavond-" + LocalDate.now() + ".json");
        assertEquals("Wijkcentrum", new SessionStore().load(file).getHeader().getPlace());
        assertTrue(Files.notExists(recovery), "the recovery file goes once the session is saved");
    }

    @Test
    void theAppEndingRightAfterAnEditLeavesACompleteRecoveryFile(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#new-template").queryAs(ChoiceBox.class).getValue() != null);
        robot.clickOn("#new-title").write("Stroomstoring");
        robot.clickOn("#new-create");
        waitUntil(() -> robot.lookup("#agenda").tryQuery().isPresent());
        robot.clickOn("#header-place").write("Bibliotheek").push(KeyCode.ENTER);
        // Within the autosave's one-second debounce, the app stops (as when the window is closed).
        robot.interact(() -> fixture.shell.stop());
        Path recovery = fixture.paths.sessions().resolve("stroomstoring-" + LocalDate.now() + ".json.recovery");
        assertEquals("Bibliotheek", placeIn(recovery));
    }

    @Test
    void shortcutSheetListsTheTableOfActions(FxRobot robot) {
        waitUntil(() -> robot.lookup("#new-template").queryAs(ChoiceBox.class).getValue() != null);
        robot.clickOn("#new-title").write("Sneltoetsen");
        robot.clickOn("#new-create");
        waitUntil(() -> robot.lookup("#agenda").tryQuery().isPresent());
        robot.push(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcut-sheet").tryQuery().isPresent());
        List<String> texts = robot.lookup("#shortcut-sheet .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(texts.contains("Ongedaan maken"), texts.toString());
        assertTrue(texts.contains("Volgende fase"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("Ctrl+Z")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("F11")), texts.toString());
    }

    private static String placeIn(Path file) {
        try {
            return new SessionStore().load(file).getHeader().getPlace();
        } catch (Exception e) {
            return null;
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String menuText(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).map(MenuItem::getText).findFirst().orElseThrow();
    }
}
