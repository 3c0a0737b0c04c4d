package nl.labtafel.export;

import java.util.ArrayList;
import java.util.List;
import nl.labtafel.text.Language;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The default templates' footer says "pagina 1 van 3" around two page fields; an English export says "page 1
 * of 3". Only runs that are exactly those words are changed, so an organiser's own footer text stays as typed.
 */
final class FooterWords {
    private FooterWords() {
    }

    static void localise(XWPFDocument doc, ExportLabels labels) {
        if (labels.language() != Language.ENGLISH) {
            return;
        }
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        for (XWPFFooter footer : doc.getFooterList()) {
            paragraphs.addAll(footer.getParagraphs());
        }
        for (XWPFHeader header : doc.getHeaderList()) {
            paragraphs.addAll(header.getParagraphs());
        }
        for (XWPFParagraph p : paragraphs) {
            for (XWPFRun run : p.getRuns()) {
                String text = run.text();
                if ("pagina ".equals(text)) {
                    run.setText(labels.get("footer.page"), 0);
                } else if (" van ".equals(text)) {
                    run.setText(labels.get("footer.of"), 0);
                }
            }
        }
    }
}
