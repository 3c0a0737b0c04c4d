package nl.labtafel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.labtafel.testing.SessionFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that is saving, many times, at random moments: the file on disk must always be one of
 * the two complete versions, never a mix, a truncation or nothing.
 */
class KilledDuringSaveTest {
    private static final int NOTES = 3_000;
    private static final int KILLS = 15;

    @TempDir
    Path dir;

    @Test
    void theFileIsAlwaysTheOldOrTheNewCompleteVersion() throws Exception {
        SessionStore store = new SessionStore();
        byte[] a = store.serialize(SessionFixtures.generated(NOTES, 1));
        byte[] b = store.serialize(SessionFixtures.generated(NOTES, 2));
        Path file = dir.resolve("sessie.json");
        Files.write(file, a);
        Random random = new Random(42);
        int sawA = 0;
        int sawB = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SaveLoopMain.class.getName(),
                    file.toString(), String.valueOf(NOTES))
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("ready", out.readLine());
                // At least one complete save per cycle, so the file really changes hands; then a random moment.
                assertEquals("saved", out.readLine());
                Thread.sleep(random.nextInt(300));
                child.destroyForcibly();
                assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            }
            byte[] onDisk = Files.readAllBytes(file);
            boolean isA = Arrays.equals(onDisk, a);
            boolean isB = Arrays.equals(onDisk, b);
            assertTrue(isA || isB, "after kill " + kill + " the file is neither version (" + onDisk.length + " bytes)");
            sawA += isA ? 1 : 0;
            sawB += isB ? 1 : 0;
            store.load(file);
        }
        assertEquals(KILLS, sawA + sawB);
        // Without both, the test could pass with a child that never saved at all.
        assertTrue(sawA > 0 && sawB > 0, "saw the old version " + sawA + " and the new version " + sawB + " times");
    }
}
