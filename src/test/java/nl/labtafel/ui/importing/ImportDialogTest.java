package nl.labtafel.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.labtafel.AppPaths;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.SessionContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import preview: nothing added until confirmed, bad rows by line, the whole import one undo step. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    private static final Path PROJECT = Path.of(System.getProperty("labtafel.projectDir", "."));
    private final BackgroundTasks background = new BackgroundTasks();
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.close();
    }

    @Test
    void previewThenImportAsOneUndoStep(FxRobot robot) throws Exception {
        Session session = new SessionStore().load(PROJECT.resolve("sessions/arbeidsmigranten-lab-2018-04-24.json"));
        int before = session.getNotes().size();
        SessionContext context = new SessionContext(session, null, Messages.forLanguage("nl"), background,
                new AppPaths(dir));
        Path csv = Files.writeString(dir.resolve("muur.csv"),
                "Tekst;Groep;Organisatie\nTaalcaf\u00e9;Inwoners;Bibliotheek\nKamers;Kerk;\nWerkgeversontbijt;3;\n");
        WaitForAsyncUtils.asyncFx(() -> ImportDialog.show(stage, context, csv)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#import-run").queryButton().getText().startsWith("2 post-its importeren"));
        WaitForAsyncUtils.waitForFxEvents();
        Button run = robot.lookup("#import-run").queryButton();
        assertEquals("2 post-its importeren (1 regel overgeslagen)", run.getText());
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#import-problems").queryAs(ListView.class);
        assertEquals("regel 3: onbekende actorgroep 'Kerk'", problems.getItems().get(0));
        assertEquals(before, session.getNotes().size(), "nothing added before confirming");

        robot.clickOn(run);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 2, session.getNotes().size());
        assertEquals("Taalcaf\u00e9", session.getNotes().get(before).getText());
        assertEquals("Bibliotheek", session.getNotes().get(before).getOrganisation());
        assertEquals("2 post-its importeren", context.commands().undoNameProperty().get());
        WaitForAsyncUtils.asyncFx(() -> context.commands().undo()).get(5, TimeUnit.SECONDS);
        assertEquals(before, session.getNotes().size(), "one undo takes the whole import back");
        assertTrue(robot.lookup("#import-run").tryQuery().isEmpty(), "the dialog closed");
    }
}
