package nl.labtafel.ui.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.labtafel.model.Insight;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.inventory.BoardTestSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxAssert;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Clustering by hand and dot voting, driven with mouse and keyboard as a facilitator would. */
@ExtendWith(ApplicationExtension.class)
class ThemesWorkspaceTest {
    private Session session;
    private SessionContext context;

    @Start
    void start(Stage stage) {
        // Windows other test classes left open would sit under the mouse during the drag (Monocle has one screen).
        new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(Window::hide);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = BoardTestSessions.threeGroups();
        session.getHeader().setParticipantCount(10);
        String[] texts = {"Taalcafé", "Taalcoach op het werk", "Taallessen bij de werkgever", "Taalmaatje",
            "Handhaving kamerverhuur", "Short-stay locatie"};
        for (int i = 0; i < texts.length; i++) {
            session.getNotes().add(new Note("n" + i, texts[i], session.getActorGroups().get(i % 3).getId()));
        }
        session.getInsights().getOpportunities().add(new Insight("i1", "Werkgevers willen meedoen"));
        session.getInsights().getChallenges().add(new Insight("i2", "Draagvlak bij inwoners"));
        context = BoardTestSessions.context(session);
        ThemesWorkspace workspace = new ThemesWorkspace(context);
        stage.setScene(new Scene((Parent) workspace.view(), 1280, 720));
        stage.show();
        workspace.activate();
    }

    @Test
    void makeAThemeFromThreeNotesDragAFourthInRenameAndUndo(FxRobot robot) {
        robot.clickOn("Taalcafé");
        robot.press(KeyCode.CONTROL).clickOn("Taalcoach op het werk").clickOn("Taallessen bij de werkgever")
                .release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, session.getThemes().size());
        Theme theme = session.getThemes().get(0);
        assertEquals(List.of("n0", "n1", "n2"), ids(session.notesOfTheme(theme.getId())));

        // The new theme's name is open for typing straight away.
        robot.eraseText(1).write("Taal").type(KeyCode.ENTER);
        assertEquals("Taal", theme.getName());
        assertEquals("Thema hernoemen", context.commands().undoNameProperty().get());

        robot.drag("Taalmaatje").dropTo(column("Taal"));
        assertEquals(4, session.notesOfTheme(theme.getId()).size(), "the dragged note is in the theme");
        assertTrue(labels(robot).contains("4"), "the column counts its notes");

        robot.interact(() -> context.commands().undo());
        assertEquals(3, session.notesOfTheme(session.getThemes().get(0).getId()).size());
        robot.interact(() -> context.commands().undo());
        assertEquals("Thema 1", session.getThemes().get(0).getName());
        robot.interact(() -> context.commands().undo());
        assertTrue(session.getThemes().isEmpty());
        assertTrue(session.getNotes().stream().allMatch(n -> n.getThemeId() == null), "no note was lost");
    }

    @Test
    void dotsAreRecordedWithKeysAndTheTopThemesChosen(FxRobot robot) {
        robot.interact(() -> {
            var model = new ThemesViewModel(context);
            model.makeTheme(List.of("n0", "n1"));
            model.makeTheme(List.of("n4"));
            model.makeTheme(List.of("n5"));
        });
        String housing = session.getThemes().get(1).getId();
        robot.clickOn("Handhaving kamerverhuur");
        robot.write("+++");
        assertEquals(3, session.theme(housing).orElseThrow().getVotes());
        robot.write("-");
        assertEquals(2, session.theme(housing).orElseThrow().getVotes());
        robot.clickOn("Short-stay locatie").write("+");
        assertTrue(labels(robot).contains("Nog 27 stippen over (3 per deelnemer)"), labels(robot).toString());

        robot.clickOn(".decrement-arrow-button");
        robot.clickOn("Kies voor onderzoeksteams");
        assertEquals(List.of(housing, session.getThemes().get(2).getId()),
                session.chosenThemes().stream().map(Theme::getId).toList());
        assertEquals(2, session.getTeams().size(), "each chosen theme gets a research team");
        assertEquals("Top-thema's kiezen", context.commands().undoNameProperty().get());
    }

    /**
     * Issue 13: an insight starts a theme from the keyboard, another joins by drag, Alt+arrow walks one along,
     * both stay in their lists, the column shows them with their list's icon, and undo takes it all back.
     */
    @Test
    void insightsStartAndJoinThemesAndStayInTheirLists(FxRobot robot) {
        robot.clickOn("Werkgevers willen meedoen");
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, session.getThemes().size());
        Theme theme = session.getThemes().get(0);
        assertEquals(List.of("i1"), theme.getInsightIds());
        assertEquals("Thema uit inzicht maken", context.commands().undoNameProperty().get());
        robot.eraseText(1).write("Meedoen").type(KeyCode.ENTER);

        Node chip = robot.lookup(".theme-insight").query();
        assertTrue(chip.isVisible() && ((Label) chip).getText().equals("Werkgevers willen meedoen"),
                "the theme's column shows the insight");
        assertTrue(((Label) chip).getGraphic() != null, "marked with its list's icon");
        assertTrue(robot.lookup("#themes-insights").queryListView().getItems().size() == 2,
                "both insights are still in the panel");

        robot.drag("Draagvlak bij inwoners").dropTo(column("Meedoen"));
        assertEquals(List.of("i1", "i2"), session.theme(theme.getId()).orElseThrow().getInsightIds());
        assertEquals(1, session.getInsights().getChallenges().size(), "the insight stays in its list");

        // Keyboard only: the chip in the column, Alt+Left takes it out of the theme (before the first theme: none).
        robot.clickOn(".theme-insight");
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertEquals(List.of("i2"), session.getThemes().get(0).getInsightIds());
        assertEquals("Inzicht uit thema", context.commands().undoNameProperty().get());

        robot.interact(() -> context.commands().undo());
        robot.interact(() -> context.commands().undo());
        assertEquals(List.of("i1"), session.getThemes().get(0).getInsightIds());
        robot.interact(() -> context.commands().undo());
        robot.interact(() -> context.commands().undo());
        assertTrue(session.getThemes().isEmpty());
        assertEquals(2, session.getInsights().size(), "no insight was lost");
    }

    @Test
    void theShortcutSheetListsTheInsightKeys() {
        List<String> keys = new ThemesWorkspace(context).shortcuts().stream().map(s -> s.textKey()).toList();
        assertTrue(keys.containsAll(List.of("themes.key.insightMake", "themes.key.insightMove",
                "themes.key.insightLeave")), keys.toString());
    }

    private static Node column(String name) {
        return FxAssert.assertContext().getNodeFinder().lookup(".theme-column")
                .match(n -> ((ThemeColumn) n).themeId() != null).queryAll().stream()
                .filter(n -> ((Label) n.lookup(".theme-name")).getText().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> labels(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static List<String> ids(List<Note> notes) {
        return notes.stream().map(Note::getId).toList();
    }
}
