package nl.labtafel.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.labtafel.model.Problem;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionValidator;

/** Loads and saves session files. Plain blocking I/O: callers keep it off the JavaFX thread. */
public final class SessionStore {

    /** Reads, migrates and validates a session file; any problem becomes a clear {@link FileProblemException}. */
    public Session load(Path file) throws FileProblemException {
        byte[] bytes = JsonFiles.readBytes(file);
        Session session = parse(file, bytes);
        List<Problem> problems = SessionValidator.validate(session);
        if (!problems.isEmpty()) {
            throw new FileProblemException(file, problems, -1, -1, null);
        }
        return session;
    }

    /** A loaded session with the stamp of the bytes it came from, for the check before the next save. */
    public record Loaded(Session session, FileStamp stamp) {
    }

    /** {@link #load} that also remembers what the file was, so a later save can see another writer's change. */
    public Loaded loadStamped(Path file) throws FileProblemException {
        byte[] bytes = JsonFiles.readBytes(file);
        Session session = parse(file, bytes);
        List<Problem> problems = SessionValidator.validate(session);
        if (!problems.isEmpty()) {
            throw new FileProblemException(file, problems, -1, -1, null);
        }
        try {
            return new Loaded(session, FileStamp.of(file, bytes));
        } catch (IOException e) {
            throw new FileProblemException(file, new Problem("", "load.failed", JsonFiles.reason(e)), e);
        }
    }

    Session parse(Path file, byte[] bytes) throws FileProblemException {
        try {
            int version = peekVersion(bytes);
            if (version >= Migrations.BINDS_DIRECTLY_FROM && version <= Json.SCHEMA_VERSION) {
                return Json.sessionReader().readValue(bytes);
            }
            JsonNode tree = Json.mapper().readTree(bytes);
            if (!(tree instanceof ObjectNode root)) {
                throw new FileProblemException(file, new Problem("", "load.notObject"), null);
            }
            int treeVersion = version(file, root);
            return Json.mapper().treeToValue(Migrations.migrate(root, treeVersion), Session.class);
        } catch (JsonProcessingException e) {
            throw JsonFiles.failure(file, e);
        } catch (IOException e) {
            throw new FileProblemException(file, new Problem("", "load.failed", e.getMessage()), e);
        }
    }

    private static int version(Path file, ObjectNode root) throws FileProblemException {
        JsonNode v = root.get(Json.SCHEMA_VERSION_FIELD);
        if (v == null) {
            throw new FileProblemException(file, new Problem(Json.SCHEMA_VERSION_FIELD, "load.noVersion"), null);
        }
        if (!v.canConvertToExactIntegral() || v.asInt() < 1) {
            throw new FileProblemException(file, new Problem(Json.SCHEMA_VERSION_FIELD, "load.badVersion",
                    v.toString()), null);
        }
        if (v.asInt() > Json.SCHEMA_VERSION) {
            throw new FileProblemException(file, new Problem(Json.SCHEMA_VERSION_FIELD, "load.futureVersion",
                    v.asInt(), Json.SCHEMA_VERSION), null);
        }
        return v.asInt();
    }

    /**
     * Finds the top-level schemaVersion by streaming, so a current file is bound in a single pass.
     * Returns -1 when it is absent or not a plain number; the tree path then reports the problem.
     */
    private static int peekVersion(byte[] bytes) throws IOException {
        try (JsonParser parser = Json.mapper().createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return -1;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (Json.SCHEMA_VERSION_FIELD.equals(name)) {
                    return value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : -1;
                }
                parser.skipChildren();
            }
            return -1;
        }
    }

    public byte[] serialize(Session session) {
        try {
            return Json.sessionWriter().writeValueAsBytes(session);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A session always serialises", e);
        }
    }

    /**
     * Saves only when the file on disk still has the content of {@code expected} (what this window loaded or
     * last saved; {@link FileStamp#ABSENT} when it was new); null skips the check (the user chose to replace
     * the file). Returns the stamp of what was written, for the next save.
     */
    public FileStamp saveChecked(Session session, Path file, FileStamp expected)
            throws FileProblemException, FileChangedException {
        if (expected != null) {
            FileStamp found;
            try {
                found = FileStamp.current(file);
            } catch (IOException e) {
                throw new FileProblemException(file, new Problem("", "load.failed", JsonFiles.reason(e)), e);
            }
            if (!found.sameContentAs(expected)) {
                throw new FileChangedException(file, expected, found);
            }
        }
        byte[] bytes = serialize(session);
        AtomicFiles.write(file, bytes, true);
        try {
            return FileStamp.of(file, bytes);
        } catch (IOException e) {
            // Written, but its attributes cannot be read back: the content hash is all the next check needs.
            System.getLogger(SessionStore.class.getName()).log(System.Logger.Level.WARNING,
                    "saved " + file + " but cannot read its attributes", e);
            return new FileStamp(bytes.length, Instant.EPOCH, FileStamp.hash(bytes));
        }
    }

    /** Atomically replaces {@code file}; the previous version stays beside it as {@code file.bak}. */
    public void save(Session session, Path file) throws FileProblemException {
        AtomicFiles.write(file, serialize(session), true);
    }
}
