package nl.labtafel.ui;

import static nl.labtafel.ui.ShellFixture.onFx;
import static nl.labtafel.ui.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import nl.labtafel.io.RecoveryFiles;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Note;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.ui.undo.StructureCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A failure nothing handled: the work goes to the recovery file, one calm dialog, the details on the clipboard. */
@ExtendWith(ApplicationExtension.class)
class UnexpectedFailuresTest {
    private ShellFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ShellFixture();
        this.stage = stage;
    }

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
    }

    @Test
    void anUnexpectedFailureSavesTheWorkAndSaysSoCalmly(FxRobot robot) throws Exception {
        Path file = fixture.paths.sessions().resolve("lab.json");
        new SessionStore().save(SessionFixtures.generated(6, 9), file);
        WaitForAsyncUtils.asyncFx(() -> fixture.start(stage, List.of(file.toString())));
        waitUntil(() -> fixture.shell != null && fixture.shell.window() != null);
        UnexpectedFailures failures = new UnexpectedFailures(stage, fixture.shell::messages, fixture.shell::window);
        WaitForAsyncUtils.asyncFx(() -> {
            var window = fixture.shell.window();
            window.context().commands().execute(new StructureCommand("post-it", window.context().session(),
                    s -> s.getNotes().add(new Note("n-net", "Net getypt", null))));
            failures.uncaughtException(Thread.currentThread(), new IllegalStateException("boem in een knop"));
            failures.uncaughtException(Thread.currentThread(), new IllegalStateException("nog een keer"));
        }).get(5, TimeUnit.SECONDS);

        waitUntil(() -> robot.lookup("#crash-dialog").tryQuery().isPresent());
        String text = robot.lookup("#crash-dialog").queryAs(DialogPane.class).getContentText();
        assertTrue(text.startsWith("Je werk is veilig"), text);
        assertTrue(robot.lookup("#crash-dialog").queryAll().size() == 1, "one dialog, not one per failure");
        assertTrue(onFx(() -> Clipboard.getSystemClipboard().getString().contains("nog een keer")));
        Path recovery = RecoveryFiles.recoveryOf(file);
        waitUntil(() -> Files.exists(recovery));
        assertTrue(new SessionStore().load(recovery).note("n-net").isPresent(), "the work is in the recovery file");
        robot.clickOn("OK");
    }
}
