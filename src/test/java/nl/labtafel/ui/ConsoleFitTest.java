package nl.labtafel.ui;

import static nl.labtafel.ui.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The console at a laptop's 1280x720 with the example evening (issue 12): keys arrive, the room's work fits. */
@ExtendWith(ApplicationExtension.class)
class ConsoleFitTest {
    private ShellFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ShellFixture();
        Path project = Path.of(System.getProperty("labtafel.projectDir", "."));
        Path session = fixture.paths.sessions().resolve("lab.json");
        // One group name longer than a column in any font, so its title must break inside the word.
        Files.writeString(session, Files.readString(project.resolve("sessions/arbeidsmigranten-lab-2018-04-24.json"))
                .replace("\"nl\" : \"Huisvesters\"", "\"nl\" : \"Woningcorporatiesverhuurders\""));
        fixture.start(stage, List.of(session.toString()));
        this.stage = stage;
    }

    private Stage stage;

    /** The example evening open at a laptop's size. */
    private void opened(FxRobot robot) {
        waitUntil(() -> robot.lookup("#agenda").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
    }

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
    }

    private static String phaseTitle(FxRobot robot) {
        return robot.lookup("#phase-title").queryAs(Labeled.class).getText();
    }

    /** Typing right after entering the research-teams phase lands in the canvas's capture bar, not nowhere. */
    @Test
    void keysTypedRightAfterEnteringTheTeamsPhaseArrive(FxRobot robot) {
        opened(robot);
        robot.clickOn("#phase-intro");
        waitUntil(() -> "Introductie".equals(phaseTitle(robot)));
        for (int i = 0; i < 4; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        }
        assertEquals("Onderzoeksteams", phaseTitle(robot));
        robot.write("proef");
        waitUntil(() -> robot.lookup(".text-field").match(n -> n.isVisible() && n.getScene() != null
                && n instanceof TextInputControl t && "proef".equals(t.getText())).tryQuery().isPresent());
        assertTrue(robot.lookup(".text-field").match(n -> n instanceof TextInputControl t && t.isFocused()
                && "proef".equals(t.getText())).tryQuery().isPresent(), "the focused capture field holds the typed text");
    }

    /** Ctrl+I folds the insights beside the theme columns away, the columns get their width, and back. */
    @Test
    void theInsightsPanelFoldsAwayAndTheThemeColumnsGetTheRoom(FxRobot robot) {
        opened(robot);
        robot.clickOn("#phase-themes");
        waitUntil(() -> robot.lookup(".theme-insights").tryQuery().isPresent());
        javafx.scene.control.ScrollPane columns = robot.lookup(".scroll-pane").queryAllAs(javafx.scene.control.ScrollPane.class).stream()
                .filter(p -> p.getContent() != null && p.getContent().getStyleClass().contains("theme-columns"))
                .findFirst().orElseThrow();
        double before = columns.getWidth();
        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitUntil(() -> robot.lookup(".theme-insights").tryQuery().isEmpty());
        waitUntil(() -> columns.getWidth() > before + 200);
        // The four columns (loose notes and three themes) share the freed width instead of leaving it empty.
        javafx.scene.layout.Region row = (javafx.scene.layout.Region) columns.getContent();
        waitUntil(() -> row.getChildrenUnmodifiable().stream().mapToDouble(n -> n.getBoundsInParent().getMaxX())
                .max().orElse(0) > columns.getViewportBounds().getWidth() - 40);
        assertTrue(robot.lookup("#themes-insights-toggle").queryAs(javafx.scene.control.ToggleButton.class)
                .getText().equals("Inzichten tonen"));
        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitUntil(() -> robot.lookup(".theme-insights").tryQuery().isPresent());
        waitUntil(() -> Math.abs(columns.getWidth() - before) < 1);
    }

    /** A theme made before it holds post-its (a room naming its themes first) shows its drop hint whole. */
    @Test
    void anEmptyThemeShowsItsDropHintWhole(FxRobot robot) {
        opened(robot);
        robot.clickOn("#phase-themes");
        waitUntil(() -> robot.lookup(".theme-insights").tryQuery().isPresent());
        robot.clickOn("Thema maken");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".label").match(n -> n instanceof Labeled l
                && "Sleep post-its hierheen".equals(l.getText()) && n.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Labeled hint = robot.lookup(".label").match(n -> n instanceof Labeled l
                && "Sleep post-its hierheen".equals(l.getText())).queryAs(Labeled.class);
        javafx.scene.text.Text shown = (javafx.scene.text.Text) hint.lookup(".text");
        assertEquals("Sleep post-its hierheen", shown.getText().replace("\n", " "),
                "the hint wraps in its column instead of ending in an ellipsis");
    }

    /** The board's group titles break as the room's screen does: each line a whole word or ending in a hyphen. */
    @Test
    void groupTitlesOnTheBoardNeverBreakMidWordWithoutAHyphen(FxRobot robot) {
        opened(robot);
        robot.clickOn("#phase-inventory");
        waitUntil(() -> robot.lookup(".column-header").tryQuery().isPresent());
        var titles = robot.lookup(".column-header").queryAllAs(Labeled.class);
        assertEquals(6, titles.size());
        List<String> names = List.of("Inwoners", "Arbeidsmigranten", "Ondernemers", "Maatschappelijke organisaties",
                "Woningcorporatiesverhuurders", "Gemeente");
        for (Labeled title : titles) {
            String text = title.getText();
            assertTrue(names.contains(text.replace("-\n", "").replace("\n", " ")), "the whole name, broken: " + text);
            javafx.scene.text.Text shown = (javafx.scene.text.Text) title.lookup(".text");
            javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
            probe.setFont(title.getFont());
            assertTrue(shown.getLayoutBounds().getHeight() <= probe.getLayoutBounds().getHeight() + 0.5,
                    "the label adds no line breaks of its own (mid-word) to " + text);
            assertTrue(!shown.getText().contains("\u2026"), "no ellipsis: " + shown.getText());
        }
        Labeled housing = titles.stream().filter(t -> t.getText().startsWith("Woning")).findFirst().orElseThrow();
        assertTrue(housing.getText().contains("-\n"), "the long name is hyphenated: " + housing.getText());
    }

    /** F1's sheet closes with a button in the interface's language (it said "Close" on a Dutch console). */
    @Test
    void theShortcutSheetClosesInTheInterfaceLanguage(FxRobot robot) {
        opened(robot);
        robot.clickOn("#phase-intro");
        robot.push(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcut-sheet").tryQuery().isPresent());
        javafx.scene.Node node = robot.lookup("#shortcut-sheet").query();
        while (!(node instanceof javafx.scene.control.DialogPane)) {
            node = node.getParent();
        }
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) node;
        List<String> buttons = pane.getButtonTypes().stream()
                .map(t -> ((javafx.scene.control.Button) pane.lookupButton(t)).getText()).toList();
        assertEquals(List.of("Sluiten"), buttons);
        // Pressed through the button itself: a robot click on the text "Sluiten" missed the dialog's window now
        // and then under Monocle (the sheet opens centred over a window that is still being placed).
        javafx.scene.control.Button close = (javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(0));
        robot.interact(close::fire);
        waitUntil(() -> pane.getScene() == null || !pane.getScene().getWindow().isShowing());
    }

    /** The room panel's start/stop button works by mouse (a toggle bound to "running" threw on every click). */
    @Test
    void theRoomPanelsButtonStopsAndStartsTheRoomByClick(FxRobot robot) {
        opened(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        waitUntil(() -> robot.lookup("#room-toggle").tryQuery().isPresent());
        javafx.scene.control.ButtonBase toggle = robot.lookup("#room-toggle").queryAs(javafx.scene.control.ButtonBase.class);
        waitUntil(() -> !toggle.isDisabled());
        String before = toggle.getText();
        // Pressed as a click does (fire), not by a robot click on its place: the panel opening moves the button
        // while the workspace narrows, and under load the robot's click now and then missed it. The bug this
        // guards (a toggle bound to "running" threw on every press) throws on fire() just the same.
        robot.interact(toggle::fire);
        waitUntil(() -> !toggle.isDisabled() && !toggle.getText().equals(before));
        assertTrue(robot.lookup("#crash-dialog").tryQuery().isEmpty(), "no failure dialog");
        robot.interact(toggle::fire);
        waitUntil(() -> !toggle.isDisabled() && toggle.getText().equals(before));
    }

    /**
     * The follow-up's action table at 1280x720: every column on screen (none runs off the right edge), "Wat" the
     * widest, and the action's whole text shown, wrapped, not "Gemeente orga…" (an organiser reads it before the
     * minutes go out).
     */
    @Test
    void theActionTableShowsEveryColumnAndTheWholeTextOfEachAction(FxRobot robot) {
        opened(robot);
        robot.clickOn("#phase-followup");
        waitUntil(() -> robot.lookup(".table-view").tryQuery().isPresent());
        robot.sleep(300);
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<nl.labtafel.model.ActionItem> table =
                robot.lookup(".table-view").queryAs(javafx.scene.control.TableView.class);
        double used = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        double inner = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        assertTrue(used <= inner, "columns " + used + " px in a table of " + inner + " px: " + table.getVisibleLeafColumns().stream().map(c -> c.getText() + ":" + c.getMinWidth() + "/" + c.getWidth()).toList());
        var columns = table.getVisibleLeafColumns();
        var what = columns.get(1);
        for (var c : columns) {
            assertTrue(c == what || c.getWidth() < what.getWidth(), c.getText() + " is as wide as Wat: "
                    + columns.stream().map(x -> x.getText() + "=" + Math.round(x.getWidth())).toList());
        }
        String action = table.getItems().get(0).getWhat();
        assertTrue(action.length() > 60, "the example's first action is a long one");
        var shown = robot.lookup(".lt-cell-text").queryAllAs(javafx.scene.text.Text.class).stream()
                .map(javafx.scene.text.Text::getText).toList();
        assertTrue(shown.contains(action), "the whole action text is shown: " + shown);
        assertTrue(robot.lookup(".table-row-cell .text").queryAllAs(javafx.scene.text.Text.class).stream()
                .noneMatch(t -> t.getText() != null && t.getText().endsWith("\u2026")), "no cell ends in an ellipsis");
    }

    /**
     * At 1280x720 the action table, not the narrative above it, gets the height: the example's longest action (ten
     * lines at that width) is whole in the table's view without scrolling. The narrative kept its five rows and left
     * the table less than that one action (a row of 210 px in a body of 187).
     */
    @Test
    void theActionTableShowsALongActionWholeAtALaptopsSize(FxRobot robot) {
        opened(robot);
        robot.interact(() -> stage.setHeight(680)); // the window a 1280x720 screen gives the app under its panel
        robot.clickOn("#phase-followup");
        waitUntil(() -> robot.lookup(".table-row-cell").tryQuery().isPresent());
        robot.sleep(500);
        WaitForAsyncUtils.waitForFxEvents(); // a row measured again after its text wrapped (WrappingTextCell)
        javafx.scene.control.TableView<?> table = robot.lookup(".table-view").queryAs(javafx.scene.control.TableView.class);
        double body = table.getHeight() - table.lookup(".column-header-background").getBoundsInParent().getHeight();
        double tallest = robot.lookup(".table-row-cell").queryAll().stream()
                .filter(r -> ((javafx.scene.control.TableRow<?>) r).getItem() != null)
                .mapToDouble(r -> r.getBoundsInLocal().getHeight()).max().orElse(0);
        double narrative = robot.lookup("#follow-up").queryAs(javafx.scene.control.TextArea.class).getHeight();
        // At 110 % text and more that action is taller than the table can be under the narrative's two and a half
        // rows, the capture bar and its hint at this height: it scrolls (every line inside its cell, test below).
        assertTrue(tallest > 0 && tallest <= body, "the tallest action row " + Math.round(tallest)
                + " px in a table body of " + Math.round(body) + " px (narrative " + Math.round(narrative) + " px)");
    }

    /**
     * Every line of every action can be read at the laptop sizes, also after the window changed size with the table
     * on screen (the window system sizes a new window more than once): each wrapped cell text lies inside its cell,
     * top and bottom. The first action's ten lines were centred in a row measured for nine, its first and last line
     * cut off, at 1280x720.
     */
    @Test
    void everyLineOfEveryActionLiesInsideItsCell(FxRobot robot) {
        waitUntil(() -> robot.lookup("#agenda").tryQuery().isPresent());
        robot.clickOn("#phase-followup");
        waitUntil(() -> robot.lookup(".table-view").tryQuery().isPresent());
        List<String> cut = new java.util.ArrayList<>();
        // The four screens, with the window the app opens on each (its free area less 40 px), in an order that
        // makes the "Wat" column both wider and narrower between steps.
        int[][] sizes = {{1280, 720}, {1024, 768}, {1280, 680}, {1024, 728}, {1280, 720}, {1180, 700}, {1024, 768}};
        for (int[] size : sizes) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            robot.sleep(200);
            WaitForAsyncUtils.waitForFxEvents();
            cut.addAll(cutCellTexts(robot, size[0] + "x" + size[1]));
        }
        // The organiser narrows "Wat" by hand (a dragged column border does the same): the row grows with its text.
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<nl.labtafel.model.ActionItem> table =
                robot.lookup(".table-view").queryAs(javafx.scene.control.TableView.class);
        for (double step : new double[] {-40, 60, -30}) {
            robot.interact(() -> table.resizeColumn(table.getVisibleLeafColumns().get(1), step));
            robot.sleep(200);
            WaitForAsyncUtils.waitForFxEvents();
            cut.addAll(cutCellTexts(robot, "1024x768, Wat " + Math.round(table.getVisibleLeafColumns().get(1).getWidth())));
        }
        assertTrue(cut.isEmpty(), "action text cut off: " + cut);
    }

    /** The wrapped cell texts of the action table that do not lie wholly inside their cells. */
    private static List<String> cutCellTexts(FxRobot robot, String size) {
        List<String> cut = new java.util.ArrayList<>();
        ShellFixture.onFx(() -> {
            for (javafx.scene.text.Text text : robot.lookup(".lt-cell-text").queryAllAs(javafx.scene.text.Text.class)) {
                if (text.getScene() == null || !text.isVisible() || text.getText() == null || text.getText().isEmpty()) {
                    continue;
                }
                javafx.scene.Node cell = text.getParent();
                while (cell != null && !(cell instanceof javafx.scene.control.TableCell<?, ?>)) {
                    cell = cell.getParent();
                }
                if (!(cell instanceof javafx.scene.control.TableCell<?, ?> c) || c.isEmpty() || !c.isVisible()
                        || c.getTableRow() == null || !c.getTableRow().isVisible()) {
                    continue;
                }
                javafx.geometry.Bounds in = c.sceneToLocal(text.localToScene(text.getBoundsInLocal()));
                if (in.getMinY() < -0.5 || in.getMaxY() > c.getHeight() + 0.5 || in.getMinX() < -0.5
                        || in.getMaxX() > c.getWidth() + 0.5) {
                    cut.add(size + ": '" + text.getText().substring(0, Math.min(20, text.getText().length()))
                            + "…' at y " + Math.round(in.getMinY()) + ".." + Math.round(in.getMaxY()) + ", x "
                            + Math.round(in.getMinX()) + ".." + Math.round(in.getMaxX()) + " in a cell of "
                            + Math.round(c.getWidth()) + "x" + Math.round(c.getHeight()));
                }
            }
            return true;
        });
        return cut;
    }

    /** Ctrl+Shift+A folds the agenda to its phase numbers: the workspace gets the width; again, and it is back. */
    @Test
    void theAgendaFoldsToItsNumbersAndTheWorkspaceGetsTheWidth(FxRobot robot) {
        opened(robot);
        robot.clickOn("#phase-intro");
        javafx.scene.layout.Region agenda = robot.lookup("#agenda").queryAs(javafx.scene.layout.Region.class);
        double before = agenda.getWidth();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        waitUntil(() -> agenda.getWidth() < before / 2);
        List<String> names = robot.lookup("#agenda .label").queryAllAs(Labeled.class).stream()
                .filter(javafx.scene.Node::isVisible).map(Labeled::getText).toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), names);
        robot.clickOn("#phase-themes");
        assertEquals("Thema's", phaseTitle(robot), "a folded phase is still a click away");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        waitUntil(() -> Math.abs(agenda.getWidth() - before) < 1);
        assertTrue(robot.lookup("#agenda .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText().equals("4. Thema's")));
    }
}
