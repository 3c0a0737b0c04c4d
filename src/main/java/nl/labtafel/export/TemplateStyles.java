package nl.labtafel.export;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.labtafel.model.Problem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles of one template, found by name, and the Word lists behind the two list styles. Everything the
 * template lacks is collected as problems, so an organiser sees all of it in one message.
 */
final class TemplateStyles {
    private final Map<StyleRole, String> ids;
    private final BigInteger numberAbstractId;

    private TemplateStyles(Map<StyleRole, String> ids, BigInteger numberAbstractId) {
        this.ids = ids;
        this.numberAbstractId = numberAbstractId;
    }

    /** The id of the style in this template; only called for roles that {@link #resolve} checked. */
    String id(StyleRole role) {
        return ids.get(role);
    }

    /** The list definition behind List Number; numbered headings get their own instance of it. */
    BigInteger numberAbstractId() {
        return numberAbstractId;
    }

    /** Resolves {@code needed} in {@code doc}, or adds to {@code problems} what is missing or unusable. */
    static TemplateStyles resolve(XWPFDocument doc, Set<StyleRole> needed, List<Problem> problems) {
        XWPFStyles styles = doc.getStyles();
        Map<String, XWPFStyle> byName = new HashMap<>();
        if (styles != null) {
            for (XWPFStyle style : styles.getStyles()) {
                if (style.getName() != null) {
                    // Word treats style names without regard to case; LibreOffice writes "Heading 1".
                    byName.putIfAbsent(style.getName().toLowerCase(Locale.ROOT), style);
                }
            }
        }
        Map<StyleRole, String> ids = new EnumMap<>(StyleRole.class);
        for (StyleRole role : needed) {
            XWPFStyle style = byName.get(role.styleName().toLowerCase(Locale.ROOT));
            if (style == null) {
                problems.add(new Problem("", "exportProblem.template.missingStyle", role.styleName(),
                        role.dutchWordName()));
            } else if (style.getType() != type(role.kind())) {
                problems.add(new Problem("", "exportProblem.template.wrongStyleType", role.styleName(),
                        role.dutchWordName()));
            } else {
                ids.put(role, style.getStyleId());
            }
        }
        BigInteger numberAbstractId = null;
        XWPFNumbering numbering = doc.getNumbering();
        // Bullet points carry only the List Bullet style, as in Word: the style's list must show a bullet.
        if (ids.containsKey(StyleRole.LIST_BULLET)
                && !isFormat(numbering, numId(styles, ids.get(StyleRole.LIST_BULLET)), true)) {
            problems.add(new Problem("", "exportProblem.template.noBullets", "List Bullet",
                    StyleRole.LIST_BULLET.dutchWordName()));
        }
        if (ids.containsKey(StyleRole.LIST_NUMBER)) {
            BigInteger numId = numId(styles, ids.get(StyleRole.LIST_NUMBER));
            if (isFormat(numbering, numId, false)) {
                numberAbstractId = numbering.getAbstractNumID(numId);
            } else {
                problems.add(new Problem("", "exportProblem.template.noNumbers", "List Number",
                        StyleRole.LIST_NUMBER.dutchWordName()));
            }
        }
        return new TemplateStyles(ids, numberAbstractId);
    }

    private static STStyleType.Enum type(StyleRole.Kind kind) {
        return switch (kind) {
            case PARAGRAPH -> STStyleType.PARAGRAPH;
            case CHARACTER -> STStyleType.CHARACTER;
            case TABLE -> STStyleType.TABLE;
        };
    }

    /** The list a paragraph style points at, following "based on" as Word does; null when it has none. */
    static BigInteger numId(XWPFStyles styles, String styleId) {
        List<String> seen = new ArrayList<>();
        String id = styleId;
        while (id != null && !seen.contains(id) && styles.getStyle(id) != null) {
            seen.add(id);
            CTStyle style = styles.getStyle(id).getCTStyle();
            CTPPrGeneral pPr = style.getPPr();
            if (pPr != null && pPr.isSetNumPr() && pPr.getNumPr().isSetNumId()) {
                return pPr.getNumPr().getNumId().getVal();
            }
            id = style.isSetBasedOn() ? style.getBasedOn().getVal() : null;
        }
        return null;
    }

    /** Whether level 0 of list {@code numId} shows a bullet ({@code bullet}) or a number (not bullet, not none). */
    static boolean isFormat(XWPFNumbering numbering, BigInteger numId, boolean bullet) {
        CTLvl level = level0(numbering, numId);
        if (level == null || !level.isSetNumFmt()) {
            return false;
        }
        STNumberFormat.Enum format = level.getNumFmt().getVal();
        return bullet ? format == STNumberFormat.BULLET
                : format != STNumberFormat.BULLET && format != STNumberFormat.NONE;
    }

    /** Level 0 of a list, taking a level override of the list instance into account. */
    static CTLvl level0(XWPFNumbering numbering, BigInteger numId) {
        if (numbering == null || numId == null || numId.signum() == 0) {
            return null;
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null) {
            return null;
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideList()) {
            if (override.getIlvl().signum() == 0 && override.isSetLvl()) {
                return override.getLvl();
            }
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(numbering.getAbstractNumID(numId));
        if (abstractNum == null) {
            return null;
        }
        for (CTLvl level : abstractNum.getCTAbstractNum().getLvlList()) {
            if (level.getIlvl().signum() == 0) {
                return level;
            }
        }
        return null;
    }
}
