package nl.labtafel.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javafx.scene.paint.Color;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.InkContrast;

/**
 * One small stylesheet with a colour class per actor group (a few classes per group rather
 * than an inline style per note, which would cost CSS work for every note). Each class sets the
 * looked-up colours board.css uses; ink is black or white, whichever reads better on the fill.
 */
public final class ActorGroupStyles {

    /** Followed by the group's index: colours per actor group come from one generated stylesheet. */
    public static final String ACTOR_PREFIX = "actor-";
    /** Notes without a (known) actor group. */
    public static final String ACTOR_NONE = "actor-none";

    private ActorGroupStyles() {
    }

    public static String styleClass(int index) {
        return index < 0 ? ACTOR_NONE : ACTOR_PREFIX + index;
    }

    /** The colour class of the group with this id among the session's groups (or the no-group class). */
    public static String styleClass(List<ActorGroup> groups, String groupId) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).getId().equals(groupId)) {
                return styleClass(i);
            }
        }
        return ACTOR_NONE;
    }

    public static String css(List<ActorGroup> groups) {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < groups.size(); i++) {
            Color fill = parse(groups.get(i).getColour());
            css.append('.').append(styleClass(i)).append(" { -note-fill: ").append(hex(fill))
                    .append("; -note-ink: ").append(hex(ink(fill))).append("; }\n");
        }
        return css.toString();
    }

    /** As a data: URL, so the scene can add it like any stylesheet and drop it when groups change. */
    public static String dataUrl(List<ActorGroup> groups) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css(groups).getBytes(StandardCharsets.UTF_8));
    }

    /** Black or white, whichever has the higher WCAG contrast ratio against the fill. */
    public static Color ink(Color fill) {
        return InkContrast.blackReadsBetter(fill.getRed(), fill.getGreen(), fill.getBlue()) ? Color.BLACK : Color.WHITE;
    }

    public static double contrast(Color a, Color b) {
        return InkContrast.ratio(InkContrast.luminance(a.getRed(), a.getGreen(), a.getBlue()),
                InkContrast.luminance(b.getRed(), b.getGreen(), b.getBlue()));
    }

    private static Color parse(String colour) {
        try {
            return Color.web(colour);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Color.GRAY;
        }
    }

    private static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
