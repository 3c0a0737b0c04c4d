package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The action list: one table ready to mail round, with the session's title and date above it. */
class ActionListTest {
    @TempDir
    Path dir;

    private final ExportService service = new ExportService(Fixtures.templates());

    private Docx actions(Session s, ExportOptions options) throws ExportException {
        return new Docx(service.renderActions(s, options, ExportProgress.NONE));
    }

    private static List<String> row(XWPFTable t, int i) {
        return t.getRow(i).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    @Test
    void oneTableOfWhatWhoWhenStatusAndTheme() throws Exception {
        Session s = Fixtures.lab();
        try (Docx docx = actions(s, ExportOptions.defaults())) {
            assertEquals(List.of("Actielijst Arbeidsmigranten LAB"), docx.texts("Title"));
            assertEquals(List.of("d.d. 24 april 2018 19.30-21.30"), docx.texts("Subtitle"));
            assertEquals(List.of("3 afgesproken actiepunten."), docx.texts("Normal"));
            assertEquals(1, docx.tables().size());
            XWPFTable t = docx.tables().get(0);
            assertEquals("Labtafel Tabel", docx.tableStyleName(t));
            assertTrue(t.getRow(0).isRepeatHeader());
            assertEquals(s.getActions().size() + 1, t.getNumberOfRows());
            assertEquals(List.of("Nr.", "Wat", "Wie", "Wanneer", "Status", "Thema", "Voortgang / opmerkingen"),
                    row(t, 0));
            assertEquals(List.of("1", "Gemeente organiseert vervolgbijeenkomst.", "Gemeente", "1 juni 2018", "Open",
                    "Huisvesting en handhaving", ""), row(t, 1));
            assertEquals(List.of("2", "Vervolgsessie in de Kansenfabriek.", "Deelnemers Meedoen", "", "In uitvoering",
                    "Meedoen, participatie in de samenleving", ""), row(t, 2), "theme found through the team");
            assertEquals("Afgerond", row(t, 3).get(4));
            for (var p : docx.allParagraphs()) {
                assertTrue(docx.style(p) != null);
            }
        }
    }

    @Test
    void englishStatusesAndDates() throws Exception {
        try (Docx docx = actions(Fixtures.lab(), ExportOptions.defaults().withLanguage(Language.ENGLISH))) {
            XWPFTable t = docx.tables().get(0);
            assertEquals(List.of("No.", "What", "Who", "When", "Status", "Theme", "Progress / notes"), row(t, 0));
            assertEquals("1 June 2018", row(t, 1).get(3));
            assertEquals(List.of("Open", "In progress", "Done"), List.of(row(t, 1).get(4), row(t, 2).get(4), row(t, 3).get(4)));
            assertEquals(List.of("Action list: Arbeidsmigranten LAB"), docx.texts("Title"));
        }
    }

    @Test
    void noActionsSaysSoInsteadOfAnEmptyTable() throws Exception {
        Session s = Fixtures.lab();
        s.getActions().clear();
        try (Docx docx = actions(s, ExportOptions.defaults())) {
            assertEquals(0, docx.tables().size());
            assertTrue(docx.allText().contains("Er zijn geen actiepunten afgesproken."));
        }
    }

    @Test
    void anActionListTemplateNeedsOnlyTheStylesItUses() throws Exception {
        Path noLists = TemplateVariants.without(dir, "ListBullet");
        try (Docx docx = actions(Fixtures.lab(), ExportOptions.defaults().withActionsTemplate(noLists))) {
            assertEquals(4, docx.tables().get(0).getNumberOfRows());
        }
    }
}
