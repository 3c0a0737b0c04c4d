package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.labtafel.model.Session;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/** An organiser restyles the template in Word; the next export has the new look, no code changed. */
class RestyledTemplateTest {
    @TempDir
    Path dir;

    @Test
    void newFontsColoursBulletAndTableLookReachTheOutput() throws Exception {
        Path restyled = TemplateVariants.restyled(dir);
        Session s = Fixtures.lab();
        try (Docx plain = MinutesStructureTest.export(TemplateVariants.defaultMinutes(), s, ExportOptions.defaults());
                Docx docx = MinutesStructureTest.export(restyled, s, ExportOptions.defaults())) {
            XWPFParagraph heading = docx.paragraphs().stream().filter(p -> "heading 1".equals(docx.styleName(p)))
                    .findFirst().orElseThrow();
            CTStyle h1 = docx.style(heading).getCTStyle();
            assertEquals(TemplateVariants.RESTYLED_HEADING_FONT, h1.getRPr().getRFontsArray(0).getAscii());
            assertEquals(TemplateVariants.RESTYLED_HEADING_COLOUR, h1.getRPr().getColorArray(0).xgetVal().getStringValue());
            assertEquals(TemplateVariants.RESTYLED_BODY_FONT,
                    docx.doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getAscii());

            XWPFParagraph bullet = docx.paragraphs().stream().filter(p -> "List Bullet".equals(docx.styleName(p)))
                    .findFirst().orElseThrow();
            assertEquals(TemplateVariants.RESTYLED_BULLET, docx.level(bullet).getLvlText().getVal());
            XWPFParagraph plainBullet = plain.paragraphs().stream()
                    .filter(p -> "List Bullet".equals(plain.styleName(p))).findFirst().orElseThrow();
            assertNotEquals(TemplateVariants.RESTYLED_BULLET, plain.level(plainBullet).getLvlText().getVal());

            XWPFTable table = docx.tables().get(0);
            XWPFStyle tableStyle = docx.doc.getStyles().getStyle(table.getStyleID());
            // poi-ooxml-lite has no class for w:tblStylePr, so the header row's look is read from the XML
            String xml = tableStyle.getCTStyle().xmlText();
            Matcher firstRow = Pattern.compile(
                    "tblStylePr w:type=\"firstRow\".*?w:fill=\"(\\w+)\"", Pattern.DOTALL).matcher(xml);
            assertEquals(true, firstRow.find(), xml);
            assertEquals(TemplateVariants.RESTYLED_HEADER_FILL, firstRow.group(1));
        }
    }
}
