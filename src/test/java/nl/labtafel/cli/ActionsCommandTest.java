package nl.labtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.labtafel.AppPaths;
import nl.labtafel.export.Fixtures;
import nl.labtafel.io.SessionStore;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labtafel actions FILE… --xlsx OUT}: one sheet over several sessions; a bad file writes nothing. */
class ActionsCommandTest {
    private final CliRun cli = new CliRun(new AppPaths(Path.of(System.getProperty("labtafel.projectDir", "."))));

    @TempDir
    Path dir;

    @Test
    void twoSessionsInOneSheetAndOnlyOpenOnes() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        new SessionStore().save(Fixtures.lab(), a);
        new SessionStore().save(Fixtures.lab(), b);
        Path out = dir.resolve("acties.xlsx");
        assertEquals(0, cli.run("actions", a.toString(), b.toString(), "--open", "--xlsx", out.toString()), cli.err());
        assertEquals(out + " geschreven.\n", cli.out().replace("\r", ""));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(1 + 2 * 2, sheet.getLastRowNum() + 1, "2 open actions per session");
        }
    }

    @Test
    void aBadSessionWritesNothingAndNamesTheFile() throws Exception {
        Path good = dir.resolve("goed.json");
        new SessionStore().save(Fixtures.lab(), good);
        Path bad = Files.writeString(dir.resolve("kapot.json"), "{\"schemaVersion\": 3, \"notes\": [");
        Path out = dir.resolve("acties.xlsx");
        assertEquals(1, cli.run("actions", good.toString(), bad.toString(), "--xlsx", out.toString()));
        assertTrue(cli.err().contains("kapot.json"), cli.err());
        assertFalse(Files.exists(out));
        assertEquals(2, cli.run("actions", good.toString()), "--xlsx is required");
    }
}
