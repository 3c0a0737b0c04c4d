package nl.labtafel.ui.audience;

import java.util.List;
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
}
