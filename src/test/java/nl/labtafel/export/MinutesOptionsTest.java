package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export options an organiser chooses, and the labels and dates in the session's language. */
class MinutesOptionsTest {
    @TempDir
    Path dir;

    private static Docx minutes(Session s, ExportOptions options) throws ExportException {
        return new Docx(new ExportService(Fixtures.templates()).renderMinutes(s, options, ExportProgress.NONE));
    }

    @Test
    void dutchMinutesHaveTheSeedsHeaderLines() throws Exception {
        try (Docx docx = minutes(Fixtures.lab(), ExportOptions.defaults())) {
            assertEquals(List.of("Belangrijkste uitkomsten Arbeidsmigranten LAB"), docx.texts("Title"));
            assertEquals(List.of("d.d. 24 april 2018 19.30-21.30", "Aantal deelnemers: 25"), docx.texts("Subtitle"));
            assertTrue(docx.allText().contains("Mogelijk vervolg: Vervolgstap van team 1."));
            assertTrue(docx.allText().contains("drie thema's geformuleerd"));
        }
    }

    @Test
    void englishMinutesHaveEnglishLabelsAndDates() throws Exception {
        try (Docx docx = minutes(Fixtures.lab(), ExportOptions.defaults().withLanguage(Language.ENGLISH))) {
            assertEquals(List.of("Key outcomes: Arbeidsmigranten LAB"), docx.texts("Title"));
            assertEquals(List.of("24 April 2018, 19:30\u201321:30", "Number of participants: 25"), docx.texts("Subtitle"));
            assertEquals(List.of("Introduction", "Today, tomorrow and beyond", "Opportunities and challenges",
                    "Research team themes", "Key outcomes of the research teams", "Follow-up", "Agreed actions"),
                    docx.texts("heading 1"));
            assertTrue(docx.allText().contains("Possible next step: Vervolgstap van team 1."));
            assertEquals("1 June 2018", docx.tables().get(0).getRow(1).getCell(3).getText());
            assertEquals("en-GB", docx.doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr()
                    .getLangArray(0).getVal());
        }
    }

    @Test
    void theSessionsLanguageIsTheDefault() throws Exception {
        Session s = Fixtures.lab();
        s.setLanguage("en");
        try (Docx docx = minutes(s, ExportOptions.defaults())) {
            assertEquals("Introduction", docx.texts("heading 1").get(0));
        }
    }

    @Test
    void inventoryAppendixByThemeListsEveryNoteUnderItsTheme() throws Exception {
        Session s = Fixtures.lab();
        try (Docx docx = minutes(s, ExportOptions.defaults().withInventoryAppendix(InventoryGrouping.THEME))) {
            assertEquals("Bijlage: inventarisatie per thema", docx.texts("heading 1").get(7));
            XWPFParagraph appendix = docx.paragraphs().stream()
                    .filter(p -> p.getText().equals("Bijlage: inventarisatie per thema")).findFirst().orElseThrow();
            assertTrue(appendix.isPageBreak(), "the appendix starts on a new page");
            List<String> headings2 = docx.texts("heading 2");
            assertEquals(List.of("Huisvesting en handhaving", "Meedoen, participatie in de samenleving",
                    "Beeldvorming en draagvlak", "Vervoer", "Niet bij een thema ingedeeld"),
                    headings2.subList(3, headings2.size()));
            String text = docx.allText();
            for (var note : s.getNotes()) {
                assertTrue(text.contains(note.getText()), note.getText());
            }
            assertTrue(text.contains("Post-it 3 over wat er al gebeurt (Maatschappelijke organisaties, Kansenfabriek)"));
        }
    }

