package nl.labtafel.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where autosave writes: {@code name.json.recovery} beside the session. A recovery file newer than its
 * session means the last run ended without saving; the user is asked before anything is restored or deleted.
 */
public final class RecoveryFiles {
    public static final String SUFFIX = ".recovery";

    private RecoveryFiles() {
    }

    public static Path recoveryOf(Path session) {
        return session.resolveSibling(session.getFileName() + SUFFIX);
    }

    /** The session file a recovery file belongs to. */
    public static Path sessionOf(Path recovery) {
        String name = recovery.getFileName().toString();
        return recovery.resolveSibling(name.substring(0, name.length() - SUFFIX.length()));
    }

    /** The recovery file of {@code session} when it is newer than the session (or the session is gone). */
    public static Optional<Path> newerRecovery(Path session) {
        Path recovery = recoveryOf(session);
        try {
            if (!Files.isRegularFile(recovery)) {
                return Optional.empty();
            }
            if (!Files.exists(session)) {
                return Optional.of(recovery);
            }
            FileTime recoveryTime = Files.getLastModifiedTime(recovery);
            FileTime sessionTime = Files.getLastModifiedTime(session);
            return recoveryTime.compareTo(sessionTime) > 0 ? Optional.of(recovery) : Optional.empty();
        } catch (IOException e) {
            System.getLogger(RecoveryFiles.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot compare " + recovery + " with its session", e);
            return Optional.empty();
        }
    }

    /** All recovery files in a folder that are newer than their session: what the start screen offers. */
    public static List<Path> pending(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .filter(p -> newerRecovery(sessionOf(p)).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            System.getLogger(RecoveryFiles.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot list recovery files in " + folder, e);
            return List.of();
        }
    }
}
