package nl.labtafel.importing;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;

/**
 * Opens an import source by its kind: another session (.json), an Excel workbook (.xlsx) or a text table
 * (.csv, .tsv, .txt, anything else). Plain blocking I/O: callers keep it off the JavaFX thread.
 */
public final class ImportSources {
    /** A spreadsheet of post-its is kilobytes; this only stops a wrong pick (a video) from filling memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** An opened source: a table, or another session's inventory. Exactly one is set. */
    public record Source(Path file, SourceTable table, Session session) {
        public boolean isSession() {
            return session != null;
        }

        /** The plan with this mapping (ignored for a session, whose notes need none). */
        public ImportPlan plan(Session target, ColumnMapping mapping) {
            return isSession() ? SessionSource.plan(target, session, file.getFileName().toString())
                    : NoteImport.plan(target, table, mapping);
        }
    }

    private ImportSources() {
    }

    public static Source open(Path file, String sheet) throws ImportException, FileProblemException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return new Source(file, null, new SessionStore().load(file));
        }
        byte[] bytes = read(file);
        SourceTable table = name.endsWith(".xlsx") || name.endsWith(".xlsm") ? XlsxSource.read(bytes, sheet)
                : CsvSource.read(bytes);
        if (table.rows().isEmpty()) {
            throw new ImportException(ImportException.Kind.EMPTY, -1, null);
        }
        return new Source(file, table, null);
    }

    public static Source pasted(String text) throws ImportException {
        SourceTable table = CsvSource.pasted(text);
        if (table.rows().isEmpty()) {
            throw new ImportException(ImportException.Kind.EMPTY, -1, null);
        }
        return new Source(Path.of("-"), table, null);
    }

    private static byte[] read(Path file) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(ImportException.Kind.UNREADABLE, -1, null, file.toString());
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(ImportException.Kind.TOO_BIG, -1, null, Files.size(file) / (1024 * 1024));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(ImportException.Kind.NOT_FOUND, -1, e);
        } catch (AccessDeniedException e) {
            throw new ImportException(ImportException.Kind.DENIED, -1, e);
        } catch (IOException e) {
            throw new ImportException(ImportException.Kind.UNREADABLE, -1, e, String.valueOf(e.getMessage()));
        }
    }
}
