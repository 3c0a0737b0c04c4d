package nl.labtafel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.labtafel.AppPaths;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labtafel import}: all or nothing, bad rows named by line, the session replaced atomically. */
class ImportCommandTest {
    private static final Path PROJECT = Path.of(System.getProperty("labtafel.projectDir", "."));
    private final CliRun cli = new CliRun(new AppPaths(PROJECT));

    @TempDir
    Path dir;
    Path session;
    int before;

    @BeforeEach
    void copyExample() throws Exception {
        session = Files.copy(PROJECT.resolve("sessions/arbeidsmigranten-lab-2018-04-24.json"), dir.resolve("lab.json"));
        before = new SessionStore().load(session).getNotes().size();
    }

    @Test
    void badRowsAreNamedByLineAndNothingIsWritten() throws Exception {
        byte[] original = Files.readAllBytes(session);
        Path csv = Files.writeString(dir.resolve("bron.csv"),
                "Tekst;Groep\nGoed;Inwoners\n;Gemeente\nOok goed;Kerk\n");
        assertEquals(1, cli.run("import", session.toString(), csv.toString()));
        assertTrue(cli.err().contains(csv + ": regel 3: geen tekst in de tekstkolom"), cli.err());
        assertTrue(cli.err().contains(csv + ": regel 4: onbekende actorgroep 'Kerk'"), cli.err());
        assertArrayEquals(original, Files.readAllBytes(session), "the session is untouched");
    }

    @Test
    void columnsByNameOrLetterAndTheSessionGainsTheNotes() throws Exception {
        Path csv = Files.writeString(dir.resolve("bron.csv"),
                "Nr,Wie,Omschrijving van de post-it\n1,Employers,Ontbijt met werkgevers\n2,5,Kamerverhuur\n");
        assertEquals(0, cli.run("import", session.toString(), csv.toString(), "--text-column",
                "omschrijving van de post-it", "--group-column", "B"), cli.err());
        assertTrue(cli.out().startsWith("2 post-its toegevoegd aan " + session), cli.out());
        Session after = new SessionStore().load(session);
        assertEquals(before + 2, after.getNotes().size());
        assertEquals("Kamerverhuur", after.getNotes().get(before + 1).getText());
        assertEquals("huisvesters", after.getNotes().get(before + 1).getActorGroupId());
        assertTrue(Files.exists(session.resolveSibling("lab.json.bak")), "the old version kept");

        assertEquals(1, cli.run("import", session.toString(), csv.toString(), "--text-column", "Tekst"));
        assertTrue(cli.err().contains("kolom 'Tekst' bestaat niet"), cli.err());
    }
}
