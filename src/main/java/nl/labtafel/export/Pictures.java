package nl.labtafel.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;

/**
 * What a screen reader and Word's selection pane know about a picture: a drawing id unique in the document
 * (POI gives every picture id 0, and Word may then drop or mix them up), a name, and alternative text that
 * says what the picture shows, in the document's language, instead of the file name.
 */
final class Pictures {
    private static final Pattern DOC_PR_ID = Pattern.compile("<(?:\\w+:)?docPr\\b[^>]*?\\bid=\"(\\d+)\"");

    private Pictures() {
    }

    /** The highest drawing id already used, by a logo in the template's header or footer for instance. */
    static long highestDrawingId(XWPFDocument doc) {
        long highest = 0;
        StringBuilder xml = new StringBuilder();
        for (XWPFHeader header : doc.getHeaderList()) {
            xml.append(header._getHdrFtr().xmlText());
        }
        for (XWPFFooter footer : doc.getFooterList()) {
            xml.append(footer._getHdrFtr().xmlText());
        }
        xml.append(doc.getDocument().getBody().xmlText());
        Matcher m = DOC_PR_ID.matcher(xml);
        while (m.find()) {
            try {
                highest = Math.max(highest, Long.parseLong(m.group(1)));
            } catch (NumberFormatException e) {
                // an absurdly long id: ours count from the highest readable one
            }
        }
        return highest;
    }

    /** Gives the run's last picture its id, a name and its alternative text. */
    static void describe(XWPFRun run, long id, String altText) {
        int drawings = run.getCTR().sizeOfDrawingArray();
        if (drawings == 0) {
            return;
        }
        CTDrawing drawing = run.getCTR().getDrawingArray(drawings - 1);
        if (drawing.sizeOfInlineArray() == 0) {
            return;
        }
        CTInline inline = drawing.getInlineArray(drawing.sizeOfInlineArray() - 1);
        CTNonVisualDrawingProps docPr = inline.getDocPr();
        docPr.setId(id);
        docPr.setName("Picture " + id);
        docPr.setDescr(altText);
    }
}
