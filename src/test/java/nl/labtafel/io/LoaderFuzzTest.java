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
    private static final int CLI_CASES = 120;

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
            byte[] mutated = FuzzCases.mutate(original, random);
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

    /**
     * The seeded short version of {@link FuzzHarness}: a few hundred mutated files through the command line as a
     * user runs it; no stack trace, no JVM error, no hang, no use of the last-resort guard.
     */
    @Test
    void mutatedFilesThroughTheCommandLineNeverShowAStackTrace() throws Exception {
        String previous = System.setProperty("labtafel.lang", "en");
        SessionStore store = new SessionStore();
        byte[] original = store.serialize(SessionFixtures.generated(8, 5));
        Random random = new Random(20261130);
        Path file = dir.resolve("cli-fuzz.json");
        int accepted = 0;
        try (FuzzCommands commands = new FuzzCommands(new nl.labtafel.AppPaths(
                Path.of(System.getProperty("labtafel.projectDir", ".")).toAbsolutePath()), dir)) {
            for (int i = 0; i < CLI_CASES; i++) {
                byte[] mutated = FuzzCases.mutate(original, random);
                Files.write(file, mutated);
                java.util.List<FuzzCommands.Outcome> outcomes = commands.all(file);
                accepted += outcomes.size() > 1 ? 1 : 0;
                for (FuzzCommands.Outcome o : outcomes) {
                    if (o.problem() != null) {
                        fail("case " + i + ", " + o.command() + ": " + o.problem() + "\n" + o.err() + "\n"
                                + new String(mutated, StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            if (previous == null) {
                System.clearProperty("labtafel.lang");
            } else {
                System.setProperty("labtafel.lang", previous);
            }
        }
        assertTrue(accepted > 8, "some files must get through to info, suggest-themes and export: " + accepted);
    }
}
