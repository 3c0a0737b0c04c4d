package nl.labtafel.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * Writes paragraphs, lists, tables and pictures into a template-based document using only the
 * template's styles: no fonts, colours or sizes are set here, so a restyled template restyles the output.
 */
final class DocWriter {
    private static final BigInteger LEVEL_0 = BigInteger.ZERO;
    private static final double MAX_PICTURE_HEIGHT_PT = 560;
    /** Half an inch: where Word's List Bullet puts a point's text. */
    private static final int UNDER_BULLET_TWIPS = 720;

    private final XWPFDocument doc;
    private final TemplateStyles styles;
    private final int textWidth;
    private final TableWriter tables;
    private long nextDrawingId;
    private final List<Heading> headings = new ArrayList<>();

    /** A heading as written, for the table of contents. */
    record Heading(int level, String text) {
    }

    DocWriter(WordTemplate template) {
        this.doc = template.document();
        this.styles = template.styles();
        this.textWidth = template.textWidth();
        String tableStyle = styles.id(StyleRole.TABLE);
        this.tables = new TableWriter(doc, tableStyle, textWidth, TableLook.of(doc.getStyles(), tableStyle));
        this.nextDrawingId = Pictures.highestDrawingId(doc) + 1;
    }

    /** A paragraph in a style; a heading is kept with the paragraph after it, never alone at a page's foot. */
    XWPFParagraph paragraph(StyleRole role, String text) {
        XWPFParagraph p = paragraph(styles.id(role), text);
        if (role == StyleRole.HEADING_1 || role == StyleRole.HEADING_2 || role == StyleRole.HEADING_3) {
            keepWithNext(p); // the default template's headings say so too; a restyled one may not
        }
        if (role == StyleRole.HEADING_1 || role == StyleRole.HEADING_2) {
            headings.add(new Heading(role == StyleRole.HEADING_1 ? 1 : 2, text));
        }
        return p;
    }

    /** A paragraph in a style the template may or may not have, by id (checked by the caller). */
    XWPFParagraph paragraph(String styleId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        addText(p, text);
        return p;
    }

    XWPFDocument document() {
        return doc;
    }

    /** Headings 1 and 2 written so far, in order. */
    List<Heading> headings() {
        return headings;
    }

    /** A sentence that introduces a list or table ("… drie thema's geformuleerd:"): kept with what follows. */
    XWPFParagraph lead(String text) {
        XWPFParagraph p = paragraph(StyleRole.NORMAL, text);
        keepWithNext(p);
        return p;
    }

