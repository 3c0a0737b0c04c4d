package nl.labtafel.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.labtafel.io.PortableFileNames;
import nl.labtafel.io.RecoveryFiles;

/**
 * The file a new session will be saved to: {@code sessions/<title>-<date>.json}, never an existing one,
 * with a name every operating system accepts ({@link PortableFileNames}).
 */
public final class NewFiles {

    private NewFiles() {
    }

    /** Touches the disk (exists checks): call on the background thread. */
    public static Path forNewSession(Path sessions, String title, LocalDate date) {
        String base = PortableFileNames.fromTitle(title, "sessie");
        if (date != null) {
            base += "-" + date;
        }
        Path file = sessions.resolve(base + ".json");
        for (int n = 2; Files.exists(file) || Files.exists(RecoveryFiles.recoveryOf(file)); n++) {
            file = sessions.resolve(base + "-" + n + ".json");
        }
        return file;
    }
}
