package nl.labtafel.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What the template's table style says about the header row and the text size, read once per export.
 * <p>
 * Why the header's text colour is written on its runs: Word lets a colour on the Normal style beat the table
 * style's header colour (a house style with dark-grey Normal text gives grey on dark blue), and LibreOffice
 * drops the header's text colour when it saves a template while keeping its dark fill (black on dark blue).
 * So the header runs carry the table style's own header colour explicitly, or white when the style only says
 * the header fill is dark. Read through the DOM: the typed classes for table-style conditions are not in
 * poi-ooxml-lite.
 */
record TableLook(String headerColour, boolean headerBold, String headerFill, int fontHalfPoints, int cellPadding) {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int DEFAULT_HALF_POINTS = 20;
    private static final int DEFAULT_PADDING = 2 * 108;

    static TableLook of(XWPFStyles styles, String tableStyleId) {
        List<Element> chain = chain(styles, tableStyleId);
        String colour = null;
        String fill = null;
        Boolean bold = null;
        Integer size = null;
        Integer padding = null;
        for (Element style : chain) { // nearest style first: the first value found wins
            Element firstRow = firstRow(style);
            if (firstRow != null) {
                Element rPr = child(firstRow, "rPr");
                if (colour == null) {
                    colour = colour(child(rPr, "color"));
                }
                if (bold == null && child(rPr, "b") != null) {
                    bold = isOn(child(rPr, "b"));
                }
                if (fill == null) {
                    fill = colour(child(child(firstRow, "tcPr"), "shd"), "fill");
                }
            }
            if (size == null) {
                size = integer(child(child(style, "rPr"), "sz"), "val");
            }
            if (padding == null) {
                Element margins = child(child(style, "tblPr"), "tblCellMar");
                if (margins != null) {
                    Integer left = integer(child(margins, "left"), "w");
                    Integer right = integer(child(margins, "right"), "w");
                    if (left != null || right != null) {
                        padding = (left == null ? 108 : left) + (right == null ? 108 : right);
                    }
                }
            }
        }
        if (colour == null && fill != null && isDark(fill)) {
            colour = "FFFFFF";
        }
        return new TableLook(colour, bold != null && bold, fill, size == null ? DEFAULT_HALF_POINTS : size,
                padding == null ? DEFAULT_PADDING : padding);
    }

    /** Relative luminance below the middle grey: white text reads better on it than black. */
    static boolean isDark(String hex) {
        int rgb = Integer.parseInt(hex, 16);
        double r = channel((rgb >> 16) & 0xFF);
        double g = channel((rgb >> 8) & 0xFF);
        double b = channel(rgb & 0xFF);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static List<Element> chain(XWPFStyles styles, String id) {
        List<Element> chain = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String current = id;
        while (styles != null && current != null && !seen.contains(current) && styles.getStyle(current) != null) {
            seen.add(current);
            XWPFStyle style = styles.getStyle(current);
            if (style.getCTStyle().getDomNode() instanceof Element e) {
                chain.add(e);
            }
            current = style.getCTStyle().isSetBasedOn() ? style.getCTStyle().getBasedOn().getVal() : null;
        }
        return chain;
    }

    private static Element firstRow(Element style) {
        for (Node n = style.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && "tblStylePr".equals(e.getLocalName())
                    && "firstRow".equals(e.getAttributeNS(W, "type"))) {
                return e;
            }
        }
        return null;
    }

    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String colour(Element element) {
        return colour(element, "val");
    }

    /** A six-digit hex colour, or null for none, "auto" or something unreadable. */
    private static String colour(Element element, String attribute) {
        if (element == null) {
            return null;
        }
        String value = element.getAttributeNS(W, attribute).toUpperCase(Locale.ROOT);
        return value.matches("[0-9A-F]{6}") ? value : null;
    }

    private static boolean isOn(Element toggle) {
        String value = toggle.getAttributeNS(W, "val");
        return value.isEmpty() || value.equals("1") || value.equalsIgnoreCase("true") || value.equals("on");
    }

    private static Integer integer(Element element, String attribute) {
        if (element == null) {
            return null;
        }
        try {
            return Integer.valueOf(element.getAttributeNS(W, attribute));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
