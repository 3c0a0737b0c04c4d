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
    /** How much white a card's face mixes into its group colour. */
    private static final double WHITE_IN_TINT = 0.7;

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

    /**
     * The face of a card in a group's colour: a light tint of it, so the room reads dark ink on a light card even when
     * a lit room washes the projection out (ambient light lifts dark and mid fills alike and eats their contrast);
     * the full colour stays on the card's edge, in the headings and in the legend. White cards stay white.
     */
    static String face(String fill) {
        if (fill == null || CARD.equalsIgnoreCase(fill)) {
            return fill;
        }
        try {
            int rgb = Integer.parseInt(fill.substring(1, 7), 16);
            int r = tint((rgb >> 16) & 0xff);
            int g = tint((rgb >> 8) & 0xff);
            int b = tint(rgb & 0xff);
            return String.format("#%02X%02X%02X", r, g, b);
        } catch (RuntimeException e) {
            return CARD;
        }
    }

    /** Width of the group colour's band on a tinted card's left edge, for text of {@code size} px. */
    static double band(double size) {
        return Math.max(4, size * 0.2);
    }

    /** Whether a card of this fill carries its colour on its edge (a tinted face) rather than plain white. */
    static boolean tinted(String fill) {
        return fill != null && !CARD.equalsIgnoreCase(fill);
    }

    /** The ink on a card whose group colour is {@code fill}: read against the card's tinted face. */
    static String cardInk(String fill) {
        return inkOn(face(fill));
    }

    private static int tint(int channel) {
        return (int) Math.round(channel + (255 - channel) * WHITE_IN_TINT);
    }

    static String orNoGroup(String colour) {
        return colour != null && HEX.matcher(colour).matches() ? colour : NO_GROUP;
    }
}
