package nl.labtafel.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What a session file was when this window loaded or last saved it: size, modification time and a SHA-256 of
 * its bytes. Before a save the file on disk is compared with it; the hash decides (a file only touched, or
 * copied back, is still the same), size and time are for the message.
 */
public record FileStamp(long size, Instant modified, byte[] sha256) {

    /** The stamp of a file that does not exist (yet): a save may create it, but not replace one that appeared. */
    public static final FileStamp ABSENT = new FileStamp(-1, Instant.EPOCH, new byte[0]);

    public static FileStamp of(Path file, byte[] content) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().toInstant(), hash(content));
    }

    /** Reads the file as it is now (a session is at most {@link JsonFiles#MAX_BYTES}); absent gives {@link #ABSENT}. */
    public static FileStamp current(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return new FileStamp(attributes.size(), attributes.lastModifiedTime().toInstant(), new byte[] {1});
            }
            byte[] bytes = Files.readAllBytes(file);
            return new FileStamp(bytes.length, attributes.lastModifiedTime().toInstant(), hash(bytes));
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
    }

    /** Same content (the time alone may differ: a copy, a touch). */
    public boolean sameContentAs(FileStamp other) {
        return size == other.size && Arrays.equals(sha256, other.sha256);
    }

    static byte[] hash(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileStamp f && size == f.size && modified.equals(f.modified) && Arrays.equals(sha256, f.sha256);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 + Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return size + " bytes, " + modified + ", sha256 " + HexFormat.of().formatHex(sha256);
    }
}
