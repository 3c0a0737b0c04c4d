package nl.labtafel.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.labtafel.text.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first run has no settings file: that is no problem to log. A damaged file is. */
class UiSettingsTest {
    private final Logger logger = Logger.getLogger(UiSettings.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler catcher = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @TempDir
    Path folder;

    @BeforeEach
    void listen() {
        logger.addHandler(catcher);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(catcher);
    }

    @Test
    void aFirstRunWithoutASettingsFileGivesTheDefaultsAndLogsNothing() {
        UiSettings settings = new UiSettings(folder.resolve("settings.properties"), Runnable::run);
        assertEquals(Language.of(null), settings.language());
        assertTrue(logged.isEmpty(), () -> "logged: " + logged.stream().map(LogRecord::getMessage).toList());
    }

    @Test
    void aDamagedSettingsFileGivesTheDefaultsAndTheLogSaysWhichFile() throws Exception {
        Path file = Files.writeString(folder.resolve("settings.properties"), "language=\\uZZZZ\n");
        UiSettings settings = new UiSettings(file, Runnable::run);
        assertEquals(Language.of(null), settings.language());
        assertEquals(1, logged.size());
        assertTrue(logged.get(0).getMessage().contains(file.toString()), logged.get(0).getMessage());
    }
}
