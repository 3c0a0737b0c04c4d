package nl.labtafel.ui;

import static nl.labtafel.ui.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import nl.labtafel.io.RecoveryFiles;
import nl.labtafel.io.SessionStore;
import nl.labtafel.io.TemplateStore;
import nl.labtafel.model.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opening files from the start screen: a broken file says why and the start screen stays; recovery is offered. */
@ExtendWith(ApplicationExtension.class)
class StartScreenTest {
    private ShellFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new ShellFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
    }

    private void launch(FxRobot robot, List<String> args) {
        robot.interact(() -> fixture.start(stage, args));
    }

    @Test
    void aFileThatFailsToLoadShowsWhyAndTheStartScreenStays(FxRobot robot) throws Exception {
        Path broken = fixture.paths.sessions().resolve("kapot.json");
        Files.writeString(broken, "{ \"schemaVersion\" : 2, \"header\" : { \"title\" : \"Half");
        launch(robot, List.of(broken.toString()));

        waitUntil(() -> robot.lookup("#error-banner").queryAs(Node.class).isVisible());
        String message = robot.lookup("#error-text").queryAs(Label.class).getText();
        assertTrue(message.contains("kapot.json"), message);
        assertTrue(message.contains("regel 1, kolom"), "names the place in the file: " + message);
        assertTrue(robot.lookup("#start-screen").tryQuery().isPresent());
        assertTrue(robot.lookup("#agenda").tryQuery().isEmpty());

        // The same file chosen from the recent list: same message, still the start screen.
        robot.clickOn("#error-close");
        waitUntil(() -> !robot.lookup("#recent-list .lt-recent-item").queryAll().isEmpty());
        robot.clickOn("#recent-list .lt-recent-item");
        robot.clickOn("#open-selected");
        waitUntil(() -> robot.lookup("#error-banner").queryAs(Node.class).isVisible());
        assertTrue(robot.lookup("#error-text").queryAs(Label.class).getText().contains("kapot.json"));
        assertTrue(robot.lookup("#start-screen").tryQuery().isPresent());
    }

    @Test
    void unsavedWorkIsOfferedRestoredAndKeptUntilSaved(FxRobot robot) throws Exception {
        Path file = fixture.paths.sessions().resolve("avond.json");
        Session session = new TemplateStore().newSession(fixture.paths.defaultTemplate(), "Avond",
                LocalDate.of(2026, 5, 12));
        new SessionStore().save(session, file);
        session.getHeader().setTitle("Avond (na de storing)");
        Path recovery = RecoveryFiles.recoveryOf(file);
        Files.write(recovery, new SessionStore().serialize(session));
        Files.setLastModifiedTime(recovery, FileTime.from(Instant.now().plusSeconds(60)));
        launch(robot, List.of());

        waitUntil(() -> robot.lookup("#restore-avond").tryQuery().isPresent());
        robot.clickOn("#discard-avond");
        robot.clickOn("Bewaren");
        assertTrue(Files.exists(recovery), "nothing is thrown away without a yes");

        robot.clickOn("#restore-avond");
        waitUntil(() -> robot.lookup("#agenda").tryQuery().isPresent());
        assertEquals("Avond (na de storing)",
                robot.lookup("#header-title").queryAs(TextInputControl.class).getText());
        assertTrue(stage.getTitle().startsWith("\u25CF"), "restored work counts as unsaved: " + stage.getTitle());
        assertTrue(Files.exists(recovery), "the recovery file stays until the session is saved");
        assertEquals("Avond", new SessionStore().load(file).getHeader().getTitle());
    }

    @Test
    void openingTheFileItselfAfterACrashOpensTheNewerRecoveryAndDoesNotOverwriteIt(FxRobot robot) throws Exception {
        Path file = fixture.paths.sessions().resolve("zaal.json");
        Session session = new TemplateStore().newSession(fixture.paths.defaultTemplate(), "Zaal",
                LocalDate.of(2026, 11, 30));
        new SessionStore().save(session, file);
        session.getHeader().setTitle("Zaal (met de post-its van de telefoons)");
        Path recovery = RecoveryFiles.recoveryOf(file);
        Files.write(recovery, new SessionStore().serialize(session));
        Files.setLastModifiedTime(recovery, FileTime.from(Instant.now().plusSeconds(60)));
        launch(robot, List.of(file.toString())); // labtafel zaal.json (--room), as the facilitator starts it again

        waitUntil(() -> robot.lookup("#agenda").tryQuery().isPresent());
        assertEquals("Zaal (met de post-its van de telefoons)",
                robot.lookup("#header-title").queryAs(TextInputControl.class).getText());
        assertTrue(stage.getTitle().startsWith("\u25CF"), "restored work counts as unsaved: " + stage.getTitle());
        assertEquals("Zaal (met de post-its van de telefoons)", new SessionStore().load(recovery).getHeader().getTitle());
    }
}
