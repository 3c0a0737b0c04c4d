package nl.labtafel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.Problem;
import nl.labtafel.model.Session;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phase summaries and action progress in the session file: optional, so files from before them still load. */
class PhaseSummaryFileTest {
    @TempDir
    Path dir;

    private final SessionStore store = new SessionStore();

    @Test
    void aFileFromBeforeSummariesLoadsWithEmptyOnes() throws Exception {
        Path file = Files.writeString(dir.resolve("oud.json"), """
                { "schemaVersion": 2, "language": "nl",
                  "phases": [ { "id": "inventory", "kind": "INVENTORY", "minutes": 25 } ],
                  "actions": [ { "id": "a1", "what": "Datumprikker sturen", "owner": "Gemeente", "status": "OPEN" } ] }
                """);
        Session s = store.load(file);
        assertEquals("", s.getPhases().get(0).getSummary());
        assertEquals("", s.getActions().get(0).getRemark());
    }

    @Test
    void aVersionOneFileLoadsToo() throws Exception {
        Path file = Files.writeString(dir.resolve("v1.json"), """
                { "schemaVersion": 1, "phases": [ { "id": "p", "kind": "THEMES", "minutes": 15 } ],
                  "notes": [ { "id": "n1", "text": "Taalcafé", "actor": "inwoners" } ],
                  "actorGroups": [ { "id": "inwoners", "name": { "nl": "Inwoners" }, "colour": "#E69F00" } ] }
                """);
        assertEquals("", store.load(file).getPhases().get(0).getSummary());
    }

    @Test
    void summaryAndProgressAreSavedAndLoadedBack() throws Exception {
        Session s = store.load(Files.writeString(dir.resolve("s.json"), """
                { "schemaVersion": 2, "phases": [ { "id": "inventory", "kind": "INVENTORY", "minutes": 25 } ] }
                """));
        s.getPhases().get(0).setSummary("Hieruit blijkt dat er veel partijen actief zijn.");
        ActionItem a = new ActionItem("a1", "Datumprikker sturen", "Gemeente");
        a.setRemark("Verstuurd op 2 mei");
        s.getActions().add(a);
        Path file = dir.resolve("opgeslagen.json");
        store.save(s, file);
        Session loaded = store.load(file);
        assertEquals("Hieruit blijkt dat er veel partijen actief zijn.", loaded.getPhases().get(0).getSummary());
        assertEquals("Verstuurd op 2 mei", loaded.getActions().get(0).getRemark());
        assertEquals("Verstuurd op 2 mei", loaded.copy().getActions().get(0).getRemark());
        assertEquals(loaded.getPhases().get(0).getSummary(), loaded.copy().getPhases().get(0).getSummary());
    }

    @Test
    void anAbsurdlyLongSummaryIsRefusedWithItsPath() throws Exception {
        Path file = Files.writeString(dir.resolve("lang.json"), "{ \"schemaVersion\": 2, \"phases\": [ { \"id\": \"p\", "
                + "\"kind\": \"INVENTORY\", \"minutes\": 1, \"summary\": \"" + "x".repeat(200_001) + "\" } ] }");
        FileProblemException e = Assertions.assertThrows(FileProblemException.class,
                () -> store.load(file));
        List<Problem> problems = e.problems();
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("phases[0].summary")), problems.toString());
    }
}
