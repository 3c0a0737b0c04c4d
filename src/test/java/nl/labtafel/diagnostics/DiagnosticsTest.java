package nl.labtafel.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.labtafel.testing.LogRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file is opened by the first record, not at start; every record still ends up in it. */
class DiagnosticsTest {
    private static final System.Logger LOG = System.getLogger(DiagnosticsTest.class.getName());
    private static final String NAME = DiagnosticsTest.class.getName();

    @TempDir
    Path folder;

    @AfterEach
    void backToTheConsole() {
        Diagnostics.uninstall();
    }

    @Test
    void theFirstRecordOpensTheFileAndEveryRecordIsInItInOrder() throws Exception {
        Path logs = folder.resolve("logs");
        Diagnostics.install(logs);
        assertFalse(Files.exists(logs), "a start that logs nothing opens no file");

        LOG.log(System.Logger.Level.WARNING, "first");
        LOG.log(System.Logger.Level.INFO, "second");
        LOG.log(System.Logger.Level.DEBUG, "below the level: not written");
        LOG.log(System.Logger.Level.ERROR, "third");

        List<String> lines = Files.readAllLines(logs.resolve("labtafel0.log"), StandardCharsets.UTF_8);
        List<String> ours = lines.stream().filter(l -> l.contains(NAME)).toList();
        assertEquals(3, ours.size(), () -> "the log file holds: " + lines);
        assertTrue(ours.get(0).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARNING " + NAME + ": first"),
                ours.get(0));
        assertTrue(ours.get(1).endsWith("INFO " + NAME + ": second"), ours.get(1));
        assertTrue(ours.get(2).endsWith("SEVERE " + NAME + ": third"), ours.get(2));
    }

    @Test
    void aFolderThatCannotBeMadeLeavesTheFileInTheWayAsItWasAndTheRecordsGoToTheConsole() throws Exception {
        // Stands in for the console: install() takes the root logger's handlers as the way back.
        try (LogRecords console = LogRecords.of("")) {
            try {
                Path notAFolder = Files.writeString(folder.resolve("a-file"), "x");
                Diagnostics.install(notAFolder.resolve("logs"));
                LOG.log(System.Logger.Level.WARNING, "logged to the console instead");
                LOG.log(System.Logger.Level.WARNING, "and again");
                assertEquals("x", Files.readString(notAFolder));
                assertEquals(List.of("logged to the console instead", "and again"), console.messagesOf(NAME));
            } finally {
                Diagnostics.uninstall();
            }
        }
    }
}
