package nl.labtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.labtafel.AppPaths;
import nl.labtafel.io.SessionStore;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** What the independent attack found on the command line: each now one calm line, exit 1. */
class HostileInputCliTest {
    @TempDir
    Path dir;

    private CliRun cli() {
        return new CliRun(new AppPaths(Path.of("").toAbsolutePath()));
    }

    private static void assertOneCleanLine(String err) {
        assertEquals(1, err.lines().count(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("Error:"), err);
    }

    @Test
    void suggestThemesOnHalfASurrogateOrBytesPastUnicodeIsAMessage() throws Exception {
        String valid = new String(new SessionStore().serialize(SessionFixtures.generated(12, 5)), StandardCharsets.UTF_8);
        int text = valid.indexOf("\"text\" : \"", valid.indexOf("\"notes\"")) + "\"text\" : \"".length();
        Path surrogate = Files.writeString(dir.resolve("s.json"), valid.substring(0, text) + "\\udfff" + valid.substring(text));
        CliRun run = cli();
        assertEquals(1, run.run("suggest-themes", surrogate.toString(), "--all"));
        assertOneCleanLine(run.err());
        assertTrue(run.err().startsWith(surrogate + ": notes[0].text: "), run.err());

        byte[] head = valid.substring(0, text).getBytes(StandardCharsets.UTF_8);
        byte[] tail = valid.substring(text).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 4 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0, bytes, head.length, 4);
        System.arraycopy(tail, 0, bytes, head.length + 4, tail.length);
        Path pastUnicode = Files.write(dir.resolve("f4.json"), bytes);
        run = cli();
        assertEquals(1, run.run("suggest-themes", pastUnicode.toString(), "--all"));
        assertOneCleanLine(run.err());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void validateOnADeviceIsOneLine() throws Exception {
        Path zero = Files.createSymbolicLink(dir.resolve("x.json"), Path.of("/dev/zero"));
        CliRun run = cli();
        assertEquals(1, run.run("validate", zero.toString()));
        assertOneCleanLine(run.err());
    }

    @Test
    void aFileNameCannotForgeAValidLine() throws Exception {
        Path file = dir.resolve("a.json\nb.json: geldig");
        Files.writeString(file, "{");
        CliRun run = cli();
        assertEquals(1, run.run("validate", file.toString()));
        assertOneCleanLine(run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("a.json\\n"), run.err());
    }

    @Test
    void anUnexpectedFailureIsOneLineAndTheDetailsGoToTheLog() {
        StringWriter err = new StringWriter();
        int code = LabtafelCommand.unexpected(new Error("could not match input\n\tat x.y(Z.java:1)"), new PrintWriter(err),
                Messages.forLanguage("en"));
        assertEquals(LabtafelCommand.FAILED, code);
        assertOneCleanLine(err.toString().replace("Error:", "E:"));
        assertTrue(err.toString().startsWith("labtafel: unexpected error (Error: could not match input\\n\\tat"),
                err.toString());
    }

    @Test
    void validatePrintsWarningsButAcceptsTheFile() throws Exception {
        var s = SessionFixtures.generated(5, 2);
        s.getHeader().setParticipantCount(1);
        s.setVotesPerParticipant(1);
        s.getThemes().get(0).setVotes(50);
        Path file = dir.resolve("stippen.json");
        new SessionStore().save(s, file);
        CliRun run = cli();
        assertEquals(0, run.run("validate", file.toString()));
        assertTrue(run.out().contains(file + ": themes: waarschuwing: "), run.out());
    }
}
