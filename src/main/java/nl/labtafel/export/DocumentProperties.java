package nl.labtafel.export;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPrDefault;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * The document's own facts, as Word's File > Info and a screen reader see them: title, the session's subject,
 * created and modified now (not the template's date), the organiser as author (or the template's author
 * kept), and the language of the export everywhere Word reads one, so spelling check and read-aloud follow
 * the session's language whatever language the template was made in.
 */
final class DocumentProperties {
    private static final String W = TableLook.W;

    private DocumentProperties() {
    }

    /** "nl-NL" or "en-GB", the tag Word writes for the export's language. */
    static String languageTag(ExportLabels labels) {
        return labels.language() == Language.ENGLISH ? "en-GB" : "nl-NL";
    }

    static void apply(XWPFDocument doc, Session session, ExportOptions options, ExportLabels labels, String title,
            Instant now) {
        String tag = languageTag(labels);
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(title);
        String subject = SafeText.clean(session.getHeader().getSubject()).strip();
        core.setSubjectProperty(subject.isEmpty() ? null : subject);
        String author = options.author() == null ? "" : SafeText.clean(options.author()).strip();
        if (!author.isEmpty()) {
            core.setCreator(author);
            core.setLastModifiedByUser(author);
        } else if (core.getCreator() == null || core.getCreator().isBlank()) {
            core.setCreator("Labtafel"); // a template without an author: say what made the file
        }
        Date date = Date.from(now);
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setRevision("1");
        core.getUnderlyingProperties().setLanguageProperty(tag);
        languageInStyles(doc, tag);
        languageInSettings(doc, tag);
    }

    /**
     * Every {@code w:lang} in the styles (document defaults and each style) gets the export's language for
     * Latin text; the East Asian and complex-script languages the template names stay.
     */
    private static void languageInStyles(XWPFDocument doc, String tag) {
        ensureDefaultLanguage(doc);
        try (XmlCursor cursor = doc.getStyles().getCtStyles().newCursor()) {
            while (cursor.hasNextToken()) {
                if (cursor.toNextToken() == XmlCursor.TokenType.START && cursor.getName() != null
                        && W.equals(cursor.getName().getNamespaceURI())
                        && "lang".equals(cursor.getName().getLocalPart())
                        && cursor.getObject() instanceof CTLanguage lang) {
                    lang.setVal(tag);
                }
            }
        }
    }

    /**
     * A {@code w:lang} in the document defaults, added when the template has none. Not POI's
     * setSpellingLanguage: it also sets the complex-script (bidi) language, to "nl-NL" of all things.
     */
    private static void ensureDefaultLanguage(XWPFDocument doc) {
        CTStyles styles = doc.getStyles().getCtStyles();
        CTDocDefaults defaults = styles.isSetDocDefaults() ? styles.getDocDefaults() : styles.addNewDocDefaults();
        CTRPrDefault rPrDefault = defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault();
        CTRPr rPr = rPrDefault.isSetRPr() ? rPrDefault.getRPr() : rPrDefault.addNewRPr();
        if (rPr.sizeOfLangArray() == 0) {
            rPr.addNewLang();
        }
    }

    /** {@code w:themeFontLang}: the language Word assumes for theme fonts and new text. */
    private static void languageInSettings(XWPFDocument doc, String tag) {
        if (doc.getSettings() == null) {
            return;
        }
        CTSettings settings = doc.getSettings().getCTSettings();
        CTLanguage lang = settings.isSetThemeFontLang() ? settings.getThemeFontLang() : settings.addNewThemeFontLang();
        lang.setVal(tag);
    }
}
