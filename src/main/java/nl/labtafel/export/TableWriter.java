package nl.labtafel.export;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A table in the template's table style. The header row repeats on every page and carries the style's
 * header colour on its text (see {@link TableLook}); the header and first row stay with the next row, so a
 * table never starts with a lone row at a page's foot; a row that fits on a quarter page is kept whole, a
 * taller one may split (Word cuts off an unsplittable row taller than a page).
 */
final class TableWriter {
    /** A quarter of an A4 text height: rows estimated taller than this may break across pages. */
    private static final int UNSPLIT_ROW_TWIPS = 3200;
    private static final double LINE_SPACING = 1.2;

    private final XWPFDocument doc;
    private final String styleId;
    private final int textWidth;
    private final TableLook look;

    TableWriter(XWPFDocument doc, String styleId, int textWidth, TableLook look) {
        this.doc = doc;
        this.styleId = styleId;
        this.textWidth = textWidth;
        this.look = look;
    }

    /** Columns sized from their content ({@link ColumnWidths}); {@code whole} marks columns that never wrap. */
    XWPFTable write(List<String> headers, List<List<String>> rows, boolean[] whole) {
        return write(headers, rows, ColumnWidths.of(headers, rows, textWidth, look.fontHalfPoints(),
                look.cellPadding(), whole));
    }

    /** Columns as shares of the text width (e.g. the canvas's three equal lanes). */
    XWPFTable write(List<String> headers, List<List<String>> rows, double[] shares) {
        double total = 0;
        for (double s : shares) {
            total += s;
        }
        int[] twips = new int[shares.length];
        for (int i = 0; i < shares.length; i++) {
            twips[i] = (int) Math.floor(textWidth * shares[i] / total);
        }
        return write(headers, rows, twips);
    }

    private XWPFTable write(List<String> headers, List<List<String>> rows, int[] twips) {
        XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
        tableProperties(table, twips);
        XWPFTableRow header = table.getRow(0);
        fillRow(header, headers, twips);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        styleHeader(header);
        boolean keepStart = rows.size() >= 2;
        if (keepStart) {
            keepWithNext(header);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            fillRow(row, rows.get(r), twips);
            if (estimatedHeight(rows.get(r), twips) < UNSPLIT_ROW_TWIPS) {
                row.setCantSplitRow(true);
            }
            if (r == 0 && keepStart) {
                keepWithNext(row);
            }
        }
        return table;
    }

    private void tableProperties(XWPFTable table, int[] twips) {
        CTTblPr tblPr = table.getCTTbl().getTblPr();
        if (tblPr.isSetTblBorders()) {
            tblPr.unsetTblBorders(); // POI's default borders would hide the template's table style
        }
        table.setStyleID(styleId);
        CTTblWidth width = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(textWidth));
        CTTblLayoutType layout = tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblLook tblLook = tblPr.isSetTblLook() ? tblPr.getTblLook() : tblPr.addNewTblLook();
        tblLook.setFirstRow(true);
        tblLook.setLastRow(false);
        tblLook.setFirstColumn(false);
        tblLook.setLastColumn(false);
        tblLook.setNoHBand(false);
        tblLook.setNoVBand(true);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    private void styleHeader(XWPFTableRow header) {
        for (XWPFTableCell cell : header.getTableCells()) {
            for (XWPFParagraph p : cell.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    if (look.headerColour() != null) {
                        run.setColor(look.headerColour());
                    }
                    if (look.headerBold()) {
                        run.setBold(true);
                    }
                }
            }
        }
    }

    private static void keepWithNext(XWPFTableRow row) {
        for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph p : cell.getParagraphs()) {
                DocWriter.keepWithNext(p);
            }
        }
    }

    private static void fillRow(XWPFTableRow row, List<String> values, int[] twips) {
        for (int c = 0; c < twips.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            // Set directly: XWPFTableCell.setWidth(String) parses its argument and cost 7 % of an export.
            CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTTblWidth width = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(twips[c]));
            DocWriter.addText(cell.getParagraphs().get(0), c < values.size() ? values.get(c) : "");
        }
    }

    /** The tallest cell's lines times the line height, from character counts. */
    int estimatedHeight(List<String> values, int[] twips) {
        double charTwips = look.fontHalfPoints() * 10 * 0.5;
        int lines = 1;
        for (int c = 0; c < twips.length && c < values.size(); c++) {
            double perLine = Math.max(1, (twips[c] - look.cellPadding()) / charTwips);
            int cellLines = 0;
            for (String line : SafeText.clean(values.get(c)).split("\n", -1)) {
                cellLines += Math.max(1, (int) Math.ceil(line.length() / perLine));
            }
            lines = Math.max(lines, cellLines);
        }
        return (int) (lines * look.fontHalfPoints() * 10 * LINE_SPACING);
    }
}
