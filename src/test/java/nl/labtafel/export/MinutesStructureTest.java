package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.labtafel.model.Session;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The minutes are real Word structure, whatever template they come from: the default, one saved by Dutch
 * Word (style ids Kop1, Lijstopsomteken, ...) and one an organiser restyled. Read back with POI.
 */
class MinutesStructureTest {
    @TempDir
    static Path dir;
    static Path dutch;
    static Path restyled;

    @BeforeAll
    static void templates() throws IOException {
        dutch = TemplateVariants.dutchIds(dir);
        restyled = TemplateVariants.restyled(dir);
    }

    static Stream<Arguments> templateVariants() {
        return Stream.of(Arguments.of("default", TemplateVariants.defaultMinutes()), Arguments.of("dutch ids", dutch),
                Arguments.of("restyled", restyled));
    }

    private static final ExportOptions ALL = ExportOptions.defaults().withCanvasTables(true)
            .withInventoryAppendix(InventoryGrouping.ACTOR);

    static Docx export(Path template, Session session, ExportOptions options) throws ExportException {
        return new Docx(new ExportService(Fixtures.templates()).renderMinutes(session,
                options.withMinutesTemplate(template), ExportProgress.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateVariants")
    void everyParagraphHasAStyleDefinedInTheDocument(String name, Path template) throws Exception {
        try (Docx docx = export(template, Fixtures.lab(), ALL)) {
            List<XWPFParagraph> headerCells = docx.tables().stream().flatMap(t -> t.getRow(0).getTableCells().stream())
                    .flatMap(c -> c.getParagraphs().stream()).toList();
            for (XWPFParagraph p : docx.allParagraphs()) {
                if (headerCells.contains(p)) {
                    continue;
                }
                assertNotNull(docx.style(p), "style '" + p.getStyleID() + "' of \"" + p.getText() + "\" is not defined");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateVariants")
    void countsByStyleNameMatchTheSession(String name, Path template) throws Exception {
        Session s = Fixtures.lab();
        try (Docx docx = export(template, s, ALL)) {
            assertEquals(1, docx.count("Title"));
            assertEquals(2, docx.count("Subtitle"), "date line and participants");
            assertEquals(List.of("Introductie", "Blik van vandaag, (over)morgen", "Kansen en uitdagingen",
                    "Thema's onderzoeksteams", "Belangrijkste uitkomsten onderzoeksteams", "Vervolg", "Afgesproken",
                    "Bijlage: inventarisatie per actorgroep"), docx.texts("heading 1"));
            // three teams, then the six actor groups of the appendix
            assertEquals(s.getTeams().size() + Fixtures.GROUPS.size(), docx.count("heading 2"));
            assertEquals(List.of("Opvallend", "Kansen en uitdagingen", "Idee\u00ebn"), docx.texts("heading 3"));
            int bullets = s.getInsights().size() + s.chosenThemes().size() + 3 + s.getNotes().size();
            assertEquals(bullets, docx.count("List Bullet"));
            assertEquals(1 + s.getTeams().size(), docx.tables().size(), "actions and one canvas per team");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateVariants")
    void bulletsAreWordListsWithABulletLevelNeverTypedCharacters(String name, Path template) throws Exception {
        try (Docx docx = export(template, Fixtures.lab(), ALL)) {
            for (XWPFParagraph p : docx.paragraphs()) {
                if ("List Bullet".equals(docx.styleName(p))) {
                    CTLvl level = docx.level(p);
                    assertNotNull(level, "no list behind \"" + p.getText() + "\"");
                    assertEquals(STNumberFormat.BULLET, level.getNumFmt().getVal(), p.getText());
                }
            }
            String text = docx.allText();
            assertFalse(text.contains("\u2022"), "a typed bullet");
            assertFalse(text.contains("!word.") || text.contains("!export"), "a missing label");
            assertFalse(text.contains("{0") || text.contains("{1"), "an unformatted label");
            assertFalse(text.contains("sjabloon") || text.contains("[titel") || text.contains("Kop 1:"),
                    "the template's sample text is left over");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateVariants")
    void teamsAreNumberedHeadingsCountingFromOne(String name, Path template) throws Exception {
        try (Docx docx = export(template, Fixtures.lab(), ExportOptions.defaults())) {
            List<XWPFParagraph> teams = docx.paragraphs().stream().filter(p -> "heading 2".equals(docx.styleName(p)))
                    .toList();
            assertEquals(List.of("Huisvesting en handhaving", "Meedoen, participatie in de samenleving",
                    "Beeldvorming en draagvlak"), teams.stream().map(XWPFParagraph::getText).toList());
            BigInteger numId = teams.get(0).getNumID();
            for (XWPFParagraph team : teams) {
                assertEquals(numId, team.getNumID(), "one list for all team headings");
                assertEquals(STNumberFormat.DECIMAL, docx.level(team).getNumFmt().getVal());
            }
            assertEquals(1, docx.doc.getNumbering().getNum(numId).getCTNum().getLvlOverrideArray(0)
                    .getStartOverride().getVal().intValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateVariants")
    void actionsAreATableInTheTemplatesTableStyleWithARepeatingHeader(String name, Path template) throws Exception {
        Session s = Fixtures.lab();
        try (Docx docx = export(template, s, ExportOptions.defaults())) {
            assertEquals(1, docx.tables().size());
            XWPFTable table = docx.tables().get(0);
            assertEquals("Labtafel Tabel", docx.tableStyleName(table));
            assertEquals(s.getActions().size() + 1, table.getNumberOfRows());
            assertTrue(table.getRow(0).isRepeatHeader());
            assertEquals("Nr.", table.getRow(0).getCell(0).getText());
            assertEquals("Wat", table.getRow(0).getCell(1).getText());
            assertEquals("1", table.getRow(1).getCell(0).getText());
            assertEquals("Gemeente organiseert vervolgbijeenkomst.", table.getRow(1).getCell(1).getText());
            assertEquals("1 juni 2018", table.getRow(1).getCell(3).getText());
            assertFalse(table.getCTTbl().getTblPr().isSetTblBorders(), "direct borders would hide the table style");
            assertTrue(table.getCTTbl().getTblPr().getTblLook().xmlText().matches("(?s).*firstRow=\"(1|true|on)\".*"),
                    "header row formatting switched on");
        }
    }

    /**
     * Fonts, colours and sizes come only from the template's styles, so restyling the template restyles this. The
     * one exception, table header rows, carries the template's own table-style header colour (see
     * HeaderRowColourTest), so a restyled header still reaches the output.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("templateVariants")
    void textCarriesNoDirectFormatting(String name, Path template) throws Exception {
        try (Docx docx = export(template, Fixtures.lab(), ALL)) {
            List<XWPFParagraph> headerCells = docx.tables().stream().flatMap(t -> t.getRow(0).getTableCells().stream())
                    .flatMap(c -> c.getParagraphs().stream()).toList();
            for (XWPFParagraph p : docx.allParagraphs()) {
                if (headerCells.contains(p)) {
                    continue;
                }
                for (XWPFRun r : p.getRuns()) {
                    CTRPr rPr = r.getCTR().getRPr();
                    if (rPr != null) {
                        assertEquals(0, rPr.sizeOfRFontsArray() + rPr.sizeOfColorArray() + rPr.sizeOfSzArray()
                                + rPr.sizeOfBArray() + rPr.sizeOfIArray(), "direct formatting in \"" + p.getText() + "\"");
                    }
                }
            }
        }
    }
}
