package nl.labtafel.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.labtafel.io.Json;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session saved before follow-up sessions existed (schema 2) loads, has no series, and continues. */
class SchemaTwoTest {
    @TempDir
    Path dir;

    @Test
    void aVersionTwoFileLoadsAndCanBeContinued() throws Exception {
        Path example = Path.of(System.getProperty("labtafel.projectDir", "."))
                .resolve("sessions/arbeidsmigranten-lab-2018-04-24.json");
        String v2 = Files.readString(example).replaceFirst("\"schemaVersion\" : \\d+", "\"schemaVersion\" : 2");
        Path old = Files.writeString(dir.resolve("oud.json"), v2);
        Session session = new SessionStore().load(old);
        assertNull(session.getSeries());
        assertTrue(session.getActions().stream().noneMatch(a -> a.isCarried()));
        Session fresh = new nl.labtafel.io.TemplateStore().newSession(example.getParent().resolveSibling("templates")
                .resolve("lab-sessie.json"), "", null);
        Session next = FollowUpSessions.continueFrom(session, "oud.json", fresh);
        assertEquals("oud.json", next.getSeries().getPreviousFile());
        Path saved = dir.resolve("nieuw.json");
        new SessionStore().save(next, saved);
        assertTrue(Files.readString(saved).contains("\"schemaVersion\" : " + Json.SCHEMA_VERSION));
        assertEquals(1, new SessionStore().load(saved).getActions().size());
    }
}
