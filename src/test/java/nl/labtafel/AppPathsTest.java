package nl.labtafel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the installed app reads templates and the example, and where it keeps the user's sessions. */
class AppPathsTest {
    static final String EXAMPLE = "arbeidsmigranten-lab-2018-04-24.json";

    @TempDir
    Path dir;

    @Test
    void theSourceTreeKeepsSessionsAndTemplatesSideBySide() {
        AppPaths paths = new AppPaths(dir);
        assertEquals(dir.resolve("sessions"), paths.sessions());
        assertEquals(dir.resolve("templates/lab-sessie.json"), paths.defaultTemplate());
        assertEquals(paths.sessions(), paths.bundledSessions());
    }

    /** Issue 13's seed run: a home without sessions/ made the first autosave fail ("map bestaat niet"). */
    @Test
    void aSourceTreeOrHomeWithoutASessionsFolderGetsOne() throws Exception {
        AppPaths paths = new AppPaths(dir);
        assertTrue(paths.prepareSessionsFolder());
        assertTrue(Files.isDirectory(dir.resolve("sessions")));
        assertFalse(paths.prepareSessionsFolder());
    }

    @Test
    void theInstalledAppReadsTemplatesFromItselfAndKeepsSessionsInTheUserFolder() throws Exception {
        Path app = installedApp();
        Path user = dir.resolve("home/Documents/Labtafel");
        AppPaths paths = AppPaths.installed(app, user);

        assertEquals(app.resolve("templates/lab-sessie.json"), paths.defaultTemplate());
        assertEquals(user, paths.sessions());
        assertTrue(paths.prepareSessionsFolder(), "first run creates the folder");
        assertEquals(Files.readString(app.resolve("sessions").resolve(EXAMPLE)),
                Files.readString(user.resolve(EXAMPLE)), "with the example in it");
    }

    @Test
    void laterRunsLeaveTheUsersFolderAlone() throws Exception {
        Path app = installedApp();
        Path user = Files.createDirectories(dir.resolve("Labtafel"));
        AppPaths paths = AppPaths.installed(app, user);

        assertFalse(paths.prepareSessionsFolder());
        assertFalse(Files.exists(user.resolve(EXAMPLE)), "an example the user deleted does not come back");

        Files.delete(user);
        assertTrue(paths.prepareSessionsFolder(), "a removed folder is made again, example and all");
        Files.writeString(user.resolve(EXAMPLE), "my own edits");
        assertFalse(paths.prepareSessionsFolder());
        assertEquals("my own edits", Files.readString(user.resolve(EXAMPLE)), "never overwritten");
    }

    @Test
    void linuxDocumentsComeFromTheXdgUserDirsFile() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path config = Files.createDirectories(home.resolve(".config"));
        Files.writeString(config.resolve("user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Bureaublad\"\n"
                        + "XDG_DOCUMENTS_DIR=\"$HOME/Documenten\"\n");

        assertEquals(Optional.of(home.resolve("Documenten")), UserFolders.xdgDocuments(Map.of(), home));
        assertEquals(Optional.of(Path.of("/data/docs")),
                UserFolders.xdgDocuments(Map.of("XDG_DOCUMENTS_DIR", "/data/docs"), home));
    }

    @Test
    void anXdgDocumentsDirThatIsTheHomeFolderCountsAsUnset() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        assertEquals(Optional.empty(), UserFolders.xdgDocuments(Map.of("XDG_DOCUMENTS_DIR", "$HOME/"), home));
        assertEquals(Optional.empty(), UserFolders.xdgDocuments(Map.of(), home), "no user-dirs file");
    }

    private Path installedApp() throws Exception {
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.createDirectories(app.resolve("templates"));
        Files.writeString(app.resolve("templates/lab-sessie.json"), "{}");
        Files.createDirectories(app.resolve("sessions"));
        Files.writeString(app.resolve("sessions").resolve(EXAMPLE), "{\"example\":true}");
        return app;
    }
}
