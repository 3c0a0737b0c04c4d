package nl.labtafel.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;
import nl.labtafel.model.Problem;

/**
 * Writes a file so that it is always either the old or the new complete version: a temporary file in
 * the same folder, forced to disk, then atomically moved over the old one. Used for sessions and for
 * every exported document.
 * <p>
 * Made to work beyond a Linux disk: where the file system refuses hard links (FAT/exFAT sticks, some
 * network shares) the backup is a copy; where it cannot move atomically (some SMB shares) the move
 * replaces the file plainly; and where another program briefly holds the target open (a virus scanner,
 * OneDrive's sync, Word's preview — Windows then refuses to replace it) the move is tried again with a
 * growing pause for about two seconds before the save fails with a message that says so.
 */
public final class AtomicFiles {
    /** Pauses between attempts to replace a file another program holds: about 2 s in all. */
    static final long[] RETRY_PAUSES_MS = {50, 100, 200, 400, 600, 800};

    /** The one step that can meet a file held by another program; tests replace it. */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to, CopyOption... options) throws IOException;
    }

    /** Waits between attempts; tests replace it so they do not sleep. */
    @FunctionalInterface
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

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
        write(target, writer, keepBackup, Files::move, Thread::sleep);
    }

    static void write(Path target, ContentWriter writer, boolean keepBackup, Mover mover, Pause pause)
            throws FileProblemException {
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
            replace(tmp, absolute, mover, pause);
            tmp = null;
            forceDirectory(dir);
        } catch (IOException | RuntimeException e) {
            throw new FileProblemException(target, saveProblem(e, absolute), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // The temporary file is hidden and harmless; the real file is untouched.
                    System.getLogger(AtomicFiles.class.getName()).log(System.Logger.Level.INFO,
                            "temporary file " + tmp + " left behind", e);
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

    /** Moves {@code tmp} over {@code target}, atomically where the file system can. */
    private static void replace(Path tmp, Path target, Mover mover, Pause pause) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                try {
                    mover.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    mover.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return;
            } catch (FileSystemException e) {
                if (attempt >= RETRY_PAUSES_MS.length || !heldByAnotherProgram(e, target)) {
                    throw e;
                }
                try {
                    pause.sleep(RETRY_PAUSES_MS[attempt]);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Windows answers "access denied" or "used by another process" when another program has the file
     * open; a folder that is really read-only is not worth waiting for.
     */
    static boolean heldByAnotherProgram(FileSystemException e, Path target) {
        if (isSharingViolation(e)) {
            return true;
        }
        Path dir = target.getParent();
        return e instanceof AccessDeniedException && Files.exists(target)
                && (dir == null || Files.isWritable(dir)) && Files.isWritable(target);
    }

    private static boolean isSharingViolation(FileSystemException e) {
        String reason = e.getReason() == null ? "" : e.getReason().toLowerCase(Locale.ROOT);
        return reason.contains("used by another process") || reason.contains("sharing violation")
                || reason.contains("text file busy") || reason.contains("resource busy");
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
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can sync a folder (Windows cannot); the move itself is still atomic.
            System.getLogger(AtomicFiles.class.getName()).log(System.Logger.Level.DEBUG, "no folder sync " + dir, e);
        }
    }

    static Problem saveProblem(Exception e, Path target) {
        Path dir = target.getParent();
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof FileSystemException fse && heldByAnotherProgram(fse, target)) {
            return new Problem("", "save.locked");
        }
        if (e instanceof AccessDeniedException || (dir != null && Files.exists(dir) && !Files.isWritable(dir))) {
            return new Problem("", "save.readOnly", dir);
        }
        if (e instanceof NoSuchFileException) {
            return new Problem("", "save.noFolder", dir);
        }
        if (reason.contains("No space left") || reason.contains("Disk quota")) {
            return new Problem("", "save.diskFull");
        }
        return new Problem("", "save.failed", reason);
    }
}
