package nl.labtafel.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.labtafel.io.SessionStore;
import nl.labtafel.text.Messages;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Post-its from CSV (encodings, delimiters, quotes), Excel, pasted cells and another session. */
class ImportTest {
    static final Path EXAMPLE = Path.of(System.getProperty("labtafel.projectDir", "."))
            .resolve("sessions/arbeidsmigranten-lab-2018-04-24.json");
    private static final Messages NL = Messages.forLanguage("nl");

    @TempDir
    Path dir;
    Session session;

    @BeforeEach
    void example() throws Exception {
        session = new SessionStore().load(EXAMPLE);
    }

    private ImportPlan plan(Path file) throws Exception {
        ImportSources.Source source = ImportSources.open(file, null);
        return source.plan(session, source.isSession() ? null : ColumnMapping.guess(source.table()));
    }

    private static final String DUTCH = "Tekst;Groep;Organisatie\n"
            + "Taalcaf\u00e9 in de bibliotheek;Inwoners;Bibliotheek\n"
            + "Idee\u00ebn voor een welkomstborrel;gemeente;\n"
            + "Huisvesting op de campus;Housing providers;Stichting Wonen\n"
            + "Maatje voor nieuwe buren;2;\n";

    private void assertDutchRows(ImportPlan plan) {
        assertTrue(plan.isClean(), () -> plan.problems().toString());
        List<Note> notes = plan.notes();
        assertEquals(4, notes.size());
        assertEquals("Taalcaf\u00e9 in de bibliotheek", notes.get(0).getText());
        assertEquals("inwoners", notes.get(0).getActorGroupId());
        assertEquals("Bibliotheek", notes.get(0).getOrganisation());
        assertEquals("Idee\u00ebn voor een welkomstborrel", notes.get(1).getText());
        assertEquals("gemeente", notes.get(1).getActorGroupId(), "Dutch name in any case");
        assertEquals("huisvesters", notes.get(2).getActorGroupId(), "English name");
        assertEquals("arbeidsmigranten", notes.get(3).getActorGroupId(), "the group's key");
    }

