package nl.labtafel.ui;

import static nl.labtafel.ui.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
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
        waitUntil(() -> robot.lookup("#new-template").queryAs(ComboBox.class).getValue() != null);
        robot.clickOn("#new-title").write(title);
        robot.clickOn("#new-create");
        waitUntil(() -> robot.lookup("#agenda").tryQuery().isPresent());
    }

    /** Item 7: after switching the interface language the running timer's button offers to pause. */
    @Test
    void timerButtonShowsPauseWhileRunningAfterALanguageSwitch(FxRobot robot) {
        newSession(robot, "Timer");
        robot.interact(() -> fixture.shell.window().toggleTimer());
        assertTrue(fixture.shell.window().timer().runningProperty().get());
        assertEquals("mdi2p-pause", icon(robot));
        robot.interact(() -> fixture.shell.window().setLanguage(nl.labtafel.text.Language.ENGLISH));
        waitUntil(() -> "Introduction".equals(robot.lookup("#phase-title").queryLabeled().getText()));
        assertTrue(fixture.shell.window().timer().runningProperty().get(), "the timer kept running");
        assertEquals("mdi2p-pause", icon(robot), "the button offers to pause a running timer");
        robot.clickOn("#timer-start");
        assertTrue(!fixture.shell.window().timer().runningProperty().get(), "pressing it paused");
        assertEquals("mdi2p-play", icon(robot));
    }

    private static String icon(FxRobot robot) {
        return ((FontIcon) robot.lookup("#timer-start").queryAs(Button.class).getGraphic()).getIconLiteral();
    }
}
