package nl.labtafel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files an attacker (or an accident) puts where a session should be: devices, pipes, folders, link loops, and
 * bytes that are not UTF-8. Each must give one line naming the file, quickly, and never a hang or a crash.
 */
class HostileFilesTest {
    private final SessionStore store = new SessionStore();
    private final Messages en = Messages.forLanguage("en");

    @TempDir
    Path dir;

    private String refusal(Path file) {
        FileProblemException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FileProblemException.class, () -> store.load(file)));
        List<String> lines = e.describe(en);
        assertEquals(1, lines.size(), lines.toString());
        String line = lines.get(0);
        assertTrue(line.startsWith(file.toString() + ": "), line);
        assertFalse(line.contains("Exception") || line.contains("\n"), line);
        return line;
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void devicesAreRefusedBeforeTheyAreRead() throws Exception {
        for (String device : new String[] {"/dev/zero", "/dev/urandom"}) {
            Path link = Files.createSymbolicLink(dir.resolve(device.substring(5) + ".json"), Path.of(device));
            assertTrue(refusal(link).endsWith("not an ordinary file (a device, pipe or socket); Labtafel does not open it"));
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFifoIsNeverOpened() throws Exception {
        Path fifo = dir.resolve("f.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo not available");
        assertTrue(refusal(fifo).contains("not an ordinary file"));
    }

    @Test
    void foldersAndLinkLoopsGiveOneLine() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("map.json"));
        assertTrue(refusal(folder).endsWith("this is a folder, not a session file"));
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertTrue(refusal(a).endsWith("a link that leads nowhere or round in a circle"));
        Path dangling = Files.createSymbolicLink(dir.resolve("weg.json"), dir.resolve("nergens.json"));
        assertTrue(refusal(dangling).endsWith("a link that leads nowhere or round in a circle"));
    }

    @Test
    void invalidUtf8IsRefusedWithLineAndByte() throws Exception {
        String valid = new String(store.serialize(SessionFixtures.generated(3, 1)), StandardCharsets.UTF_8);
        int at = valid.indexOf("Gegenereerde");
        byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
        int line = (int) valid.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        for (byte[] sequence : bad) {
            byte[] head = valid.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] tail = valid.substring(at).getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[head.length + sequence.length + tail.length];
            System.arraycopy(head, 0, bytes, 0, head.length);
            System.arraycopy(sequence, 0, bytes, head.length, sequence.length);
            System.arraycopy(tail, 0, bytes, head.length + sequence.length, tail.length);
            Path file = Files.write(dir.resolve("utf8.json"), bytes);
            String message = refusal(file);
            assertTrue(message.contains("line " + line + ", ") && message.endsWith("not valid UTF-8 text (byte "
                    + head.length + ")"), message);
        }
    }

    @Test
    void halfASurrogateInATextIsRefusedWithItsPlace() throws Exception {
        String valid = new String(store.serialize(SessionFixtures.generated(3, 1)), StandardCharsets.UTF_8);
        int text = valid.indexOf("\"text\" : \"", valid.indexOf("\"notes\"")) + "\"text\" : \"".length();
        Path file = Files.writeString(dir.resolve("surrogaat.json"),
                valid.substring(0, text) + "\\udfff" + valid.substring(text));
        assertTrue(refusal(file).endsWith("notes[0].text: contains half a character (an unpaired UTF-16 surrogate)"));
    }

    @Test
    void aValueCannotForgeALineOfItsOwn() throws Exception {
        String valid = new String(store.serialize(SessionFixtures.generated(3, 1)), StandardCharsets.UTF_8);
        String forged = valid.replaceFirst("\"actorGroupId\" : \"g\\d\"",
                "\"actorGroupId\" : \"x\\\\n/tmp/other.json: valid\\\\u202E\"");
        Path file = Files.writeString(dir.resolve("vals.json"), forged);
        String line = refusal(file);
        assertTrue(line.contains("x\\n/tmp/other.json: valid\\u202E"), line);
    }
}