    @Test
    void canvasTablesHaveThreeColumnsAndOneRowPerCanvasLine() throws Exception {
        Session s = Fixtures.lab();
        try (Docx docx = minutes(s, ExportOptions.defaults().withCanvasTables(true))) {
            List<XWPFTable> canvases = docx.tables().subList(0, 3);
            for (int i = 0; i < 3; i++) {
                XWPFTable t = canvases.get(i);
                int longestLane = 3 + i; // Fixtures: lane k of team i holds k + i + 1 notes
                assertEquals(longestLane + 1, t.getNumberOfRows());
                assertEquals(3, t.getRow(0).getTableCells().size());
                assertEquals("Wat is er nodig? (grondstoffen)", t.getRow(0).getCell(0).getText());
                assertEquals("Labtafel Tabel", docx.tableStyleName(t));
                assertTrue(t.getRow(0).isRepeatHeader());
            }
            assertEquals(List.of("Canvas van het onderzoeksteam Huisvesting en handhaving",
                    "Canvas van het onderzoeksteam Meedoen, participatie in de samenleving",
                    "Canvas van het onderzoeksteam Beeldvorming en draagvlak"), docx.texts("caption"));
        }
    }

    @Test
    void themeBoardPictureSitsUnderThemasWithAnHonestCaption() throws Exception {
        Path png = dir.resolve("bord.png");
        Files.write(png, TinyPng.bytes(400, 200));
        try (Docx docx = minutes(Fixtures.lab(), ExportOptions.defaults().withBoardImage(png))) {
            assertEquals(1, docx.doc.getAllPictures().size());
            List<XWPFParagraph> body = docx.paragraphs();
            int inventory = indexOf(body, "Thema's onderzoeksteams");
            int next = indexOf(body, "Belangrijkste uitkomsten onderzoeksteams");
            int picture = -1;
            for (int i = 0; i < body.size(); i++) {
                if (!body.get(i).getRuns().isEmpty() && !body.get(i).getRuns().get(0).getEmbeddedPictures().isEmpty()) {
                    picture = i;
                }
            }
            assertTrue(inventory < picture && picture < next, "picture at " + picture);
            assertEquals("Het themabord: de post-its in een kolom per thema, met de stippen per thema",
                    body.get(picture + 1).getText());
        }
    }

    @Test
    void memberNamesAreLeftOutUnlessAskedFor() throws Exception {
        try (Docx docx = minutes(Fixtures.lab(), ExportOptions.defaults().withCanvasTables(true))) {
            assertFalse(docx.allText().contains(Fixtures.MEMBER));
        }
        try (Docx docx = minutes(Fixtures.lab(), ExportOptions.defaults().includingNames(true))) {
            assertTrue(docx.allText().contains("Deelnemers: " + Fixtures.MEMBER + ", Piotr Kowalski"));
        }
    }

    @Test
    void emptySectionsAreLeftOut() throws Exception {
        Session s = Fixtures.lab();
        s.setIntroduction("  \n ");
        s.getInsights().getIdeas().clear();
        s.getInsights().getObservations().clear();
        s.setFollowUp("");
        s.getActions().clear();
        s.getTeams().get(1).setOutcome("");
        s.getTeams().get(1).setNextStep("");
        try (Docx docx = minutes(s, ExportOptions.defaults())) {
            assertEquals(List.of("Blik van vandaag, (over)morgen", "Kansen en uitdagingen", "Thema's onderzoeksteams",
                    "Belangrijkste uitkomsten onderzoeksteams"), docx.texts("heading 1"));
            assertEquals(List.of("Kansen en uitdagingen"), docx.texts("heading 3"));
            assertEquals(List.of("Huisvesting en handhaving", "Beeldvorming en draagvlak"), docx.texts("heading 2"));
            assertEquals(0, docx.tables().size());
        }
    }

    @Test
    void aTemplateSavedByDutchWordIsUsedThroughItsOwnIds() throws Exception {
        Path dutch = TemplateVariants.dutchIds(dir);
        try (Docx docx = minutes(Fixtures.lab(), ExportOptions.defaults().withMinutesTemplate(dutch))) {
            XWPFParagraph heading = docx.paragraphs().stream().filter(p -> "heading 1".equals(docx.styleName(p)))
                    .findFirst().orElseThrow();
            assertEquals("Kop1", heading.getStyleID());
            assertTrue(docx.paragraphs().stream().anyMatch(p -> "Lijstopsomteken".equals(p.getStyleID())));
        }
    }

    private static int indexOf(List<XWPFParagraph> body, String text) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).getText().equals(text)) {
                return i;
            }
        }
        return -1;
    }
}
