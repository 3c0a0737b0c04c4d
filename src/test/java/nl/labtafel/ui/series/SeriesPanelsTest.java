package nl.labtafel.ui.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.labtafel.AppPaths;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.Session;
import nl.labtafel.series.FollowUpSessions;
import nl.labtafel.series.SeriesActions;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.look.Look;
import nl.labtafel.ui.look.Stylesheets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Sinds de vorige keer", "Herkomst" and the series overview on a real follow-up session. */
@ExtendWith(ApplicationExtension.class)
class SeriesPanelsTest {
    private static final Path PROJECT = Path.of(System.getProperty("labtafel.projectDir", "."));
    private final BackgroundTasks background = new BackgroundTasks();
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(Look.LIGHT.userAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 1000, 700));
        Stylesheets.apply(stage.getScene(), Look.LIGHT, 1.0);
        stage.show();
    }

    @AfterEach
    void stop() {
        background.close();
    }

    private SessionContext followUp(Path file) throws Exception {
        Path first = Files.copy(PROJECT.resolve("sessions/arbeidsmigranten-lab-2018-04-24.json"),
                dir.resolve("lab-1.json"));
        Session previous = new SessionStore().load(first);
        Session next = FollowUpSessions.continueFrom(previous, "lab-1.json", new Session());
        new SessionStore().save(next, file);
        return new SessionContext(next, file, Messages.forLanguage("nl"), background, new AppPaths(dir));
    }

    private <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    @Test
    void statusAndRemarkOfACarriedActionAreUndoableEditsTheOverviewSees(FxRobot robot) throws Exception {
        SessionContext context = followUp(dir.resolve("lab-2.json"));
        ActionItem carried = context.session().getActions().get(0);
        SinceLastTimePanel panel = fx(() -> {
            SinceLastTimePanel p = new SinceLastTimePanel(context);
            stage.getScene().setRoot(p);
            return p;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup((Label l) -> l.getText().startsWith("1. Gemeente organiseert vervolgbijeenkomst"))
                .tryQuery().isPresent());
        assertTrue(robot.lookup((Label l) -> l.getText().contains("Arbeidsmigranten LAB, 24-4-2018 \u00b7 actie 1"))
                .tryQuery().isPresent());
        assertTrue(robot.lookup("Mogelijk vervolg van vorige keer").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ChoiceBox<ActionStatus> status = robot.lookup("#since-status-" + carried.getId()).queryAs(ChoiceBox.class);
        fx(() -> {
            status.setValue(ActionStatus.DONE);
            return null;
        });
        assertEquals(ActionStatus.DONE, context.session().getActions().get(0).getStatus());
        TextField remark = robot.lookup("#since-remark-" + carried.getId()).queryAs(TextField.class);
        robot.clickOn(remark).write("Datumprikker is verstuurd").type(KeyCode.ENTER);
        assertEquals("Datumprikker is verstuurd", context.session().getActions().get(0).getRemark());
        assertEquals("opmerking bij meegenomen actiepunt", context.commands().undoNameProperty().get());

        fx(() -> {
            context.commands().undo();
            context.commands().undo();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ActionStatus.OPEN, context.session().getActions().get(0).getStatus());
        assertEquals(ActionStatus.OPEN, status.getValue(), "the panel follows undo");
        assertEquals("", remark.getText());
        fx(() -> {
            context.commands().redo();
            return null;
        });

        SeriesOverviewModel overview = new SeriesOverviewModel(context, LocalDate.of(2030, 1, 1));
        CountDownLatch loaded = new CountDownLatch(1);
        fx(() -> {
            overview.load(loaded::countDown);
            return null;
        });
        assertTrue(loaded.await(10, TimeUnit.SECONDS));
        List<SeriesActions.Row> rows = fx(() -> List.copyOf(overview.shown()));
        assertEquals(1, rows.size(), "the carried action once, not again as first agreed");
        assertEquals(ActionStatus.DONE, rows.get(0).status(), "the live, unsaved state of the open session");
        assertEquals("2 sessies \u00b7 1 van 1 actiepunten getoond \u00b7 niets te laat",
                fx(overview.summary::get));
        fx(() -> {
            overview.status.set(ActionStatus.OPEN);
            return null;
        });
        assertEquals(0, fx(() -> overview.shown().size()));
        assertTrue(panel.isVisible());
    }

    @Test
    void originShowsTrialTeamThemeAndPostItsOfTheSelectedAction(FxRobot robot) throws Exception {
        Session session = new SessionStore().load(PROJECT.resolve("sessions/arbeidsmigranten-lab-2018-04-24.json"));
        var team = session.getTeams().get(0);
        var trial = team.lane(CanvasLane.TRIALS).get(0);
        trial.getLinkedNoteIds().add(session.getNotes().get(0).getId());
        ActionItem action = new ActionItem("a-proef", trial.getText(), "Gemeente");
        action.setSourceNoteId(trial.getId());
        session.getActions().add(action);
        SessionContext context = new SessionContext(session, null, Messages.forLanguage("nl"), background,
                new AppPaths(dir));
        fx(() -> {
            stage.getScene().setRoot(new OriginPanel(context));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Kies een actiepunt in de lijst om te zien waar het vandaan komt.").tryQuery()
                .isPresent());
        fx(() -> {
            context.selectedActionProperty().set("a-proef");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        String theme = session.theme(team.getThemeId()).orElseThrow().getName();
        for (String text : List.of("Proef", trial.getText(), "Onderzoeksteam", theme, "Gekoppelde post-it")) {
            assertTrue(robot.lookup((Label l) -> l.getText().equals(text)).tryQuery().isPresent(), text);
        }
        assertTrue(robot.lookup((Label l) -> l.getText().startsWith("\u2022 " + session.getNotes().get(0).getText()))
                .tryQuery().isPresent());
    }
}
