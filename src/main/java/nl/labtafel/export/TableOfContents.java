package nl.labtafel.export;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * An optional table of contents below the header lines: a real Word TOC field over headings 1 and 2, which
 * Word fills with page numbers when the document opens (the document asks it to update its fields). Until
 * then, and in readers that do not update fields, the field shows the headings themselves, so it is never an
 * empty box or a "click here" placeholder.
 */
final class TableOfContents {
    static final String INSTRUCTION = " TOC \\o \"1-2\" \\h \\z \\u ";

    private final DocWriter out;
    private final XWPFParagraph field;
    private final int firstHeading;

    private TableOfContents(DocWriter out, XWPFParagraph field) {
        this.out = out;
        this.field = field;
        this.firstHeading = out.headings().size();
    }

    /** The "Inhoud" line and an empty paragraph that {@link #fill()} turns into the field. */
    static TableOfContents placeholder(DocWriter out, ExportLabels labels) {
        XWPFDocument doc = out.document();
        XWPFStyle tocHeading = doc.getStyles().getStyleWithName("TOC Heading");
        if (tocHeading != null) {
            out.paragraph(tocHeading.getStyleId(), labels.get("contents.title")).setKeepNext(true);
        } else {
            out.labelled(labels.get("contents.title"), "");
        }
        return new TableOfContents(out, out.paragraph(StyleRole.NORMAL, ""));
    }

    /** Writes the field with the headings written since {@link #placeholder} as its current result. */
    void fill() {
        List<DocWriter.Heading> headings = out.headings().subList(firstHeading, out.headings().size());
        fieldChar(STFldCharType.BEGIN);
        field.createRun().getCTR().addNewInstrText().setStringValue(INSTRUCTION);
        fieldChar(STFldCharType.SEPARATE);
        XWPFRun result = field.createRun();
        for (int i = 0; i < headings.size(); i++) {
            if (i > 0) {
                result.addBreak();
            }
            if (headings.get(i).level() > 1) {
                result.addTab();
            }
            result.setText(SafeText.clean(headings.get(i).text()));
        }
        fieldChar(STFldCharType.END);
        out.document().getSettings().setUpdateFields();
    }

    private void fieldChar(STFldCharType.Enum type) {
        field.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }
}
