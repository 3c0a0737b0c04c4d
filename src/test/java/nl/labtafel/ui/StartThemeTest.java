package nl.labtafel.ui;

import static nl.labtafel.ui.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.labtafel.io.RecoveryFiles;
import nl.labtafel.io.SessionStore;
import nl.labtafel.io.TemplateStore;
import nl.labtafel.model.Session;
import nl.labtafel.ui.look.Look;
import nl.labtafel.ui.look.Stylesheets;
import nl.labtafel.ui.look.ThemeSubset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start screen reads only its share of the AtlantaFX theme (issue 18): it must look exactly as with
 * the whole theme, every class it uses must be in the share, and whatever opens next gets the whole theme.
 */
@ExtendWith(ApplicationExtension.class)
class StartThemeTest {
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

    /** The start screen as a facilitator first sees it, lists in, with an autosave to restore. */
    private void launch(FxRobot robot) throws Exception {
        Path file = fixture.paths.sessions().resolve("avond.json");
        Session session = new TemplateStore().newSession(fixture.paths.defaultTemplate(), "Avond",
                LocalDate.of(2026, 5, 12));
        new SessionStore().save(session, file);
        Path recovery = RecoveryFiles.recoveryOf(file);
        Files.write(recovery, new SessionStore().serialize(session));
        Files.setLastModifiedTime(recovery, FileTime.from(Instant.now().plusSeconds(60))); // newer: offered
        robot.interact(() -> fixture.start(stage, List.of()));
        waitUntil(() -> stage.getScene().lookup("#new-template") instanceof ChoiceBox<?> c && c.getValue() != null
                && stage.getScene().lookup("#recoveries") instanceof Parent r && !r.getChildrenUnmodifiable().isEmpty());
    }

    @Test
    void theStartScreenReadsOnlyItsShareOfTheThemeAndLooksTheSameAsWithTheWholeTheme(FxRobot robot)
            throws Exception {
        launch(robot);
        for (Look look : Look.values()) {
            robot.interact(() -> fixture.shell.setTheme(look));
            WaitForAsyncUtils.waitForFxEvents();
            int[] differing = WaitForAsyncUtils.asyncFx(() -> {
                assertEquals(look.startUserAgentStylesheet(), Application.getUserAgentStylesheet());
                assertTrue(look.startUserAgentStylesheet().contains("start-primer-"),
                        "the build made the share (process-classes): " + look.startUserAgentStylesheet());
                // One FX task, no pulse between the two pictures: the caret cannot blink in between.
                WritableImage share = stage.getScene().snapshot(null);
                Stylesheets.wholeTheme();
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                WritableImage whole = stage.getScene().snapshot(null);
                assertEquals(look.userAgentStylesheet(), Application.getUserAgentStylesheet());
                int[] result = compare(share, whole);
                Application.setUserAgentStylesheet(look.startUserAgentStylesheet()); // the next look starts alike
                return result;
            }).get(20, TimeUnit.SECONDS);
            assertEquals(0, differing[0], look + ": pixels that differ between the share and the whole theme, first at ("
                    + differing[1] + ", " + differing[2] + ")");
        }
    }

    private static int[] compare(WritableImage a, WritableImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int[] result = {0, -1, -1};
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y) && result[0]++ == 0) {
                    result[1] = x;
                    result[2] = y;
                }
            }
        }
        return result;
    }

    @Test
    void everyStyleClassOfTheStartScreenAndItsPopupsIsInTheShare(FxRobot robot) throws Exception {
        launch(robot);
        Set<String> used = new TreeSet<>();
        robot.interact(() -> collect(used));
        // The template, language and look choices (ChoiceBoxes) and the date picker, each with its pop-up open.
        List<Node> boxes = robot.lookup(n -> n instanceof ComboBoxBase<?> || n instanceof ChoiceBox<?>).queryAll()
                .stream().toList();
        assertTrue(boxes.size() >= 4, "template, date, language and look choices: " + boxes.size());
        for (Node box : boxes) {
            robot.interact(() -> show(box, true));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> collect(used));
            robot.interact(() -> show(box, false));
        }
        robot.interact(() -> { // a right click, as the text field's behaviour hears it
            Node title = stage.getScene().lookup("#new-title");
            javafx.geometry.Point2D at = title.localToScreen(10, 10);
            title.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, at.getX(),
                    at.getY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> collect(used));
        robot.type(KeyCode.ESCAPE);
        robot.moveTo(stage.getScene().lookup("#sessions-folder")); // its tooltip is made on the first hover
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Tooltip && w.isShowing()));
        robot.interact(() -> collect(used));
        assertTrue(used.containsAll(Set.of("context-menu", "tooltip", "date-picker-popup", "choice-box")),
                "the pop-ups were open: " + used);
        used.removeIf(c -> c.startsWith("lt-") || c.equals("labtafel")); // ours; the theme names none of them
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(ThemeSubset.START_SCREEN);
        assertTrue(missing.isEmpty(), "style classes on the start screen that ThemeSubset.START_SCREEN lacks "
                + "(add them, or the start screen misses the theme's rules for them): " + missing);
    }

    private static void show(Node box, boolean open) {
        if (box instanceof ComboBoxBase<?> c) {
            if (open) {
                c.show();
            } else {
                c.hide();
            }
        } else if (box instanceof ChoiceBox<?> c) {
            if (open) {
                c.show();
            } else {
                c.hide();
            }
        }
    }

    private static void collect(Set<String> into) {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null) {
                collect(window.getScene().getRoot(), into);
            }
        }
    }

    private static void collect(Node node, Set<String> into) {
        into.addAll(node.getStyleClass());
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    @Test
    void aDialogFromTheStartScreenAndTheSessionWindowGetTheWholeTheme(FxRobot robot) throws Exception {
        launch(robot);
        robot.clickOn("#getting-started-button");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane help = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals(Look.LIGHT.userAgentStylesheet(), Application.getUserAgentStylesheet());
        // The dialog pane's background comes only from the whole theme (no rule of the share names it).
        assertTrue(!ThemeSubset.START_SCREEN.contains("dialog-pane"));
        assertNotNull(help.getBackground(), "the help dialog is themed");
        robot.interact(() -> help.getScene().getWindow().hide());

        robot.interact(() -> Application.setUserAgentStylesheet(Look.LIGHT.startUserAgentStylesheet()));
        robot.clickOn("#new-title").write("Avond in de wijk");
        robot.clickOn("#new-create");
        waitUntil(() -> fixture.shell.window() != null && stage.getScene().lookup("#start-screen") == null);
        assertEquals(Look.LIGHT.userAgentStylesheet(), Application.getUserAgentStylesheet());
        Region themedOnlyWhole = robot.lookup(n -> n instanceof Region r && r.isVisible()
                && r.getStyleClass().stream().anyMatch(c -> Set.of("tab-pane", "tool-bar", "split-pane",
                "menu-button", "toggle-button").contains(c))).queryAs(Region.class);
        assertNotNull(themedOnlyWhole, "a control the share does not style");
        assertTrue(themedOnlyWhole.getBorder() != null || themedOnlyWhole.getBackground() != null,
                themedOnlyWhole.getStyleClass() + " is themed in the session window");
    }
}
