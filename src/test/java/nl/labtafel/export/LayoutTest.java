package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages an organiser would not fix by hand: nothing stranded at a page's foot, rows that fit, pictures described. */
class LayoutTest {
    @TempDir
    Path dir;

    private final ExportService service = new ExportService(Fixtures.templates());

    private Docx minutes(Session s, ExportOptions options) throws ExportException {
        return new Docx(service.renderMinutes(s, options, ExportProgress.NONE));
    }

    private static XWPFParagraph paragraph(Docx docx, String startsWith) {
        return docx.paragraphs().stream().filter(p -> p.getText().startsWith(startsWith)).findFirst().orElseThrow();
    }

    @Test
    void sentencesIntroducingListsAndHeadingsStayWithWhatFollows() throws Exception {
        try (Docx docx = minutes(Fixtures.lab(), ExportOptions.defaults())) {
            assertTrue(paragraph(docx, "Op basis van de inventarisatie kansen").isKeepNext(), "theme list lead");
            assertTrue(paragraph(docx, "In het onderzoeksteam stonden drie vragen centraal").isKeepNext(), "canvas lead");
            for (XWPFParagraph p : docx.paragraphs()) {
                String style = docx.styleName(p);
                if (style.startsWith("heading")) {
                    assertTrue(p.isKeepNext(), "heading \"" + p.getText() + "\" kept with next");
                }
            }
            List<XWPFParagraph> questions = docx.paragraphs().stream()
                    .filter(p -> p.getText().startsWith("Wat is") || p.getText().startsWith("Wie kan")).toList();
            assertEquals(3, questions.size());
            assertTrue(questions.get(0).isKeepNext() && questions.get(1).isKeepNext(), "a short list stays together");
            assertFalse(questions.get(2).isKeepNext(), "the last point does not pull the next section");
        }
    }

    @Test
    void aLongListKeepsItsFirstTwoAndLastTwoPointsTogether() throws Exception {
        try (Docx docx = minutes(Fixtures.large(40, 3, 1, 3), ExportOptions.defaults()
                .withInventoryAppendix(InventoryGrouping.THEME))) {
            List<XWPFParagraph> body = docx.paragraphs();
            int last = body.size() - 1;
            assertEquals("List Bullet", docx.styleName(body.get(last)));
            assertTrue(body.get(last - 1).isKeepNext(), "the appendix's last point never stands alone on a page");
            assertFalse(body.get(last).isKeepNext());
        }
    }

    @Test
    void tablesNeverStartWithALoneRowAndOnlyShortRowsRefuseToSplit() throws Exception {
        Session s = Fixtures.lab();
        s.getActions().get(1).setWhat("Een lang actiepunt. ".repeat(300));
        try (Docx docx = minutes(s, ExportOptions.defaults().withCanvasTables(true))) {
            for (XWPFTable table : docx.tables()) {
                if (table.getNumberOfRows() >= 3) {
                    assertTrue(keepNext(table.getRow(0)) && keepNext(table.getRow(1)),
                            "header and first row stay with the next row");
                    assertFalse(keepNext(table.getRow(2)));
                }
            }
            XWPFTable actions = docx.tables().get(docx.tables().size() - 1);
            assertTrue(actions.getRow(1).isCantSplitRow(), "a short row is kept whole");
            assertFalse(actions.getRow(2).isCantSplitRow(), "a row of 6,000 characters may break across pages");
        }
    }

    private static boolean keepNext(XWPFTableRow row) {
        return row.getTableCells().stream().flatMap(c -> c.getParagraphs().stream()).allMatch(XWPFParagraph::isKeepNext);
    }

    @Test
    void theBoardPictureHasAltTextSayingWhatItShowsAndAUniqueDrawingId() throws Exception {
        Path png = Files.write(dir.resolve("bord.png"), TinyPng.bytes(400, 200));
        try (Docx docx = minutes(Fixtures.lab(), ExportOptions.defaults().withBoardImage(png));
                Docx english = minutes(Fixtures.lab(), ExportOptions.defaults().withBoardImage(png).withLanguage(Language.ENGLISH))) {
            String xml = docx.doc.getDocument().xmlText();
            List<String> ids = attributes(xml, "docPr", "id");
            assertEquals(1, ids.size());
            assertNotEquals("0", ids.get(0));
            String alt = attributes(xml, "docPr", "descr").get(0);
            assertTrue(alt.startsWith("Het themabord: "), alt);
            assertTrue(alt.contains("Huisvesting en handhaving"), "names the themes it shows: " + alt);
            assertFalse(alt.contains(".png"));
            String englishAlt = attributes(english.doc.getDocument().xmlText(), "docPr", "descr").get(0);
            assertTrue(englishAlt.startsWith("The theme board: "), englishAlt);
        }
    }

