package nl.labtafel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The per-user folder for sessions of the installed app: {@code Labtafel} in the user's documents
 * folder. Linux asks the XDG user-dirs file (so a Dutch desktop gives ~/Documenten/Labtafel);
 * Windows asks the shell for its Documents known folder, which follows a Documents folder redirected to
 * OneDrive or a network share; macOS and anything else use ~/Documents. Without a documents folder:
 * ~/Labtafel. Looked up once per process: the launcher asks first, on its own thread, before the first
 * window is built, so the window only reads the answer.
 */
public final class UserFolders {
    static final String APP_FOLDER = "Labtafel";
    private static volatile Path sessions;

    private UserFolders() {
    }

    public static Path sessions() {
        Path known = sessions;
        if (known == null) {
            known = sessions(System.getProperty("os.name", ""), System.getenv(),
                    Path.of(System.getProperty("user.home")), WindowsKnownFolders::documents);
            sessions = known;
        }
        return known;
    }

    /** The same rule with the platform's answers passed in (tests run it for every platform). */
    static Path sessions(String osName, Map<String, String> env, Path home, Supplier<Optional<String>> windowsDocuments) {
        String os = osName.toLowerCase(Locale.ROOT);
        Optional<Path> documents = os.contains("win") ? windowsDocuments.get().map(home.getFileSystem()::getPath)
                : os.contains("mac") ? Optional.empty()
                : xdgDocuments(env, home);
        Path base = documents.orElseGet(() -> home.resolve("Documents"));
        return (Files.isDirectory(base) ? base : home).resolve(APP_FOLDER);
    }
    /**
     * XDG_DOCUMENTS_DIR from the environment or from {@code $XDG_CONFIG_HOME/user-dirs.dirs}, where it is
     * written as {@code XDG_DOCUMENTS_DIR="$HOME/Documenten"}. A value equal to $HOME means "not set".
     */
    static Optional<Path> xdgDocuments(Map<String, String> env, Path home) {
        String value = env.get("XDG_DOCUMENTS_DIR");
        if (value == null) {
            String config = env.getOrDefault("XDG_CONFIG_HOME", "");
            Path dirs = (config.isBlank() ? home.resolve(".config") : home.getFileSystem().getPath(config)).resolve("user-dirs.dirs");
            value = readXdgValue(dirs).orElse(null);
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String expanded = value.startsWith("$HOME") ? home + value.substring(5) : value;
        Path dir = home.getFileSystem().getPath(expanded);
        return dir.isAbsolute() && !dir.normalize().equals(home.normalize()) ? Optional.of(dir) : Optional.empty();
    }

    private static Optional<String> readXdgValue(Path dirs) {
        if (!Files.isRegularFile(dirs)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(dirs, StandardCharsets.UTF_8);
            return lines.stream().map(String::strip).filter(l -> l.startsWith("XDG_DOCUMENTS_DIR="))
                    .map(l -> l.substring("XDG_DOCUMENTS_DIR=".length()).replace("\"", ""))
                    .reduce((a, b) -> b);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
