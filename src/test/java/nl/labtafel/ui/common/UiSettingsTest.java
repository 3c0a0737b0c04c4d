package nl.labtafel.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.LogRecord;
import nl.labtafel.testing.LogRecords;
import nl.labtafel.text.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first run has no settings file: that is no problem to log. A damaged file is. */
class UiSettingsTest {
    @TempDir
    Path folder;

    private LogRecords logged;

    @BeforeEach
    void listen() {
        logged = LogRecords.of(UiSettings.class.getName());
    }

    @AfterEach
    void stopListening() {
        logged.close();
    }

    @Test
    void aFirstRunWithoutASettingsFileGivesTheDefaultsAndLogsNothing() {
        UiSettings settings = new UiSettings(folder.resolve("settings.properties"), Runnable::run);
        assertEquals(Language.of(null), settings.language());
        assertTrue(logged.all().isEmpty(), () -> "logged: " + logged.messagesOf(UiSettings.class.getName()));
    }

    @Test
    void aDamagedSettingsFileGivesTheDefaultsAndTheLogSaysWhichFile() throws Exception {
        Path file = Files.writeString(folder.resolve("settings.properties"), "language=\\uZZZZ\n");
        UiSettings settings = new UiSettings(file, Runnable::run);
        assertEquals(Language.of(null), settings.language());
        List<LogRecord> records = logged.all();
        assertEquals(1, records.size());
        assertTrue(records.get(0).getMessage().contains(file.toString()), records.get(0).getMessage());
    }
}
