package nl.labtafel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labtafel FILE.json --room} opens the app (with room input on); {@code --room} alone is a command-line error. */
class LauncherRoomFlagTest {
    @TempDir
    Path dir;

    @Test
    void aSessionFileWithRoomOpensTheApp() throws Exception {
        Path file = Files.writeString(dir.resolve("s.json"), "{}");
        assertTrue(Launcher.opensApp(new String[] {file.toString(), "--room"}));
        assertTrue(Launcher.opensApp(new String[] {"--room", file.toString()}));
        assertTrue(Launcher.opensApp(new String[] {file.toString()}));
        assertFalse(Launcher.opensApp(new String[] {"--room"}));
        assertFalse(Launcher.opensApp(new String[] {"info", file.toString()}));
        assertFalse(Launcher.opensApp(new String[] {dir.resolve("missing.json").toString(), "--room"}));
    }
}
