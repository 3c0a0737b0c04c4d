package nl.labtafel.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * An exported .docx read back with POI, the way Word would see it: which style each paragraph resolves
 * to (by name), which list a paragraph belongs to, what the tables are. Deliberately independent of the
 * exporter's own classes, so a bug there cannot hide itself here.
 */
final class Docx implements AutoCloseable {
    final XWPFDocument doc;

    Docx(byte[] bytes) {
        try {
            doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Docx read(Path file) throws IOException {
        return new Docx(Files.readAllBytes(file));
    }

    /** Body paragraphs (not those inside tables), in order. */
    List<XWPFParagraph> paragraphs() {
        return doc.getParagraphs();
    }

    /** Every paragraph, including those in table cells. */
    List<XWPFParagraph> allParagraphs() {
        List<XWPFParagraph> all = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                all.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        all.addAll(cell.getParagraphs());
                    }
                }
            }
        }
        return all;
    }

    /** The style a paragraph shows in: its own, or the default paragraph style when it names none. */
    XWPFStyle style(XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return doc.getStyles().getStyles().stream()
                    .filter(s -> s.getCTStyle().isSetDefault() && s.getType().toString().equals("paragraph"))
                    .findFirst().orElse(null);
        }
        return doc.getStyles().getStyle(id);
    }

    String styleName(XWPFParagraph p) {
        XWPFStyle s = style(p);
        return s == null ? null : s.getName();
    }

    /** Body paragraph counts by style name, e.g. {"heading 1": 7, "List Bullet": 12}. */
    Map<String, Integer> countsByStyleName() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (XWPFParagraph p : paragraphs()) {
            counts.merge(String.valueOf(styleName(p)), 1, Integer::sum);
        }
        return counts;
    }

    int count(String styleName) {
        return countsByStyleName().getOrDefault(styleName, 0);
    }

    List<String> texts(String styleName) {
        return paragraphs().stream().filter(p -> styleName.equals(styleName(p))).map(XWPFParagraph::getText).toList();
    }

    /** The list a paragraph belongs to: its own numPr, else its style's (following "based on"). */
    BigInteger numId(XWPFParagraph p) {
        if (p.getNumID() != null) {
            return p.getNumID();
        }
        String id = p.getStyleID();
        while (id != null && doc.getStyles().getStyle(id) != null) {
            CTStyle style = doc.getStyles().getStyle(id).getCTStyle();
            CTPPrGeneral pPr = style.getPPr();
            if (pPr != null && pPr.isSetNumPr() && pPr.getNumPr().isSetNumId()) {
                return pPr.getNumPr().getNumId().getVal();
            }
            id = style.isSetBasedOn() ? style.getBasedOn().getVal() : null;
        }
        return null;
    }

    /** The list level a paragraph shows (level 0 unless it says otherwise). */
    CTLvl level(XWPFParagraph p) {
        BigInteger numId = numId(p);
        if (numId == null) {
            return null;
        }
        int ilvl = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
        XWPFNum num = doc.getNumbering().getNum(numId);
        if (num == null) {
            return null;
        }
        for (CTNumLvl o : num.getCTNum().getLvlOverrideList()) {
            if (o.getIlvl().intValue() == ilvl && o.isSetLvl()) {
                return o.getLvl();
            }
        }
        XWPFAbstractNum abs = doc.getNumbering().getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        return abs == null ? null : abs.getCTAbstractNum().getLvlList().stream()
                .filter(l -> l.getIlvl().intValue() == ilvl).findFirst().orElse(null);
    }

    List<XWPFTable> tables() {
        return doc.getTables();
    }

    /** Style name of a table's style, or null. */
    String tableStyleName(XWPFTable t) {
        String id = t.getStyleID();
        XWPFStyle s = id == null ? null : doc.getStyles().getStyle(id);
        return s == null ? null : s.getName();
    }

    /** All visible text: body paragraphs and table cells. */
    String allText() {
        StringBuilder b = new StringBuilder();
        allParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
        return b.toString();
    }

    /** Headings 1 and 2 in order, as Word's navigation pane lists them. */
    List<String> outline() {
        return paragraphs().stream().filter(p -> {
            String n = styleName(p);
            return "heading 1".equals(n) || "heading 2".equals(n);
        }).map(XWPFParagraph::getText).toList();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
