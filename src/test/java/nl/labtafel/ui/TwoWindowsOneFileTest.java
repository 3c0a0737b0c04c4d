package nl.labtafel.ui;

import static nl.labtafel.ui.ShellFixture.onFx;
import static nl.labtafel.ui.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.labtafel.io.RecoveryFiles;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Language;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.UiSettings;
import nl.labtafel.ui.session.ConflictQuestion;
import nl.labtafel.ui.session.SessionWindow;
import nl.labtafel.ui.undo.StructureCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The independent attack's first finding, replayed: two instances on one session file. Neither note is lost and
 * the second is told; a file someone else wrote is never replaced without asking. And a window rebuilt for
 * another language leaves nothing of the old one listening or reachable.
 */
@ExtendWith(ApplicationExtension.class)
class TwoWindowsOneFileTest {
    private final SessionStore store = new SessionStore();
    private ShellFixture a;
    private ShellFixture b;
    private Stage stageA;

    @Start
    void start(Stage stage) throws Exception {
        a = new ShellFixture();
        stageA = stage;
    }

    @AfterEach
    void stop() throws Exception {
        a.stop();
        if (b != null) {
            b.stop();
        }
    }

    private Path exampleFile() throws Exception {
        Path file = a.paths.sessions().resolve("lab.json");
        store.save(SessionFixtures.generated(8, 11), file);
        return file;
    }

    private static SessionWindow openIn(ShellFixture fixture, Stage stage, Path file) {
        WaitForAsyncUtils.asyncFx(() -> fixture.start(stage, List.of(file.toString())));
        waitUntil(() -> fixture.shell != null && fixture.shell.window() != null);
        return onFxGet(() -> fixture.shell.window());
    }

    private static <T> T onFxGet(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void addNote(SessionWindow window, String id, String text) {
        onFxGet(() -> {
            window.context().commands().execute(new StructureCommand("post-it", window.context().session(),
                    s -> s.getNotes().add(new Note(id, text, null))));
            return null;
        });
    }

    private static String status(SessionWindow window) {
        return onFxGet(() -> ((Label) window.scene().lookup("#status")).getText());
    }

    private boolean hasNote(Path file, String id) throws Exception {
        return store.load(file).note(id).isPresent();
    }

    @Test
    void twoInstancesOnOneFileLoseNoNoteAndTheSecondIsTold() throws Exception {
        Path file = exampleFile();
        SessionWindow first = openIn(a, stageA, file);
        b = new ShellFixture();
        Stage stageB = onFxGet(Stage::new);
        SessionWindow second = openIn(b, stageB, file);

        assertFalse(onFxGet(() -> first.fileGuard().readOnly()));
        assertTrue(onFxGet(() -> second.fileGuard().readOnly()), "the second instance is read-only");
        String banner = onFxGet(() -> ((Label) second.scene().lookup("#error-text")).getText());
        assertTrue(banner.contains("open in een ander venster") && banner.contains("lab (kopie).json"), banner);

        addNote(first, "n-a", "Van venster A");
        onFxGet(() -> { first.save(); return null; });
        waitUntil(() -> status(first).startsWith("Opgeslagen"));
        addNote(second, "n-b", "Van venster B");
        onFxGet(() -> { second.save(); return null; });
        waitUntil(() -> status(second).startsWith("Opgeslagen als kopie"));

        Path copy = file.resolveSibling("lab (kopie).json");
        assertTrue(hasNote(file, "n-a") && !hasNote(file, "n-b"), "A's file keeps A's note");
        assertTrue(hasNote(copy, "n-b"), "B's note is in B's copy");
        assertFalse(Files.exists(RecoveryFiles.recoveryOf(file)), "B never wrote A's recovery file");
    }

    @Test
    void aFileWrittenElsewhereIsNeverReplacedWithoutAsking() throws Exception {
        Path file = exampleFile();
        List<Path> asked = new CopyOnWriteArrayList<>();
        List<List<String>> differences = new CopyOnWriteArrayList<>();
        SessionWindow window = openIn(a, stageA, file);
        onFxGet(() -> {
            a.shell.setConflictQuestion((f, diff, answer) -> {
                asked.add(f);
                differences.add(diff);
                answer.accept(ConflictQuestion.Choice.KEEP_MINE_AS_COPY);
            });
            return null;
        });
        // Another program (or a Labtafel that ignored the lock) writes the file meanwhile.
        Session theirs = store.load(file);
        theirs.getNotes().add(new Note("n-theirs", "Van elders", null));
        store.save(theirs, file);

        addNote(window, "n-mine", "Van mij");
        onFxGet(() -> { window.save(); return null; });
        try {
            waitUntil(() -> status(window).startsWith("Opgeslagen"));
        } catch (AssertionError e) {
            throw new AssertionError("status: " + status(window) + " asked " + asked + " banner "
                    + onFxGet(() -> ((Label) window.scene().lookup("#error-text")).getText()), e);
        }
        assertEquals(List.of(file), asked);
        assertTrue(differences.get(0).contains("Post-it alleen hier: \"Van mij\""), differences.toString());
        assertTrue(differences.get(0).contains("Post-it alleen in het bestand: \"Van elders\""), differences.toString());
        assertTrue(hasNote(file, "n-theirs") && !hasNote(file, "n-mine"), "their file untouched");
        Path copy = file.resolveSibling("lab (kopie).json");
        assertTrue(hasNote(copy, "n-mine"), "mine kept as a copy");
        assertEquals(copy, onFxGet(() -> window.context().fileProperty().get()), "the window goes on with the copy");
    }

    @Test
    void aLanguageSwitchLeavesOneAutosaverAndTheOldWindowCollectable() throws Exception {
        Path file = exampleFile();
        SessionWindow old = openIn(a, stageA, file);
        WeakReference<SessionWindow> oldWindow = new WeakReference<>(old);
        old = null;
        onFxGet(() -> { a.shell.window().setLanguage(Language.ENGLISH); return null; });
        SessionWindow now = onFxGet(() -> a.shell.window());
        assertTrue(now != oldWindow.get());
        addNote(now, "n-1", "Na de taalwissel");
        Path renamed = a.paths.sessions().resolve("hernoemd.json");
        onFxGet(() -> { now.saveTo(renamed); return null; });
        waitUntil(() -> status(now).startsWith("Saved"));
        addNote(now, "n-2", "Na opslaan als");
        Path recovery = RecoveryFiles.recoveryOf(renamed);
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!Files.exists(recovery) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(2_500); // time for any second (old) autosaver to write too
        try (Stream<Path> files = Files.list(a.paths.sessions())) {
            assertEquals(List.of(recovery), files.filter(p -> p.toString().endsWith(RecoveryFiles.SUFFIX)).toList(),
                    "exactly one recovery file, at the current file's path");
        }
        assertTrue(store.load(recovery).note("n-2").isPresent());

        for (int i = 0; i < 50 && oldWindow.get() != null; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            System.gc();
            Thread.sleep(100);
        }
        assertTrue(oldWindow.get() == null, "the old window is collectable");
        assertTrue(onFx(() -> true));
    }
}
