package nl.labtafel.ui;

import static nl.labtafel.ui.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.labtafel.io.SessionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A save that cannot be written says why, keeps the session open, unchanged and unsaved, and a later save works. */
@ExtendWith(ApplicationExtension.class)
class SaveFailureTest {
    private ShellFixture fixture;
    private Path readOnly;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ShellFixture();
        fixture.start(stage, List.of());
    }

    @AfterEach
    void stop() throws Exception {
        if (readOnly != null && readOnly.startsWith(fixture.home)) {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        fixture.stop();
    }

    /** A folder this process cannot write in; as root a chmod is ignored, so then a system folder. */
    private Path readOnlyFolder() throws Exception {
        Path folder = Files.createDirectory(fixture.home.resolve("alleen-lezen"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return Path.of("/sys"); // running as root: chmod does not stop us, /sys does
        } catch (IOException expected) {
            return folder;
        }
    }

    @Test
    void aSaveToAReadOnlyFolderShowsWhyAndLosesNothing(FxRobot robot) throws Exception {
        readOnly = readOnlyFolder();
        waitUntil(() -> robot.lookup("#new-template").queryAs(ChoiceBox.class).getValue() != null);
        robot.clickOn("#new-title").write("Opslagproef");
        robot.clickOn("#new-create");
        waitUntil(() -> robot.lookup("#agenda").tryQuery().isPresent());
        robot.clickOn("#header-subject").write("Participatie");

        robot.interact(() -> fixture.shell.window().saveTo(readOnly.resolve("opslagproef.json")));
        waitUntil(() -> robot.lookup("#error-banner").queryAs(Node.class).isVisible());
        String message = robot.lookup("#error-text").queryAs(Label.class).getText();
        assertTrue(message.contains("alleen-lezen") && message.contains(readOnly.toString()), message);
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains("niets is verloren"));
        assertEquals("Participatie", robot.lookup("#header-subject").queryAs(TextInputControl.class).getText());
        assertTrue(robot.lookup("#agenda").tryQuery().isPresent(), "the session stays open");
        assertTrue(fixture.shell.window().context().commands().dirtyProperty().get(), "still unsaved");
        assertTrue(fixture.shell.window().context().fileProperty().get().startsWith(fixture.paths.sessions()),
                "the session keeps its own file");

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Opgeslagen"));
        Path file = fixture.paths.sessions().resolve("opslagproef-" + LocalDate.now() + ".json");
        assertEquals("Participatie", new SessionStore().load(file).getHeader().getSubject());
        assertTrue(Files.notExists(readOnly.resolve("opslagproef.json")));
    }
}
