package nl.labtafel.ui;

import static nl.labtafel.ui.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The start screen tells the facilitator where sessions are saved (installed: Documents/Labtafel); the window has its icon. */
@ExtendWith(ApplicationExtension.class)
class SessionsFolderShownTest {
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

    @Test
    void theStartScreenNamesTheSessionsFolder(FxRobot robot) {
        robot.interact(() -> fixture.start(stage, List.of()));

        waitUntil(() -> robot.lookup("#sessions-folder").tryQuery().isPresent());
        Label label = robot.lookup("#sessions-folder").queryAs(Label.class);
        java.nio.file.Path folder = fixture.paths.sessions();
        // Long paths show their end (they cannot wrap), the whole path when the pointer rests on it (issue 13).
        String end = folder.subpath(folder.getNameCount() - 2, folder.getNameCount()).toString();
        assertTrue(label.getText().contains(end), label.getText());
        robot.moveTo(label);
        waitUntil(() -> shownTooltip().contains(folder.toString()));
        assertFalse(stage.getIcons().isEmpty(), "the window carries the Labtafel icon");
    }

    /** The text of the tooltips on screen ("" when none is). */
    private static String shownTooltip() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).reduce("", String::concat);
    }
}
