package nl.labtafel.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionLimits;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Messages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {
    private final SessionStore store = new SessionStore();
    private final Messages nl = Messages.forLanguage("nl");

    @TempDir
    Path dir;

    @Test
    void aSavedSessionLoadsBackTheSame() throws Exception {
        Session session = SessionFixtures.generated(200, 1);
        Path file = dir.resolve("s.json");
        store.save(session, file);
        Session loaded = store.load(file);
        assertArrayEquals(store.serialize(session), store.serialize(loaded));
        String json = Files.readString(file);
        assertTrue(json.startsWith("{\n  \"schemaVersion\" : " + Json.SCHEMA_VERSION + ","),
                "readable, versioned, pretty-printed");
    }

    @Test
    void savingKeepsThePreviousVersionAsBackup() throws Exception {
        Path file = dir.resolve("s.json");
        Session session = SessionFixtures.generated(3, 2);
        store.save(session, file);
        byte[] first = Files.readAllBytes(file);
        session.getHeader().setTitle("Tweede versie");
        store.save(session, file);
        assertArrayEquals(first, Files.readAllBytes(AtomicFiles.backupOf(file)));
        assertEquals("Tweede versie", store.load(file).getHeader().getTitle());
    }

    @Test
    void aSavedFileIsReadableLikeAnOrdinaryFileAndKeepsTheOldOnesPermissions() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("s.json");
        store.save(SessionFixtures.generated(1, 6), file);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        store.save(SessionFixtures.generated(1, 7), file);
        assertEquals("rw-rw----", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
    }

    @Test
    void unknownFieldsAreTolerated() throws Exception {
        Path file = dir.resolve("s.json");
        store.save(SessionFixtures.generated(3, 3), file);
        String json = Files.readString(file).replace("\"language\" : \"nl\",",
                "\"language\" : \"nl\", \"addedByAFutureVersion\" : {\"x\" : [1, 2]},");
        Files.writeString(file, json);
        assertEquals(3, store.load(file).getNotes().size());
    }

    @Test
    void anOlderVersionIsMigrated() throws Exception {
        Path file = dir.resolve("v1.json");
        Files.writeString(file, """
                {
                  "schemaVersion": 1,
                  "header": {"title": "Oude sessie", "date": "2018-04-24"},
                  "actorGroups": [{"id": "gemeente", "name": {"nl": "Gemeente", "en": "Municipality"},
                                   "colour": "#D55E00", "key": "6"}],
                  "notes": [{"id": "n1", "text": "Handhaving kamerverhuur", "actor": "gemeente",
                             "position": {"x": 40, "y": 80}}],
                  "insights": {"observations": ["Veel input op huisvesting"], "ideas": []}
                }
                """);
        Session session = store.load(file);
        Note note = session.getNotes().get(0);
        assertEquals("gemeente", note.getActorGroupId());
        assertEquals(40, note.getX());
        assertEquals(80, note.getY());
        assertEquals("Veel input op huisvesting", session.getInsights().getObservations().get(0).getText());
        assertFalse(session.getInsights().getObservations().get(0).getId().isBlank());
        assertEquals(6, session.getPhases().size(), "the prototype had no agenda: it gets the LAB evening");
        Path resaved = dir.resolve("v2.json");
        store.save(session, resaved);
        assertTrue(Files.readString(resaved).contains("\"schemaVersion\" : " + Json.SCHEMA_VERSION));
    }

    @Test
    void badFilesGiveOneClearMessageNamingFileAndPlace() throws Exception {
        assertProblem(write("empty.json", ""), "bestand is leeg");
        assertProblem(write("truncated.json", "{\"schemaVersion\": 2, \"notes\": [{\"id\": \"n1\""),
                "regel 1, kolom", "afgebroken");
        assertProblem(write("notjson.json", "Belangrijkste uitkomsten"), "geen geldige JSON");
        assertProblem(write("types.json", "{\"schemaVersion\": 2,\n \"notes\": [{\"id\": \"n1\", \"votes\": \"veel\"}]}"),
                "regel 2", "notes[0].votes");
        assertProblem(write("future.json", "{\"schemaVersion\": 99}"), "schemaVersion 99 is nieuwer");
        assertProblem(write("noversion.json", "{\"notes\": []}"), "schemaVersion ontbreekt");
        assertProblem(write("dup.json", "{\"schemaVersion\": 2, \"notes\": [{\"id\": \"n1\"}, {\"id\": \"n1\"}]}"),
                "notes[1].id", "dubbel");
        assertProblem(write("link.json", "{\"schemaVersion\": 2, \"notes\": [{\"id\": \"n1\", \"themeId\": \"t9\"}]}"),
                "notes[0].themeId", "'t9'");
        assertProblem(write("nullitem.json", "{\"schemaVersion\": 2, \"notes\": [null]}"), "notes[0]", "ontbreekt");
        Path utf8 = dir.resolve("utf8.json");
        Files.write(utf8, new byte[] {'{', '"', 's', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        assertProblem(utf8, "UTF-8");
        Files.createDirectory(dir.resolve("folder.json"));
        assertProblem(dir.resolve("folder.json"), "map");
        assertProblem(dir.resolve("missing.json"), "niet gevonden");
    }

    @Test
    void overLongTextIsRefusedWithItsPlace() throws Exception {
        Session session = SessionFixtures.generated(2, 4);
        session.getNotes().get(1).setText("x".repeat(SessionLimits.SHORT_TEXT + 1));
        Path file = dir.resolve("long.json");
        store.save(session, file);
        assertProblem(file, "notes[1].text", "langer dan het maximum");
    }

    @Test
    void aFailedSaveLeavesTheOldFileIntactAndSaysWhy() throws Exception {
        Path file = dir.resolve("s.json");
        store.save(SessionFixtures.generated(3, 5), file);
        byte[] before = Files.readAllBytes(file);
        FileProblemException e = assertThrows(FileProblemException.class, () -> AtomicFiles.write(file, channel -> {
            channel.write(ByteBuffer.wrap("{\"half".getBytes(StandardCharsets.UTF_8)));
            throw new IOException("No space left on device");
        }, true));
        assertTrue(e.describe(nl).get(0).contains("schijf is vol"), e.describe(nl).toString());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("s.json"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left behind");
        }
    }

    @Test
    void savingOverAFolderOrIntoAMissingFolderSaysWhy() {
        FileProblemException folder = assertThrows(FileProblemException.class,
                () -> store.save(new Session(), dir));
        assertTrue(folder.describe(nl).get(0).contains("map"));
        FileProblemException missing = assertThrows(FileProblemException.class,
                () -> store.save(new Session(), dir.resolve("nope/s.json")));
        assertTrue(missing.describe(nl).get(0).contains("bestaat niet"), missing.describe(nl).toString());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private void assertProblem(Path file, String... fragments) throws IOException {
        byte[] before = Files.exists(file) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        FileProblemException e = assertThrows(FileProblemException.class, () -> store.load(file));
        String message = String.join("\n", e.describe(nl));
        assertTrue(message.startsWith(file.toString()), message);
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), "expected '" + fragment + "' in: " + message);
        }
        if (before != null) {
            assertArrayEquals(before, Files.readAllBytes(file), "a failed load never changes the file");
        }
    }
}
