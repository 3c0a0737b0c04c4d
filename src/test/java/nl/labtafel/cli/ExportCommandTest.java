package nl.labtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.labtafel.AppPaths;
import nl.labtafel.export.Fixtures;
import nl.labtafel.export.TinyPng;
import nl.labtafel.io.SessionStore;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labtafel export}: exit 0 with both documents, 1 for bad input (nothing written), 2 for bad usage. */
class ExportCommandTest {
    private final AppPaths paths = new AppPaths(Path.of(System.getProperty("labtafel.projectDir", ".")));
    private final CliRun cli = new CliRun(paths);

    @TempDir
    Path dir;
    Path session;
    Path minutes;
    Path actions;

    @BeforeEach
    void session() throws Exception {
        session = dir.resolve("lab.json");
        new SessionStore().save(Fixtures.lab(), session);
        minutes = dir.resolve("notulen.docx");
        actions = dir.resolve("actielijst.docx");
    }

    private static List<String> texts(Path docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    @Test
    void writesMinutesAndActionListFromTheDefaultTemplates() throws Exception {
        assertEquals(0, cli.run("export", session.toString(), "--minutes", minutes.toString(), "--actions",
                actions.toString(), "--inventory-appendix", "theme", "--canvas-tables"), cli.err());
        assertEquals(minutes + " geschreven.\n" + actions + " geschreven.\n",
                cli.out().replace("\r", ""));
        assertEquals("", cli.err());
        List<String> text = texts(minutes);
        assertEquals("Belangrijkste uitkomsten Arbeidsmigranten LAB", text.get(0));
        assertTrue(text.contains("Bijlage: inventarisatie per thema"));
        assertEquals("Actielijst Arbeidsmigranten LAB", texts(actions).get(0));
    }

    @Test
    void languageNamesAndPictureOptions() throws Exception {
        Path png = Files.write(dir.resolve("bord.png"), TinyPng.bytes(300, 200));
        assertEquals(0, cli.run("export", session.toString(), "--minutes", minutes.toString(), "--lang", "en",
                "--with-names", "--board-image", png.toString()), cli.err());
        List<String> text = texts(minutes);
        assertEquals("Key outcomes: Arbeidsmigranten LAB", text.get(0));
        assertTrue(text.contains("The theme board: the notes in a column per theme, with the dots per theme"));
        assertTrue(text.stream().anyMatch(t -> t.startsWith("Members: " + Fixtures.MEMBER)));
    }

    @Test
    void aBrokenTemplateFailsWithItsNameAndWritesNothing() throws Exception {
        Path broken = Files.writeString(dir.resolve("huisstijl.docx"), "geen docx");
        assertEquals(1, cli.run("export", session.toString(), "--minutes", minutes.toString(), "--actions",
                actions.toString(), "--actions-template", broken.toString()));
        assertTrue(cli.err().startsWith(broken + ": geen Word-document"), cli.err());
        assertTrue(Files.notExists(minutes), "minutes are not written when the action list cannot be made");
        assertTrue(Files.notExists(actions));
    }

    @Test
    void aBadSessionFileFailsWithItsName() throws Exception {
        Files.writeString(session, "{ \"schemaVersion\": 2, ");
        assertEquals(1, cli.run("export", session.toString(), "--minutes", minutes.toString()));
        assertTrue(cli.err().startsWith(session.toString()), cli.err());
        assertTrue(Files.notExists(minutes));
    }

    @Test
    void usageMistakesExitWithTwo() throws Exception {
        assertEquals(2, cli.run("export", session.toString()));
        assertEquals(2, cli.run("export", session.toString(), "--minutes", minutes.toString(), "--inventory-appendix", "kleur"));
        assertTrue(cli.err().contains("kies actor of theme"), cli.err());
        assertEquals(2, cli.run("export", session.toString(), "--minutes", minutes.toString(), "--lang", "de"));
        assertEquals(2, cli.run("export", session.toString(), "--minutes", minutes.toString(), "--actions", minutes.toString()));
        assertTrue(Files.notExists(minutes));
    }

    @Test
    void refusesToWriteOverTheSessionFile() throws Exception {
        byte[] before = Files.readAllBytes(session);
        assertEquals(1, cli.run("export", session.toString(), "--minutes", session.toString()));
        assertTrue(cli.err().contains("eindigt op .docx"), cli.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(session));
    }
}
