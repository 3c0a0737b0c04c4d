package nl.labtafel.ui.audience;

import nl.labtafel.model.InkContrast;

/** The audience view's colours: dark ink on a light ground (projectors wash dark grounds out in a lit room). */
final class Palette {
    static final String GROUND = "#FAFAF7";
    static final String INK = "#111111";
    static final String QUIET = "#555555";
    static final String CARD = "#FFFFFF";
    static final String CARD_LINE = "#C8C8C8";
    static final String ACCENT = "#1F5FAD";
    static final String CHOSEN = "#1B7A3A";
    static final String BAR = "#1F5FAD";
    static final String NO_GROUP = "#9E9E9E";

    private Palette() {
    }

    /** Black or white ink on a #RRGGBB fill, by the same rule as the board and the minutes. */
    static String inkOn(String fill) {
        try {
            int rgb = Integer.parseInt(fill.substring(1, 7), 16);
            return InkContrast.blackReadsBetter(((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                    (rgb & 0xff) / 255.0) ? "#000000" : "#FFFFFF";
        } catch (RuntimeException e) {
            return INK;
        }
    }

    /** Compiled once: every layout asks it of every group. */
    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("#[0-9A-Fa-f]{6}");

    static String orNoGroup(String colour) {
        return colour != null && HEX.matcher(colour).matches() ? colour : NO_GROUP;
    }
}
