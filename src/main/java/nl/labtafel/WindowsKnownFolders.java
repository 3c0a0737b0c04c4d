package nl.labtafel;

import com.sun.jna.platform.win32.KnownFolders;
import com.sun.jna.platform.win32.Shell32Util;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * The Windows shell's Documents folder (FOLDERID_Documents) through JNA: the path the user sees in
 * Explorer, also when Documents is redirected to OneDrive or a network share, as UTF-16 text (a user
 * name with é or ł arrives intact). Only called on Windows; loads JNA's native part on first use.
 */
final class WindowsKnownFolders {

    private WindowsKnownFolders() {
    }

    static Optional<String> documents() {
        try {
            String path = Shell32Util.getKnownFolderPath(KnownFolders.FOLDERID_Documents);
            return path == null || path.isBlank() ? Optional.empty() : Optional.of(path);
        } catch (RuntimeException | LinkageError e) {
            // No shell (a service account) or no JNA native part: the home folder serves instead.
            System.getLogger(WindowsKnownFolders.class.getName()).log(Level.WARNING,
                    "Windows Documents folder not available; using the home folder", e);
            return Optional.empty();
        }
    }
}
