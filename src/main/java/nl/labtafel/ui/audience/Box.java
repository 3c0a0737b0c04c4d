package nl.labtafel.ui.audience;

import java.util.List;
import java.util.Objects;
import nl.labtafel.ui.common.AudienceItem;

/**
 * One placed thing on an audience page, in screen pixels: a card with its wrapped lines, a heading, a bar, or
 * a piece of the quiet chrome. Plain data: the view only turns each box into nodes at its place.
 *
 * @param fill  background as #RRGGBB, or null for none
 * @param ink   text colour as #RRGGBB
 * @param item  the session thing it shows (for selection and spotlight), or null
 */
public record Box(Role role, double x, double y, double w, double h, List<String> lines, double size, boolean bold,
                  String fill, String ink, AudienceItem item, boolean highlighted) {

    public enum Role {
        /** A post-it, insight, canvas note or action: the room's own words. */
        CARD,
        /** A section title: a group, list, lane or theme. */
        HEADING,
        /** A line of plain text (introduction, ranking names). */
        TEXT,
        /** A filled bar (dot totals); no text. */
        BAR,
        /** Quiet chrome: phase name, page, legend. */
        CHROME,
        /** Chrome whose text the view keeps live. */
        TIMER,
        CLOCK
    }

    public double lineHeight() {
        return lines.isEmpty() ? 0 : (h - 2 * padding()) / lines.size();
    }

    /** Inner margin of a card or heading, proportional to its text. */
    public double padding() {
        return role == Role.CARD || role == Role.HEADING ? padding(size) : 0;
    }

    public static double padding(double size) {
        return Math.round(size * 0.3);
    }

    public Box highlight() {
        return new Box(role, x, y, w, h, lines, size, bold, fill, ink, item, true);
    }

    public Box unhighlight() {
        return new Box(role, x, y, w, h, lines, size, bold, fill, ink, item, false);
    }

    public Box moveTo(double newX, double newY) {
        return new Box(role, newX, newY, w, h, lines, size, bold, fill, ink, item, highlighted);
    }

    /**
     * The record's meaning (every component; doubles as {@link Double#compare} sees them), written out: a record's own
     * equals and hashCode run through method handles, which cost microseconds a call in code the JIT has not compiled,
     * and the room's per-edit path (matching an edit's page against the shown one) runs a few hundred times a session,
     * never hot enough to be. Measured on the room's edit frame (AudienceFrameBench). The same for {@link Page},
     * {@link AudienceLayout.Request} and {@code AudienceItem}.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Box b && role == b.role && same(x, b.x) && same(y, b.y) && same(w, b.w)
                && same(h, b.h) && same(size, b.size) && bold == b.bold && highlighted == b.highlighted
                && Objects.equals(fill, b.fill) && Objects.equals(ink, b.ink) && Objects.equals(item, b.item)
                && lines.equals(b.lines);
    }

    @Override
    public int hashCode() {
        int hash = role.hashCode();
        hash = 31 * hash + Double.hashCode(x);
        hash = 31 * hash + Double.hashCode(y);
        hash = 31 * hash + Double.hashCode(w);
        hash = 31 * hash + Double.hashCode(h);
        hash = 31 * hash + lines.hashCode();
        hash = 31 * hash + Double.hashCode(size);
        hash = 31 * hash + Boolean.hashCode(bold);
        hash = 31 * hash + Objects.hashCode(fill);
        hash = 31 * hash + Objects.hashCode(ink);
        hash = 31 * hash + Objects.hashCode(item);
        return 31 * hash + Boolean.hashCode(highlighted);
    }

    /** Equal as a record compares doubles. */
    static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }
}