    @Test
    void utf8WithAndWithoutBomAndWindows1252ReadTheSame() throws Exception {
        Path plain = Files.write(dir.resolve("utf8.csv"), DUTCH.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(DUTCH.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Path withBom = Files.write(dir.resolve("bom.csv"), bom.toByteArray());
        Path ansi = Files.write(dir.resolve("ansi.csv"), DUTCH.getBytes(TextDecoding.WINDOWS_1252));

        assertDutchRows(plan(plain));
        assertDutchRows(plan(withBom));
        assertDutchRows(plan(ansi));
        assertEquals("UTF-8, ;", plan(plain).format());
        assertEquals("UTF-8 (BOM), ;", plan(withBom).format());
        assertEquals("Windows-1252, ;", plan(ansi).format());
    }

    @Test
    void commaAndTabDelimitedAndQuotedFieldsWithNewlines() throws Exception {
        String comma = "text,group\n\"Taalles, met koffie\",Residents\n\"Eerste regel\nTweede \"\"regel\"\"\",6\n"
                + ",Gemeente\nLaatste,Onbekend\n";
        ImportPlan plan = plan(Files.writeString(dir.resolve("comma.csv"), comma));
        assertEquals("UTF-8, ,", plan.format());
        assertEquals(2, plan.notes().size());
        assertEquals("Taalles, met koffie", plan.notes().get(0).getText());
        assertEquals("Eerste regel\nTweede \"regel\"", plan.notes().get(1).getText());
        assertEquals(2, plan.problems().size());
        assertEquals(5, plan.problems().get(0).line(), "the quoted newline counts: this row is on line 5");
        assertEquals("comma.csv: regel 5: geen tekst in de tekstkolom",
                plan.problems().get(0).describe("comma.csv", NL));
        assertEquals("comma.csv: regel 6: onbekende actorgroep 'Onbekend'",
                plan.problems().get(1).describe("comma.csv", NL));

        ImportPlan tabs = plan(Files.writeString(dir.resolve("cells.tsv"), "Fietsreparatie\t3\nSpreekuur\t\n"));
        assertTrue(tabs.isClean());
        assertEquals("ondernemers", tabs.notes().get(0).getActorGroupId(), "no header: text, then group");
        assertEquals(null, tabs.notes().get(1).getActorGroupId());
    }

    @Test
    void pastedSpreadsheetCells() throws Exception {
        ImportSources.Source pasted = ImportSources.pasted("Wat\tWie\nKookavond; met buren\tInwoners\n");
        ImportPlan plan = pasted.plan(session, ColumnMapping.guess(pasted.table()));
        assertEquals(1, plan.notes().size());
        assertEquals("Kookavond; met buren", plan.notes().get(0).getText(), "tabs win over semicolons");
    }

    @Test
    void tenThousandRowsImportQuicklyAndLandInTheirColumns() throws Exception {
        StringBuilder csv = new StringBuilder("Tekst;Groep\n");
        String[] groups = {"Inwoners", "Arbeidsmigranten", "Ondernemers", "Maatschappelijke organisaties",
            "Huisvesters", "Gemeente"};
        for (int i = 0; i < 10_000; i++) {
            csv.append("Post-it nummer ").append(i).append(" over taal en werk;").append(groups[i % 6]).append('\n');
        }
        Path file = Files.writeString(dir.resolve("groot.csv"), csv);
        long start = System.nanoTime();
        ImportPlan plan = plan(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(plan.isClean());
        assertEquals(10_000, plan.notes().size());
        assertTrue(millis < 5_000, "10,000 rows took " + millis + " ms");
        Note last = plan.notes().get(9_999);
        assertEquals(40 + 3 * 260, last.getX(), "column of the fourth group");
        double maxExisting = session.getNotes().stream().filter(n -> n.getX() == last.getX())
                .mapToDouble(Note::getY).max().orElse(0);
        assertTrue(plan.notes().get(3).getY() > maxExisting, "below the notes already in that column");
        assertEquals(10_000, plan.notes().stream().map(n -> n.getX() + "/" + n.getY()).distinct().count(),
                "no two on the same spot");
    }

    @Test
    void excelWithSeveralSheets() throws Exception {
        Path xlsx = dir.resolve("postits.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Leeg");
            XSSFSheet first = book.createSheet("Tafel 1");
            first.createRow(0).createCell(0).setCellValue("Tekst");
            first.getRow(0).createCell(1).setCellValue("Groep");
            first.createRow(1).createCell(0).setCellValue("Buurtapp voor nieuwkomers");
            first.getRow(1).createCell(1).setCellValue("Inwoners");
            first.createRow(3).createCell(0).setCellValue("Fietsenplan");
            first.getRow(3).createCell(1).setCellValue("Municipality");
            XSSFSheet second = book.createSheet("Tafel 2");
            second.createRow(0).createCell(0).setCellValue("Werkgeversontbijt");
            second.getRow(0).createCell(1).setCellValue(3);
            second.createRow(1).createCell(1).setCellValue("Gemeente");
            try (var out = Files.newOutputStream(xlsx)) {
                book.write(out);
            }
        }
        ImportPlan first = plan(xlsx);
        assertEquals("Tafel 1", first.format(), "the first sheet with content");
        assertEquals(List.of("Buurtapp voor nieuwkomers", "Fietsenplan"),
                first.notes().stream().map(Note::getText).toList());
        assertEquals("gemeente", first.notes().get(1).getActorGroupId());

        ImportSources.Source second = ImportSources.open(xlsx, "tafel 2");
        ImportPlan plan = second.plan(session, ColumnMapping.guess(second.table()));
        assertEquals(1, plan.notes().size());
        assertEquals("ondernemers", plan.notes().get(0).getActorGroupId(), "a number cell as the key");
        assertEquals(2, plan.problems().get(0).line(), "Excel's row number");

        ImportException missing = assertThrows(ImportException.class, () -> ImportSources.open(xlsx, "Tafel 9"));
        assertEquals("postits.xlsx: werkblad 'Tafel 9' bestaat niet; wel: Leeg, Tafel 1, Tafel 2",
                missing.describe("postits.xlsx", NL));
        Path fake = Files.writeString(dir.resolve("nep.xlsx"), "Tekst;Groep\n");
        assertEquals(ImportException.Kind.NOT_XLSX, assertThrows(ImportException.class,
                () -> ImportSources.open(fake, null)).kind());
    }

    @Test
    void anotherSessionsInventoryMergesWithFreshIdsAndNoThemes() throws Exception {
        ImportPlan plan = plan(EXAMPLE);
        assertEquals(session.getNotes().size(), plan.notes().size());
        for (int i = 0; i < plan.notes().size(); i++) {
            Note in = plan.notes().get(i);
            Note from = session.getNotes().get(i);
            assertEquals(from.getText(), in.getText());
            assertEquals(from.getActorGroupId(), in.getActorGroupId());
            assertTrue(session.note(in.getId()).isEmpty(), "fresh id");
            assertEquals(null, in.getThemeId());
        }
    }

    @Test
    void anUnclosedQuoteNamesItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("kapot.csv"), "Tekst;Groep\nGoed;1\n\"Nooit gesloten;2\n");
        ImportException e = assertThrows(ImportException.class, () -> plan(file));
        assertEquals(ImportException.Kind.UNREADABLE, e.kind());
        assertTrue(e.describe("kapot.csv", NL).startsWith("kapot.csv: "), e.describe("kapot.csv", NL));
    }
}
