package nl.labtafel.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import nl.labtafel.model.SessionValidator;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds thousands of mutated session files to the loader (seeded, so a failure can be replayed): each
 * must load as a valid session or fail with a clean {@link FileProblemException}, never anything else.
 */
class LoaderFuzzTest {
    private static final int CASES = 4_000;
    private static final String[] TOKENS = {"null", "\"\"", "-1", "1e309", "[]", "{}", "true", "\"x\"", ",", ":",
        "\"n-dup\"", "\"#12\"", "99", "\"2018-02-30\"", "\"25:00\"", "\"\\u0000\"", "[null]", "{\"id\":null}",
        "\"schemaVersion\"", "\"OPEN\"", "\"NOPE\"", "0.5", "\"\uD83D\uDE00\"", "\"\u202Eabc\""};

    @TempDir
    Path dir;

    @Test
    void mutatedFilesLoadOrFailCleanly() throws Exception {
        SessionStore store = new SessionStore();
        byte[] original = store.serialize(SessionFixtures.generated(12, 7));
        Messages messages = Messages.forLanguage("en");
        Random random = new Random(20261127);
        Path file = dir.resolve("fuzz.json");
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] mutated = mutate(original, random);
            Files.write(file, mutated);
            try {
                var session = store.load(file);
                assertTrue(SessionValidator.validate(session).isEmpty(), "case " + i + " loaded an invalid session");
                loaded++;
            } catch (FileProblemException e) {
                String message = String.join("\n", e.describe(messages));
                assertTrue(message.startsWith(file.toString()), "case " + i + ": " + message);
                assertFalse(message.contains("Exception"), "case " + i + " leaks a stack trace: " + message);
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("case " + i + " crashed the loader: " + e + "\n" + new String(mutated, StandardCharsets.UTF_8), e);
            }
        }
        assertTrue(loaded > 100 && refused > 100, "mutations should both keep and break files: " + loaded + "/" + refused);
    }

    private static byte[] mutate(byte[] source, Random random) {
        byte[] bytes = source;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(6)) {
                case 0 -> bytes = splice(bytes, at, 1 + random.nextInt(8), new byte[0]);
                case 1 -> bytes = Arrays.copyOf(bytes, at);
                case 2 -> {
                    bytes = bytes.clone();
                    bytes[at] = (byte) random.nextInt(256);
                }
                case 3 -> bytes = splice(bytes, at, 0, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                default -> bytes = replaceValue(bytes, at, TOKENS[random.nextInt(TOKENS.length)], random);
            }
            if (bytes.length == 0) {
                return bytes;
            }
        }
        return bytes;
    }

    /** Replaces the JSON value after the next " : " with a token, so types and values change, not syntax. */
    private static byte[] replaceValue(byte[] bytes, int from, String token, Random random) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int colon = text.indexOf(" : ", Math.min(from, text.length()));
        if (colon < 0) {
            return bytes;
        }
        int start = colon + 3;
        int end = start;
        if (end < text.length() && text.charAt(end) == '"') {
            end = text.indexOf('"', end + 1) + 1;
        } else {
            while (end < text.length() && ",\n}]".indexOf(text.charAt(end)) < 0) {
                end++;
            }
        }
        if (end <= start) {
            return bytes;
        }
        return (text.substring(0, start) + token + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        int cut = Math.min(remove, bytes.length - at);
        byte[] out = new byte[bytes.length - cut + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + cut, out, at + insert.length, bytes.length - at - cut);
        return out;
    }
}
