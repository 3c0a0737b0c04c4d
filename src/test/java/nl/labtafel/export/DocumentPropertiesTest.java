package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import org.apache.poi.ooxml.POIXMLProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Info in Word: title, subject, author, dates, and the language Word checks spelling in. */
class DocumentPropertiesTest {
    @TempDir
    Path dir;

    private final ExportService service = new ExportService(Fixtures.templates());

    private Docx minutes(Session s, ExportOptions options) throws ExportException {
        return new Docx(service.renderMinutes(s, options, ExportProgress.NONE));
    }

    @Test
    void titleSubjectAndDatesAreThisExportsNotTheTemplates() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        Session session = Fixtures.lab();
        session.getHeader().setSubject("Goede huisvesting en participatie van arbeidsmigranten");
        try (Docx docx = minutes(session, ExportOptions.defaults())) {
            POIXMLProperties.CoreProperties core = docx.doc.getProperties().getCoreProperties();
            assertEquals("Belangrijkste uitkomsten Arbeidsmigranten LAB", core.getTitle());
            assertEquals("Goede huisvesting en participatie van arbeidsmigranten", core.getSubject());
            Instant created = core.getCreated().toInstant();
            assertTrue(!created.isBefore(before.truncatedTo(ChronoUnit.SECONDS))
                    && Duration.between(created, Instant.now()).getSeconds() < 60, "created now: " + created);
            assertEquals(core.getCreated(), core.getModified());
        }
    }

    @Test
    void authorIsTheOrganiserOrElseTheTemplatesAuthorKept() throws Exception {
        try (Docx docx = minutes(Fixtures.lab(), ExportOptions.defaults().withAuthor("Marieke Jansen"))) {
            assertEquals("Marieke Jansen", docx.doc.getProperties().getCoreProperties().getCreator());
            assertEquals("Marieke Jansen", docx.doc.getProperties().getCoreProperties().getLastModifiedByUser());
        }
        Path template = TemplateVariants.rewrite(TemplateVariants.defaultMinutes(), dir.resolve("gemeente.docx"),
                (name, xml) -> name.equals("docProps/core.xml")
                        ? xml.replace("<dc:creator>Labtafel</dc:creator>", "<dc:creator>Gemeente Waalwijk</dc:creator>") : xml);
        try (Docx docx = minutes(Fixtures.lab(), ExportOptions.defaults().withMinutesTemplate(template))) {
            assertEquals("Gemeente Waalwijk", docx.doc.getProperties().getCoreProperties().getCreator());
        }
    }

    @Test
    void englishExportIsTaggedEnglishInStylesSettingsAndProperties() throws Exception {
        try (Docx docx = minutes(Fixtures.lab(), ExportOptions.defaults().withLanguage(Language.ENGLISH))) {
            assertLanguage(docx, "en-GB");
        }
    }

    @Test
    void aDutchSessionInAnEnglishTemplateIsTaggedDutch() throws Exception {
        Path english = TemplateVariants.rewrite(TemplateVariants.defaultMinutes(), dir.resolve("english.docx"),
                (name, xml) -> switch (name) {
                    case "word/styles.xml" -> xml.replace("w:val=\"nl-NL\"", "w:val=\"en-US\"")
                            .replace("<w:name w:val=\"heading 1\"/>",
                                    "<w:name w:val=\"heading 1\"/><w:rPr><w:lang w:val=\"en-US\"/></w:rPr>");
                    case "word/settings.xml" -> xml.replace("<w:decimalSymbol", "<w:themeFontLang w:val=\"en-US\"/><w:decimalSymbol");
                    default -> xml;
                });
        try (Docx docx = minutes(Fixtures.lab(), ExportOptions.defaults().withMinutesTemplate(english))) {
            assertLanguage(docx, "nl-NL");
        }
    }

    private static void assertLanguage(Docx docx, String tag) {
        List<String> inStyles = attributes(docx.doc.getStyles().getCtStyles().xmlText(), "lang", "val");
        assertTrue(!inStyles.isEmpty());
        inStyles.forEach(v -> assertEquals(tag, v, "w:lang in styles"));
        assertEquals(tag, docx.doc.getSettings().getCTSettings().getThemeFontLang().getVal());
        assertEquals(tag, docx.doc.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty()
                .orElse(null));
        String bidi = docx.doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getBidi();
        assertTrue(bidi == null || !bidi.equals(tag), "the complex-script language is not set to " + tag);
    }

    private static List<String> attributes(String xml, String element, String attribute) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("<w:" + element + "\\b[^>]*\\bw:" + attribute + "=\"([^\"]*)\"").matcher(xml);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
