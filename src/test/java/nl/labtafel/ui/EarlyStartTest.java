package nl.labtafel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import nl.labtafel.AppPaths;
import nl.labtafel.ui.start.StartLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The early-start thread makes a first run's sessions folder (issue 18 moved that off the main thread), and it does
 * so before it lists the folder: the facilitator's first start screen offers the example session.
 */
class EarlyStartTest {

    @TempDir
    Path dir;

    @Test
    void aFirstRunListsTheExampleSessionItCopiedIntoTheNewSessionsFolder() throws Exception {
        Path app = appWithOneTemplate();
        Files.createDirectories(app.resolve("sessions"));
        Files.copy(Path.of("sessions", "arbeidsmigranten-lab-2018-04-24.json"),
                app.resolve("sessions").resolve("voorbeeld.json"));
        Path userSessions = dir.resolve("Documenten").resolve("Labtafel");
        AppPaths installed = AppPaths.installed(app, userSessions);

        EarlyStart early = EarlyStart.begin(() -> { }, () -> installed);

        assertSame(installed, early.paths());
        StartLists lists = early.lists().get(30, TimeUnit.SECONDS).lists();
        assertTrue(Files.isRegularFile(userSessions.resolve("voorbeeld.json")), "the example is copied for the user");
        assertEquals(List.of(userSessions.resolve("voorbeeld.json")),
                lists.recent().stream().map(StartLists.Recent::file).toList());
        assertEquals(1, lists.templates().size());
    }

    @Test
    void aSessionsFolderThatCannotBeMadeStillGivesTheTemplates() throws Exception {
        Path app = appWithOneTemplate();
        Path inTheWay = Files.writeString(dir.resolve("Labtafel"), "a file, not a folder");

        EarlyStart early = EarlyStart.begin(() -> { }, () -> AppPaths.installed(app, inTheWay.resolve("sessions")));

        StartLists lists = early.lists().get(30, TimeUnit.SECONDS).lists();
        assertEquals(1, lists.templates().size());
        assertTrue(lists.recent().isEmpty());
        assertEquals("a file, not a folder", Files.readString(inTheWay));
    }

    @Test
    void aFailureToFindTheFoldersReachesTheWindowInsteadOfHangingIt() {
        EarlyStart early = EarlyStart.begin(() -> { }, () -> {
            throw new IllegalStateException("no documents folder");
        });

        CompletionException failure = assertThrows(CompletionException.class, early::paths);
        assertEquals("no documents folder", failure.getCause().getMessage());
        assertTrue(early.lists().isCompletedExceptionally());
    }

    /** The installed app's folder with the repo's short LAB template in it. */
    private Path appWithOneTemplate() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("app").resolve("templates"));
        Files.copy(Path.of("templates", "lab-kort.json"), templates.resolve("lab-kort.json"));
        return templates.getParent();
    }
}