    @Test
    void drawingIdsDoNotCollideWithAPictureInTheTemplatesHeader() throws Exception {
        Path png = Files.write(dir.resolve("bord.png"), TinyPng.bytes(400, 200));
        Path template = TemplateVariants.rewrite(TemplateVariants.defaultMinutes(), dir.resolve("met-logo.docx"),
                (name, xml) -> name.equals("word/footer1.xml") ? xml.replace("</w:p></w:ftr>", LOGO + "</w:p></w:ftr>") : xml);
        try (Docx docx = minutes(Fixtures.lab(), ExportOptions.defaults().withBoardImage(png).withMinutesTemplate(template))) {
            assertEquals(List.of("7"), attributes(docx.doc.getFooterList().get(0)._getHdrFtr().xmlText(), "docPr", "id"));
            List<String> ids = attributes(docx.doc.getDocument().xmlText(), "docPr", "id");
            assertEquals(List.of("8"), ids, "the board picture's id comes after the logo's");
        }
    }

    @Test
    void tableOfContentsIsAWordFieldOverTheHeadingsThatWordUpdatesOnOpening() throws Exception {
        try (Docx docx = minutes(Fixtures.lab(), ExportOptions.defaults().withTableOfContents(true))) {
            List<XWPFParagraph> body = docx.paragraphs();
            assertEquals("Inhoud", body.get(3).getText());
            assertEquals("TOC Heading", docx.styleName(body.get(3)));
            XWPFParagraph field = body.get(4);
            String xml = field.getCTP().xmlText();
            assertTrue(xml.contains("TOC \\o \"1-2\""), xml);
            assertTrue(xml.contains("fldCharType=\"begin\"") && xml.contains("fldCharType=\"end\""));
            assertTrue(field.getText().contains("Introductie") && field.getText().contains("Afgesproken"),
                    "until Word updates it, the field shows the headings: " + field.getText());
            assertTrue(docx.doc.getSettings().getCTSettings().isSetUpdateFields());
        }
        try (Docx docx = minutes(Fixtures.lab(), ExportOptions.defaults())) {
            assertFalse(docx.allText().contains("Inhoud"), "no table of contents unless asked for");
        }
    }

    @Test
    void theDefaultTemplatesFooterSaysPageXOfYInTheExportsLanguage() throws Exception {
        try (Docx nl = minutes(Fixtures.lab(), ExportOptions.defaults());
                Docx en = minutes(Fixtures.lab(), ExportOptions.defaults().withLanguage(Language.ENGLISH))) {
            String footer = nl.doc.getFooterList().get(0)._getHdrFtr().xmlText();
            assertTrue(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "), footer);
            assertTrue(nl.doc.getFooterList().get(0).getText().startsWith("pagina 1 van 1"), nl.doc.getFooterList().get(0).getText());
            assertTrue(en.doc.getFooterList().get(0).getText().startsWith("page 1 of 1"), en.doc.getFooterList().get(0).getText());
        }
    }

    @Test
    void delAndNelAreDroppedLikeOtherControlCharacters() throws Exception {
        Session s = Fixtures.lab();
        s.getActions().get(0).setWhat("Gemeente\u007f organiseert\u0085 vervolg\u009f.");
        s.setIntroduction("Intro\u0085 met NEL en\u007f DEL.");
        try (Docx docx = minutes(s, ExportOptions.defaults())) {
            assertTrue(docx.allText().contains("Gemeente organiseert vervolg."));
            assertTrue(docx.allText().contains("Intro met NEL en DEL."));
            assertFalse(docx.allText().matches("(?s).*[\u007f-\u009f].*"));
        }
    }

    /** A logo as Word stores a picture in a footer, reduced to what carries its drawing id. */
    private static final String LOGO = "<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/"
            + "drawingml/2006/wordprocessingDrawing\"><wp:extent cx=\"9525\" cy=\"9525\"/><wp:docPr id=\"7\" "
            + "name=\"Logo\"/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
            + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"/></a:graphic>"
            + "</wp:inline></w:drawing></w:r>";

    private static List<String> attributes(String xml, String element, String attribute) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("<wp:" + element + "\\b[^>]*\\b" + attribute + "=\"([^\"]*)\"").matcher(xml);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
