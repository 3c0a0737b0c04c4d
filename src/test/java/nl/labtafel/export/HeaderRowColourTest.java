package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table header text stays readable on its dark fill whatever the house style does to Normal: a dark-grey
 * Normal (Word lets it beat the table style's white) and a template re-saved by LibreOffice (which writes
 * "auto" colour into Normal). The header runs carry the table style's own header colour.
 */
class HeaderRowColourTest {
    @TempDir
    static Path dir;

    static Path greyNormal() throws Exception {
        return TemplateVariants.rewrite(TemplateVariants.defaultMinutes(), dir.resolve("notulen-grijs.docx"),
                (name, xml) -> name.equals("word/styles.xml") ? xml.replace(
                        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>",
                        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
                                + "<w:rPr><w:color w:val=\"333333\"/></w:rPr></w:style>") : xml);
    }

    /** templates/notulen.docx opened and saved again by LibreOffice 7.4 (soffice --convert-to docx). */
    static Path libreOfficeResaved() throws Exception {
        Path file = dir.resolve("notulen-libreoffice.docx");
        try (InputStream in = HeaderRowColourTest.class.getResourceAsStream("notulen-libreoffice.docx")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    static Stream<Arguments> hostileTemplates() throws Exception {
        return Stream.of(Arguments.of("grey Normal", greyNormal()), Arguments.of("LibreOffice re-save", libreOfficeResaved()),
                Arguments.of("default", TemplateVariants.defaultMinutes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTemplates")
    void headerTextIsWhiteAndBoldOnTheDarkFillInMinutesAndActionList(String name, Path template) throws Exception {
        ExportService service = new ExportService(Fixtures.templates());
        ExportOptions options = ExportOptions.defaults().withCanvasTables(true).withMinutesTemplate(template)
                .withActionsTemplate(template);
        try (Docx minutes = new Docx(service.renderMinutes(Fixtures.lab(), options, ExportProgress.NONE));
                Docx actions = new Docx(service.renderActions(Fixtures.lab(), options, ExportProgress.NONE))) {
            List<XWPFTable> tables = Stream.concat(minutes.tables().stream(), actions.tables().stream()).toList();
            assertTrue(tables.size() >= 3, "action tables and canvas tables: " + tables.size());
            for (XWPFTable table : tables) {
                List<XWPFRun> runs = table.getRow(0).getTableCells().stream().flatMap(c -> c.getParagraphs().stream())
                        .flatMap(p -> p.getRuns().stream()).toList();
                assertFalse(runs.isEmpty());
                for (XWPFRun run : runs) {
                    assertEquals("FFFFFF", run.getColor(), name + ": header \"" + run.text() + "\"");
                    assertTrue(run.isBold(), name + ": header \"" + run.text() + "\" bold");
                }
                for (XWPFRun run : table.getRow(1).getCell(1).getParagraphs().get(0).getRuns()) {
                    assertEquals(null, run.getColor(), "body rows keep the template's colours");
                }
            }
        }
    }

    @Test
    void aRestyledHeaderColourIsWhatTheRunsCarry() throws Exception {
        Path yellow = TemplateVariants.rewrite(TemplateVariants.defaultMinutes(), dir.resolve("geel.docx"),
                (name, xml) -> name.equals("word/styles.xml")
                        ? xml.replace("<w:b/><w:bCs/><w:color w:val=\"FFFFFF\"/>", "<w:color w:val=\"FFD700\"/>") : xml);
        try (Docx docx = new Docx(new ExportService(Fixtures.templates()).renderMinutes(Fixtures.lab(),
                ExportOptions.defaults().withMinutesTemplate(yellow), ExportProgress.NONE))) {
            XWPFRun run = docx.tables().get(0).getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertEquals("FFD700", run.getColor());
            assertFalse(run.isBold(), "the restyled header is not bold, so neither are its runs");
        }
    }

    @Test
    void withoutAHeaderColourADarkFillGetsWhiteAndALightOneNothing() {
        assertTrue(TableLook.isDark("1F4E79"));
        assertTrue(TableLook.isDark("2E7D32"));
        assertFalse(TableLook.isDark("EAF1F8"));
        assertFalse(TableLook.isDark("FFD700"));
    }
}
