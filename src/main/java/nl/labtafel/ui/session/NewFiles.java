package nl.labtafel.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import nl.labtafel.io.RecoveryFiles;

/** The file a new session will be saved to: {@code sessions/<title>-<date>.json}, never an existing one. */
public final class NewFiles {

    private NewFiles() {
    }

    /** Touches the disk (exists checks): call on the background thread. */
    public static Path forNewSession(Path sessions, String title, LocalDate date) {
        String base = slug(title);
        if (base.isEmpty()) {
            base = "sessie";
        }
        if (date != null) {
            base += "-" + date;
        }
        Path file = sessions.resolve(base + ".json");
        for (int n = 2; Files.exists(file) || Files.exists(RecoveryFiles.recoveryOf(file)); n++) {
            file = sessions.resolve(base + "-" + n + ".json");
        }
        return file;
    }

    /** "Arbeidsmigranten LAB" → "arbeidsmigranten-lab"; accents dropped, at most 60 characters. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }
}
