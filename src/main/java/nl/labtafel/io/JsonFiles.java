package nl.labtafel.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import nl.labtafel.model.Problem;

/** Reads a JSON file's bytes and turns every way it can fail into a {@link FileProblemException}. */
final class JsonFiles {
    /** Far beyond any real session (5,000 notes is about 1.5 MB). */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private JsonFiles() {
    }

    /**
     * Reads an ordinary file of at most {@link #MAX_BYTES} and checks it is strict UTF-8. Devices, pipes,
     * sockets and folders are refused before they are opened (a FIFO would block, /dev/zero never ends and
     * reports size 0); the read itself is capped too, in case the file grows or is swapped meanwhile.
     */
    static byte[] readBytes(Path file) throws FileProblemException {
        BasicFileAttributes attributes = attributes(file);
        if (attributes.isDirectory()) {
            throw new FileProblemException(file, new Problem("", "load.isFolder"), null);
        }
        if (!attributes.isRegularFile()) {
            throw new FileProblemException(file, new Problem("", "load.notRegular"), null);
        }
        if (attributes.size() > MAX_BYTES) {
            throw new FileProblemException(file, new Problem("", "load.tooBig", attributes.size() / (1024 * 1024)), null);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new FileProblemException(file, new Problem("", "load.notFound"), e);
        } catch (AccessDeniedException e) {
            throw new FileProblemException(file, new Problem("", "load.denied"), e);
        } catch (IOException e) {
            throw new FileProblemException(file, new Problem("", "load.failed", reason(e)), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new FileProblemException(file, new Problem("", "load.tooBig", bytes.length / (1024 * 1024)), null);
        }
        if (isBlank(bytes)) {
            throw new FileProblemException(file, new Problem("", "load.empty"), null);
        }
        Utf8.check(file, bytes);
        return bytes;
    }

    private static BasicFileAttributes attributes(Path file) throws FileProblemException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            boolean danglingLink = Files.isSymbolicLink(file);
            throw new FileProblemException(file, new Problem("", danglingLink ? "load.badLink" : "load.notFound"), e);
        } catch (AccessDeniedException e) {
            throw new FileProblemException(file, new Problem("", "load.denied"), e);
        } catch (FileSystemException e) {
            // ELOOP: a link that points (through others) back at itself.
            if (Files.isSymbolicLink(file)) {
                throw new FileProblemException(file, new Problem("", "load.badLink"), e);
            }
            throw new FileProblemException(file, new Problem("", "load.failed", reason(e)), e);
        } catch (IOException e) {
            throw new FileProblemException(file, new Problem("", "load.failed", reason(e)), e);
        }
    }

    /** The operating system's reason without the file name Java puts in front of it. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Maps Jackson's failure to a message with the JSON path and the line and column. */
    static FileProblemException failure(Path file, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : location.getColumnNr();
        String path = e instanceof JsonMappingException m ? jsonPath(m.getPath()) : "";
        Problem problem;
        String detail = plain(e.getOriginalMessage());
        if (e instanceof JsonEOFException || detail.contains("end-of-input")) {
            problem = new Problem(path, "load.truncated");
        } else if (e instanceof JsonParseException) {
            problem = detail.contains("UTF-8") || detail.contains("UTF8")
                    ? new Problem(path, "load.utf8")
                    : new Problem(path, "load.syntax", detail);
        } else if (e instanceof InvalidNullException) {
            problem = new Problem(path, "problem.required");
        } else if (e instanceof InvalidFormatException f) {
            problem = new Problem(path, "load.badValue", String.valueOf(f.getValue()),
                    f.getTargetType() == null ? "?" : f.getTargetType().getSimpleName());
        } else if (e instanceof MismatchedInputException m) {
            problem = new Problem(path, "load.wrongType",
                    m.getTargetType() == null ? "?" : m.getTargetType().getSimpleName());
        } else {
            problem = new Problem(path, "load.syntax", detail);
        }
        return new FileProblemException(file, List.of(problem), line, column, e);
    }

    /** Jackson's first line, without its source-location tail (the message gives line and column itself). */
    private static String plain(String message) {
        if (message == null) {
            return "";
        }
        String first = message.lines().findFirst().orElse("");
        for (String tail : new String[] {" (start marker", " at [Source", "\n at"}) {
            int cut = first.indexOf(tail);
            if (cut > 0) {
                first = first.substring(0, cut);
            }
        }
        return first;
    }

    static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }
}