    /**
     * A bullet list. Its first point stays with the second and its last with the one before, so no point of
     * a list stands alone at a page's foot or on a page of its own; a list of three or fewer stays together.
     */
    void bullets(List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            XWPFParagraph p = paragraph(StyleRole.LIST_BULLET, texts.get(i));
            boolean last = i == texts.size() - 1;
            if (!last && (texts.size() <= 3 || i == 0 || i == texts.size() - 2)) {
                keepWithNext(p);
            }
        }
    }

    /** One paragraph per blank-line-separated part of a narrative text. */
    void paragraphs(StyleRole role, String text) {
        for (String part : SafeText.paragraphs(text)) {
            paragraph(role, part);
        }
    }

    /** "Mogelijk vervolg: …": the label in the template's Strong style, then the text. */
    void labelled(String label, String text) {
        labelledParagraph(label, text);
    }

    /**
     * A labelled line under a bullet ("Voortgekomen uit: …" under a theme), indented to the bullet's text so it
     * reads as belonging to that point.
     */
    void underBullet(String label, String text) {
        labelledParagraph(label, text).setIndentationLeft(UNDER_BULLET_TWIPS);
    }

    private XWPFParagraph labelledParagraph(String label, String text) {
        List<String> parts = SafeText.paragraphs(text);
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styles.id(StyleRole.NORMAL));
        XWPFRun labelRun = p.createRun();
        labelRun.setStyle(styles.id(StyleRole.STRONG));
        labelRun.setText(SafeText.clean(label) + " ");
        addText(p, parts.isEmpty() ? "" : parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            paragraph(StyleRole.NORMAL, parts.get(i));
        }
        return p;
    }

    /**
     * A point of a Word bullet list, never a typed bullet: the List Bullet style carries the list (checked
     * when the template was opened), as in a paragraph Word itself styles List Bullet. A restyled bullet in
     * the template thus reaches every point.
     */
    void bullet(String text) {
        paragraph(StyleRole.LIST_BULLET, text);
    }

    /** A fresh instance of the List Number list, counting from 1, for numbered headings. */
    BigInteger newNumbering() {
        BigInteger numId = doc.getNumbering().addNum(styles.numberAbstractId());
        CTNumLvl override = doc.getNumbering().getNum(numId).getCTNum().addNewLvlOverride();
        override.setIlvl(LEVEL_0);
        override.addNewStartOverride().setVal(BigInteger.ONE);
        return numId;
    }

    void numberedHeading(StyleRole role, String text, BigInteger numId) {
        CTNumPr numPr = paragraph(role, text).getCTPPr().addNewNumPr();
        numPr.addNewIlvl().setVal(LEVEL_0);
        numPr.addNewNumId().setVal(numId);
    }

    /**
     * A table in the template's table style, its columns sized from their content; the first row is the header
     * ({@link TableWriter}); columns marked {@code whole} (numbers, dates) are kept on one line.
     */
    XWPFTable table(List<String> headers, List<List<String>> rows, boolean[] whole) {
        return tables.write(headers, rows, whole);
    }

    /** A table whose columns take these shares of the text width. */
    XWPFTable table(List<String> headers, List<List<String>> rows, double[] shares) {
        return tables.write(headers, rows, shares);
    }

    /**
     * A PNG picture, as wide as the text at most, centred in its own paragraph and kept with its caption;
     * {@code altText} is what a screen reader says for it (Word's "alternative text").
     */
    void picture(PngInfo png, String name, String altText) throws IOException {
        double maxWidthPt = textWidth / 20.0;
        double widthPt = png.width() * 0.75; // 96 pixels per inch, 72 points per inch
        double heightPt = png.height() * 0.75;
        if (widthPt > maxWidthPt) {
            heightPt *= maxWidthPt / widthPt;
            widthPt = maxWidthPt;
        }
        if (heightPt > MAX_PICTURE_HEIGHT_PT) { // a tall picture still fits on a page with its caption
            widthPt *= MAX_PICTURE_HEIGHT_PT / heightPt;
            heightPt = MAX_PICTURE_HEIGHT_PT;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styles.id(StyleRole.NORMAL));
        p.setAlignment(ParagraphAlignment.CENTER);
        keepWithNext(p);
        XWPFRun run = p.createRun();
        try {
            run.addPicture(new ByteArrayInputStream(png.bytes()), PictureType.PNG, name,
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        Pictures.describe(run, nextDrawingId++, SafeText.clean(altText));
    }

    /** Keep-with-next; POI's setter fails on a paragraph without properties yet, so they are made first. */
    static void keepWithNext(XWPFParagraph p) {
        p.getCTPPr();
        p.setKeepNext(true);
    }

    /**
     * Text with its line breaks as Word line breaks and tabs as tabs; a paragraph that starts in a
     * right-to-left script is laid out right to left.
     */
    static void addText(XWPFParagraph p, String raw) {
        String text = SafeText.clean(raw);
        if (text.isEmpty()) {
            return;
        }
        if (SafeText.startsRightToLeft(text)) {
            CTPPr pPr = p.getCTPPr();
            if (!pPr.isSetBidi()) {
                pPr.addNewBidi();
            }
        }
        XWPFRun run = p.createRun();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                if (i > start) {
                    run.setText(text.substring(start, i));
                }
                if (c == '\n') {
                    run.addBreak();
                } else {
                    run.addTab();
                }
                start = i + 1;
            }
        }
        if (start < n) {
            run.setText(start == 0 ? text : text.substring(start));
        }
    }
}
