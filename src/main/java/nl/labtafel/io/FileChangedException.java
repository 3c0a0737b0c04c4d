package nl.labtafel.io;

import java.nio.file.Path;

/**
 * The session file on disk is no longer the one this window loaded or last saved (another window, another
 * computer or another program wrote it): nothing was written, the caller asks the user what to do.
 */
public final class FileChangedException extends Exception {
    private final Path file;
    private final FileStamp expected;
    private final FileStamp found;

    public FileChangedException(Path file, FileStamp expected, FileStamp found) {
        super(file + " changed on disk: expected " + expected + ", found " + found);
        this.file = file;
        this.expected = expected;
        this.found = found;
    }

    public Path file() {
        return file;
    }

    public FileStamp expected() {
        return expected;
    }

    public FileStamp found() {
        return found;
    }
}
