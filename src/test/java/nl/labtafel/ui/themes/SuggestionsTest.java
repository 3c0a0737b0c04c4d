package nl.labtafel.ui.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import nl.labtafel.testing.Fx;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.inventory.BoardTestSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Suggest themes" on the seed's post-its: proposals beside the columns, accepted in one undoable step. */
@ExtendWith(ApplicationExtension.class)
class SuggestionsTest {
    private Session session;
    private SessionContext context;
    private Theme manual;
    private List<String> manualNotes;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path project = Path.of(System.getProperty("labtafel.projectDir", "."));
        session = new SessionStore().load(project.resolve("sessions/arbeidsmigranten-lab-2018-04-24.json"));
        session.getTeams().clear();
        session.getActions().clear();
        manual = session.getThemes().get(2);
        manual.setChosen(false);
        session.getThemes().retainAll(List.of(manual));
        session.getNotes().forEach(n -> {
            if (!manual.getId().equals(n.getThemeId())) {
                n.setThemeId(null);
            }
        });
        manualNotes = session.notesOfTheme(manual.getId()).stream().map(Note::getId).toList();
        context = BoardTestSessions.context(session);
        ThemesWorkspace workspace = new ThemesWorkspace(context);
        stage.setScene(new Scene((Parent) workspace.view(), 1280, 720));
        stage.show();
    }

    private static void waitUntil(BooleanSupplier condition) {
        Fx.waitUntil(20, condition);
    }

    @Test
    void proposalsAreAcceptedAsOneStepAndLeaveManualThemesAlone(FxRobot robot) {
        robot.clickOn("Thema's voorstellen");
        // With a theme of the room's own, the leftovers come first; new themes on "Opnieuw voorstellen".
        waitUntil(() -> robot.lookup((Label l) -> l.getText().contains("bij een thema van jullie")).tryQuery()
                .isPresent());
        robot.clickOn("Opnieuw voorstellen");
        waitUntil(() -> robot.lookup((Label l) -> l.getText().contains("voorstellen \u00B7")).tryQuery().isPresent());
        robot.clickOn("Aangevinkte overnemen");
        waitUntil(() -> session.getThemes().size() > 1);
        assertTrue(Fx.read(() -> session.getThemes().size()) >= 3, "at least two suggested themes besides the manual one");
        assertEquals(manualNotes, Fx.read(() -> session.notesOfTheme(manual.getId()).stream().map(Note::getId).toList()),
                "the manual theme kept exactly its notes");
        assertEquals("Voorgestelde thema's overnemen", Fx.read(() -> context.commands().undoNameProperty().get()));
        robot.interact(() -> context.commands().undo());
        assertEquals(List.of(manual.getId()), Fx.read(() -> session.getThemes().stream().map(Theme::getId).toList()));
        assertTrue(Fx.read(() -> session.getNotes().stream().filter(n -> !manualNotes.contains(n.getId()))
                .allMatch(n -> n.getThemeId() == null)), "undo returns every note to where it was");
    }

    @Test
    void leftoversGoIntoTheRoomsThemeAllAtOnceAsOneStep(FxRobot robot) {
        robot.clickOn("Thema's voorstellen");
        waitUntil(() -> robot.lookup((Button b) -> b.getText().startsWith("Alle ")).tryQuery().isPresent());
        List<String> loose = Fx.read(() -> session.getNotes().stream().filter(n -> n.getThemeId() == null)
                .map(Note::getId).toList());
        robot.clickOn((Button b) -> b.getText().startsWith("Alle "));
        waitUntil(() -> session.notesOfTheme(manual.getId()).size() > manualNotes.size());
        assertEquals("Post-its bij passende thema's", Fx.read(() -> context.commands().undoNameProperty().get()));
        robot.interact(() -> context.commands().undo());
        assertEquals(manualNotes, Fx.read(() -> session.notesOfTheme(manual.getId()).stream().map(Note::getId)
                .toList()));
        assertTrue(Fx.read(() -> loose.stream().allMatch(id -> session.note(id).orElseThrow().getThemeId() == null)),
                "one undo returns every placed note");
    }

    @Test
    void oneLeftoverIsAcceptedOnItsOwn(FxRobot robot) {
        robot.clickOn("Thema's voorstellen");
        waitUntil(() -> robot.lookup("Overnemen").tryQuery().isPresent());
        robot.clickOn("Overnemen");
        waitUntil(() -> session.notesOfTheme(manual.getId()).size() == manualNotes.size() + 1);
        assertEquals("Post-it bij passend thema", Fx.read(() -> context.commands().undoNameProperty().get()));
    }

    @Test
    void aRunningSuggestionIsStoppedAndShowsNothing(FxRobot robot) throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        context.background().run(() -> busy.await(20, TimeUnit.SECONDS), r -> { }, e -> { });
        robot.clickOn("Thema's voorstellen");
        waitUntil(() -> robot.lookup("Stoppen").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("Stoppen");
        busy.countDown();
        waitUntil(() -> robot.lookup((Label l) -> l.getText().startsWith("Gestopt")).tryQuery().isPresent());
        Thread.sleep(500);
        assertTrue(Fx.read(() -> robot.lookup((Label l) -> l.getText().startsWith("Gestopt")).tryQuery().isPresent()),
                "the stopped run does not come back with results");
        assertTrue(Fx.read(() -> robot.lookup("Overnemen").tryQuery().isEmpty()));
        assertTrue(Fx.read(() -> robot.lookup("Stoppen").tryQuery().map(n -> !n.isVisible()).orElse(true)));
    }

    @Test
    void countsReadRightForOne() {
        assertTrue(context.messages().format("suggest.found", 1L).startsWith("1 voorstel \u00B7"));
        assertTrue(context.messages().format("suggest.found", 3L).startsWith("3 voorstellen \u00B7"));
    }
}
