package nl.labtafel.ui;

import static nl.labtafel.ui.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.event.Event;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import nl.labtafel.model.Insight;
import nl.labtafel.model.InsightKind;
import nl.labtafel.ui.audience.AudienceWindow;
import nl.labtafel.ui.audience.Box;
import nl.labtafel.ui.audience.Page;
import nl.labtafel.ui.common.AudienceItem;
import nl.labtafel.ui.common.AudienceState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console and the room's screen as two windows: F5 with a projector attached, the room following the console's
 * phase, freeze, blank and spotlight from the console's keys, the projector pulled out and plugged in mid-session.
 */
@ExtendWith(ApplicationExtension.class)
class AudienceWindowTest {
    private ShellFixture fixture;
    private FakeDisplays screens;
    private Stage console;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ShellFixture();
        Path project = Path.of(System.getProperty("labtafel.projectDir", "."));
        Path session = fixture.paths.sessions().resolve("lab.json");
        Files.copy(project.resolve("sessions/arbeidsmigranten-lab-2018-04-24.json"), session);
        screens = new FakeDisplays(FakeDisplays.LAPTOP, FakeDisplays.PROJECTOR);
        console = stage;
        fixture.start(stage, List.of(session.toString()), screens);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
    }

    private AudienceWindow room() {
        return (AudienceWindow) fixture.shell.window().audienceScreen();
    }

    private AudienceState state() {
        return fixture.shell.window().context().audience();
    }

    private Page shown() {
        return ShellFixture.onFx(() -> room().view() != null && room().view().shownPage() != null)
                ? room().view().shownPage() : null;
    }

    private static List<Box> cards(Page page) {
        return page.boxes().stream().filter(b -> b.role() == Box.Role.CARD).toList();
    }

    private static boolean shows(Page page, String text) {
        return page != null && page.boxes().stream().anyMatch(b -> String.join(" ", b.lines()).contains(text));
    }

    @Test
    void f5OnTheProjectorFollowFreezeBlankSpotlightAndPullTheProjectorOut(FxRobot robot) {
        waitUntil(() -> fixture.shell.window() != null && robot.lookup("#agenda").tryQuery().isPresent());
        for (int i = 0; i < 6; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.PAGE_UP); // to the introduction, wherever the file left off
        }
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN); // inventory
        robot.push(KeyCode.F5);
        waitUntil(() -> room().showingProperty().get() && shown() != null);
        assertEquals(FakeDisplays.PROJECTOR, room().audienceScreen(), "a second screen gets the room's window");
        assertTrue(console.isShowing());
        assertTrue(cards(shown()).stream().allMatch(b -> b.item().kind() == AudienceItem.Kind.NOTE));
        assertTrue(shown().textSize() >= 20);

        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN); // insights: the room follows
        waitUntil(() -> cards(shown()).stream().allMatch(b -> b.item().kind() == AudienceItem.Kind.INSIGHT)
                && !cards(shown()).isEmpty());

        robot.push(KeyCode.F6); // freeze, then add a point on the console
        waitUntil(() -> state().frozenProperty().get());
        waitUntil(() -> console.getScene().getFocusOwner() instanceof TextInputControl);
        robot.write("Bevroren punt").push(KeyCode.ENTER);
        waitUntil(() -> Arrays.stream(InsightKind.values())
                .flatMap(k -> fixture.shell.window().context().session().getInsights().list(k).stream())
                .anyMatch(i -> i.getText().equals("Bevroren punt")));
        assertFalse(shows(shown(), "Bevroren punt"), "a frozen room screen keeps its frame");
        robot.push(KeyCode.F6);
        waitUntil(() -> shows(shown(), "Bevroren punt"));

        robot.push(KeyCode.CONTROL, KeyCode.B);
        waitUntil(() -> robot.lookup("#audience-blank").query().isVisible());
        robot.push(KeyCode.CONTROL, KeyCode.B);
        waitUntil(() -> !robot.lookup("#audience-blank").query().isVisible());

        Insight first = fixture.shell.window().context().session().getInsights().getObservations().get(0);
        robot.interact(() -> robot.lookup(".list-view").queryAllAs(ListView.class).stream()
                .filter(l -> l.getItems().contains(first)).findFirst().orElseThrow()
                .getSelectionModel().select(first));
        assertEquals(new AudienceItem(AudienceItem.Kind.INSIGHT, first.getId()), state().selectionProperty().get());
        robot.push(KeyCode.F7);
        waitUntil(() -> cards(shown()).size() == 1 && Objects.equals(cards(shown()).get(0).item(),
                new AudienceItem(AudienceItem.Kind.INSIGHT, first.getId())));
        assertTrue(cards(shown()).get(0).size() >= 40, "a spotlit point is large");
        robot.push(KeyCode.F7);
        waitUntil(() -> cards(shown()).size() > 1);

        robot.interact(() -> screens.pullOut(FakeDisplays.PROJECTOR));
        waitUntil(() -> !room().showingProperty().get());
        assertTrue(console.isShowing(), "the console never disappears");
        assertNull(room().stage());
    }

    @Test
    void oneScreenCoversTheConsoleEscBringsItBackAndAProjectorPluggedInTakesTheRoomWindow(FxRobot robot) {
        waitUntil(() -> fixture.shell.window() != null && robot.lookup("#agenda").tryQuery().isPresent());
        robot.interact(() -> screens.pullOut(FakeDisplays.PROJECTOR));
        robot.push(KeyCode.F5);
        waitUntil(() -> room().showingProperty().get() && shown() != null);
        assertNull(room().audienceScreen(), "one screen: the room's window covers the console");
        assertTrue(room().stage().isFullScreen());

        robot.interact(() -> screens.plugIn(FakeDisplays.PROJECTOR));
        waitUntil(() -> FakeDisplays.PROJECTOR.equals(room().audienceScreen()));
        assertTrue(room().showingProperty().get());

        robot.interact(() -> screens.pullOut(FakeDisplays.PROJECTOR));
        waitUntil(() -> !room().showingProperty().get());
        robot.push(KeyCode.F5);
        waitUntil(() -> room().showingProperty().get());
        robot.interact(() -> Event.fireEvent(room().stage().getScene().getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED,
                "", "", KeyCode.ESCAPE, false, false, false, false)));
        waitUntil(() -> !room().showingProperty().get());
        assertTrue(console.isShowing());
        assertNotNull(fixture.shell.window());
    }
}
