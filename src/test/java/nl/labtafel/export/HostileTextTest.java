package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.labtafel.model.Insight;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * Text as people paste it: control characters Word XML cannot hold, emoji, right-to-left scripts, line
 * breaks, a novel in one note, nothing at all, thousands of notes. Each gives a document that opens.
 */
class HostileTextTest {

    private static Docx minutes(Session s, ExportOptions options) throws ExportException {
        return new Docx(new ExportService(Fixtures.templates()).renderMinutes(s, options, ExportProgress.NONE));
    }

    private static XWPFParagraph bulletWith(Docx docx, String start) {
        return docx.paragraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void controlCharactersAreDroppedAndTheRestKept() throws Exception {
        Session s = Fixtures.lab();
        s.getHeader().setTitle("LAB\u0000 \u0007Noord\uFFFF");
        s.getInsights().getObservations().add(new Insight("x1", "Kopie\u0001 uit\u000B pdf\u001F met\u0008 rommel\uD800!"));
        try (Docx docx = minutes(s, ExportOptions.defaults())) {
            assertEquals("Belangrijkste uitkomsten LAB Noord", docx.texts("Title").get(0));
            assertEquals("Kopie uit pdf met rommel!", bulletWith(docx, "Kopie").getText());
            assertEquals("Belangrijkste uitkomsten LAB Noord", docx.doc.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void emojiAndRightToLeftTextSurviveAndRightToLeftParagraphsRunRightToLeft() throws Exception {
        Session s = Fixtures.lab();
        s.getInsights().getObservations().add(new Insight("x1", "Feest \uD83C\uDF89 met duim \uD83D\uDC4D\uD83C\uDFFD"));
        s.getInsights().getObservations().add(new Insight("x2", "\u0645\u0631\u062D\u0628\u0627 \u0628\u0643\u0645 in de wijk"));
        s.getInsights().getObservations().add(new Insight("x3", "\u05E9\u05DC\u05D5\u05DD"));
        try (Docx docx = minutes(s, ExportOptions.defaults())) {
            assertEquals("Feest \uD83C\uDF89 met duim \uD83D\uDC4D\uD83C\uDFFD", bulletWith(docx, "Feest").getText());
            XWPFParagraph arabic = bulletWith(docx, "\u0645");
            assertEquals("\u0645\u0631\u062D\u0628\u0627 \u0628\u0643\u0645 in de wijk", arabic.getText());
            assertTrue(arabic.getCTP().getPPr().isSetBidi(), "Arabic runs right to left");
            assertTrue(bulletWith(docx, "\u05E9").getCTP().getPPr().isSetBidi(), "Hebrew runs right to left");
            assertTrue(!bulletWith(docx, "Feest").getCTP().getPPr().isSetBidi());
        }
    }

    @Test
    void lineBreaksInANoteAreWordLineBreaksAndBlankLinesSplitNarratives() throws Exception {
        Session s = Fixtures.lab();
        s.getInsights().getObservations().add(new Insight("x1", "regel 1\nregel 2\r\nregel 3\tmet tab"));
        s.setFollowUp("Alinea een.\nMet een regel erbij.\n\n\nAlinea twee.");
        try (Docx docx = minutes(s, ExportOptions.defaults())) {
            XWPFParagraph p = bulletWith(docx, "regel 1");
            String xml = p.getCTP().xmlText();
            assertEquals(2, xml.split("<w:br/>", -1).length - 1, xml);
            assertEquals(1, xml.split("<w:tab/>", -1).length - 1, xml);
            assertTrue(xml.indexOf("regel 1") < xml.indexOf("<w:br/>") && xml.lastIndexOf("<w:br/>") < xml.indexOf("regel 3"));
            List<String> body = docx.paragraphs().stream().map(XWPFParagraph::getText).toList();
            int vervolg = body.indexOf("Vervolg");
            assertEquals("Alinea een.\nMet een regel erbij.", body.get(vervolg + 1));
            assertEquals("Alinea twee.", body.get(vervolg + 2));
        }
    }

    @Test
    void aFiftyThousandCharacterNoteIsKeptWhole() throws Exception {
        Session s = Fixtures.lab();
        String huge = "Lange tekst zonder einde. ".repeat(2000).substring(0, 50_000);
        s.getInsights().getObservations().add(new Insight("x1", huge));
        s.getActions().get(0).setWhat(huge);
        try (Docx docx = minutes(s, ExportOptions.defaults())) {
            assertEquals(huge.strip(), bulletWith(docx, "Lange tekst").getText().strip());
            assertEquals(huge, docx.tables().get(0).getRow(1).getCell(1).getText());
        }
    }

    @Test
    void anEmptySessionGivesATitleAndNothingElse() throws Exception {
        try (Docx docx = minutes(new Session(), ExportOptions.defaults().withCanvasTables(true)
                .withInventoryAppendix(InventoryGrouping.ACTOR))) {
            assertEquals(List.of("Belangrijkste uitkomsten"), docx.paragraphs().stream().map(XWPFParagraph::getText).toList());
            assertEquals(0, docx.tables().size());
        }
    }

    @Test
    void fiveThousandNotesAllReachTheAppendix() throws Exception {
        Session s = Fixtures.large(5000, 6, 3, 50);
        try (Docx docx = minutes(s, ExportOptions.defaults().withInventoryAppendix(InventoryGrouping.ACTOR))) {
            int bullets = s.getInsights().size() + 3 + 3 + 5000;
            assertEquals(bullets, docx.count("List Bullet"));
            assertTrue(docx.allText().contains("Er zijn 5.000 post-its geplaatst, door inwoners (834)"));
        }
    }

    @Test
    void notesWithoutTextOrGroupDoNotBreakTheExport() throws Exception {
        Session s = Fixtures.lab();
        s.getNotes().add(new Note("e1", "", null));
        s.getNotes().add(new Note("e2", "Zonder groep", "bestaat-niet"));
        try (Docx docx = minutes(s, ExportOptions.defaults().withInventoryAppendix(InventoryGrouping.ACTOR))) {
            assertEquals("Zonder actorgroep", docx.texts("heading 2").get(docx.texts("heading 2").size() - 1));
            assertTrue(docx.allText().contains("deelnemers zonder actorgroep (2)"));
        }
    }
}
