package nl.labtafel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The per-user folder for sessions of the installed app: {@code Labtafel} in the user's documents
 * folder. Linux asks the XDG user-dirs file (so a Dutch desktop gives ~/Documenten/Labtafel);
 * Windows asks the shell folder registry key, which follows a Documents folder moved to another drive
 * or to OneDrive; macOS and anything else use ~/Documents. Without a documents folder: ~/Labtafel.
 */
public final class UserFolders {
    static final String APP_FOLDER = "Labtafel";

    private UserFolders() {
    }

    public static Path sessions() {
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Optional<Path> documents = os.contains("win") ? windowsDocuments()
                : os.contains("mac") ? Optional.empty()
                : xdgDocuments(System.getenv(), home);
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
            Path dirs = (config.isBlank() ? home.resolve(".config") : Path.of(config)).resolve("user-dirs.dirs");
            value = readXdgValue(dirs).orElse(null);
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String expanded = value.startsWith("$HOME") ? home + value.substring(5) : value;
        Path dir = Path.of(expanded);
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

    /** The "Personal" shell folder (Documents), expanded; empty when the registry cannot be read. */
    static Optional<Path> windowsDocuments() {
        try {
            Process reg = new ProcessBuilder("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\Shell Folders", "/v", "Personal")
                    .redirectErrorStream(true).start();
            String out = new String(reg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            reg.waitFor();
            return out.lines().map(String::strip).filter(l -> l.startsWith("Personal"))
                    .map(l -> l.replaceFirst("^Personal\\s+REG_\\w+\\s+", "").strip())
                    .filter(s -> !s.isEmpty()).map(Path::of).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
