package nl.labtafel.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes paragraphs, lists, tables and pictures into a template-based document using only the
 * template's styles: no fonts, colours or sizes are set here, so a restyled template restyles the output.
 */
final class DocWriter {
    private static final BigInteger LEVEL_0 = BigInteger.ZERO;
    private static final double MAX_PICTURE_HEIGHT_PT = 560;
    private static final int UNSPLIT_ROW_CHARS = 600;

    private final XWPFDocument doc;
    private final TemplateStyles styles;
    private final int textWidth;

    DocWriter(WordTemplate template) {
        this.doc = template.document();
        this.styles = template.styles();
        this.textWidth = template.textWidth();
    }

    XWPFParagraph paragraph(StyleRole role, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styles.id(role));
        addText(p, text);
        return p;
    }

    /** One paragraph per blank-line-separated part of a narrative text. */
    void paragraphs(StyleRole role, String text) {
        for (String part : SafeText.paragraphs(text)) {
            paragraph(role, part);
        }
    }

    /** "Mogelijk vervolg: …": the label in the template's Strong style, then the text. */
    void labelled(String label, String text) {
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
     * A table in the template's table style: the first row is the header, marked to repeat on every page;
     * {@code widths} are the columns' shares of the text width.
     */
    XWPFTable table(List<String> headers, List<List<String>> rows, double[] widths) {
        int columns = headers.size();
        XWPFTable table = doc.createTable(rows.size() + 1, columns);
        CTTblPr tblPr = table.getCTTbl().getTblPr();
        if (tblPr.isSetTblBorders()) {
            tblPr.unsetTblBorders(); // POI's default borders would hide the template's table style
        }
        table.setStyleID(styles.id(StyleRole.TABLE));
        CTTblWidth width = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(textWidth));
        CTTblLayoutType layout = tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblLook look = tblPr.isSetTblLook() ? tblPr.getTblLook() : tblPr.addNewTblLook();
        look.setFirstRow(true);
        look.setLastRow(false);
        look.setFirstColumn(false);
        look.setLastColumn(false);
        look.setNoHBand(false);
        look.setNoVBand(true);
        int[] twips = columnWidths(widths);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        fillRow(table.getRow(0), headers, twips);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            fillRow(row, rows.get(r), twips);
            if (rows.get(r).stream().mapToInt(String::length).max().orElse(0) < UNSPLIT_ROW_CHARS) {
                row.setCantSplitRow(true); // a short row is read whole; a page-long one must be allowed to break
            }
        }
        return table;
    }

    private void fillRow(XWPFTableRow row, List<String> values, int[] twips) {
        for (int c = 0; c < twips.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            // Set directly: XWPFTableCell.setWidth(String) parses its argument and cost 7 % of an export.
            CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTTblWidth width = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(twips[c]));
            addText(cell.getParagraphs().get(0), c < values.size() ? values.get(c) : "");
        }
    }

    private int[] columnWidths(double[] shares) {
        double total = 0;
        for (double s : shares) {
            total += s;
        }
        int[] twips = new int[shares.length];
        for (int i = 0; i < shares.length; i++) {
            twips[i] = (int) Math.floor(textWidth * shares[i] / total);
        }
        return twips;
    }

    /** A PNG picture, as wide as the text at most, centred in its own paragraph. */
    void picture(PngInfo png, String name) throws IOException {
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
        p.setKeepNext(true);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png.bytes()), PictureType.PNG, name,
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
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
