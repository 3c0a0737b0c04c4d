package nl.labtafel.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import nl.labtafel.model.Problem;

/**
 * Writes a file so that it is always either the old or the new complete version: a temporary file in
 * the same folder, forced to disk, then atomically moved over the old one. Used for sessions and for
 * every exported document.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target}; with {@code keepBackup} the old file stays as {@code target.bak}. */
    public static void write(Path target, byte[] content, boolean keepBackup) throws FileProblemException {
        write(target, out -> {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        }, keepBackup);
    }

    /** Content writer that may fail half way; the target is then left as it was. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(FileChannel channel) throws IOException;
    }

    public static void write(Path target, ContentWriter writer, boolean keepBackup) throws FileProblemException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new FileProblemException(target, new Problem("", "save.isFolder"), null);
        }
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            sharePermissions(tmp, absolute);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                writer.writeTo(channel);
                channel.force(true);
            }
            if (keepBackup && Files.isRegularFile(absolute)) {
                keepBackup(absolute);
            }
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            forceDirectory(dir);
        } catch (IOException | RuntimeException e) {
            throw new FileProblemException(target, saveProblem(e, dir), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and harmless; the real file is untouched.
                }
            }
        }
    }

    /**
     * A temporary file is created private (0600); the saved file should be as readable as the one it
     * replaces, or as an ordinary new file (0644), so a colleague can open the exported minutes.
     */
    private static void sharePermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.isRegularFile(target)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** A hard link is instant and keeps the old bytes when the new file is moved over the name. */
    private static void keepBackup(Path file) throws IOException {
        Path backup = backupOf(file);
        Files.deleteIfExists(backup);
        try {
            Files.createLink(backup, file);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Not every platform can sync a folder (Windows cannot); the move itself is still atomic.
        }
    }

    static Problem saveProblem(Exception e, Path dir) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof AccessDeniedException || (dir != null && Files.exists(dir) && !Files.isWritable(dir))) {
            return new Problem("", "save.readOnly", dir);
        }
        if (e instanceof NoSuchFileException) {
            return new Problem("", "save.noFolder", dir);
        }
        if (reason.contains("No space left") || reason.contains("Disk quota")) {
            return new Problem("", "save.diskFull");
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().toLowerCase().contains("used by another process")) {
            return new Problem("", "save.locked");
        }
        return new Problem("", "save.failed", reason);
    }
}
