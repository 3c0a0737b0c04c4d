package nl.labtafel.ui.look;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Puts a theme and a text scale on a scene. Every size in {@code labtafel.css} is in em from the root
 * font size; Ikonli icons ignore em, so their pixel size comes from the same generated rule set. The
 * generated rules are a tiny data-URI stylesheet rather than inline styles (inline styles on icons
 * rendered empty boxes under AtlantaFX 2.0.1).
 */
public final class Stylesheets {
    /**
     * Root font size of the console at 100 %: 18 px, so the laptop's screen at 1280×720 shows a useful
     * amount of board, lists, lanes and actions. The room reads the audience view (F5), which sizes its
     * own text to at least 20 px at 1280×720; a facilitator who projects the console itself chooses the
     * projector look, whose font factor (1.2) brings this to 21.6 px.
     */
    public static final double BASE_FONT_PX = 18;
    private static final String BASE = Stylesheets.class.getResource("labtafel.css").toExternalForm();
    /** The capture bar of every workspace; scene-wide, so a workspace's own rules still refine it. */
    private static final String CAPTURE = Stylesheets.class.getResource("/nl/labtafel/ui/capture/capture.css")
            .toExternalForm();

    private Stylesheets() {
    }

    /** Any scene but the start screen's: the look's whole AtlantaFX theme becomes the app's. */
    public static void apply(Scene scene, Look theme, double textScale) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        scene.getStylesheets().setAll(BASE, CAPTURE, theme.stylesheet(), scaleRules(textScale * theme.fontFactor()));
    }

    /**
     * The start screen: only its share of the theme ({@link ThemeSubset}, the same pixels), unless the whole
     * theme was read already. User-agent stylesheets are the application's, not the scene's: a dialog or
     * window opened from the start screen must first call {@link #wholeTheme()}.
     */
    public static void applyStart(Scene scene, Look theme, double textScale) {
        Application.setUserAgentStylesheet(isWholeTheme(Application.getUserAgentStylesheet())
                ? theme.userAgentStylesheet() : theme.startUserAgentStylesheet());
        scene.getStylesheets().setAll(BASE, CAPTURE, theme.stylesheet(), scaleRules(textScale * theme.fontFactor()));
    }

    /**
     * Before a dialog or window other than the start screen is made: if only the start screen's share of the
     * theme is in use, the whole theme of that look replaces it (the start screen looks the same with it).
     */
    public static void wholeTheme() {
        String now = Application.getUserAgentStylesheet();
        for (Look look : Look.values()) {
            if (look.startUserAgentStylesheet().equals(now)) {
                Application.setUserAgentStylesheet(look.userAgentStylesheet());
                return;
            }
        }
    }

    private static boolean isWholeTheme(String userAgentStylesheet) {
        for (Look look : Look.values()) {
            if (look.userAgentStylesheet().equals(userAgentStylesheet)) {
                return true;
            }
        }
        return false;
    }

    static String scaleRules(double textScale) {
        double font = BASE_FONT_PX * textScale;
        String css = String.format(Locale.ROOT,
                // Menus, context menus and tooltips live in popup windows that do not inherit the root's size.
                ".root, .dialog-pane, .context-menu, .tooltip { -fx-font-size: %.1fpx; }%n"
                        + ".ikonli-font-icon.lt-icon { -fx-icon-size: %dpx; }%n"
                        + ".ikonli-font-icon.lt-icon-large { -fx-icon-size: %dpx; }%n",
                font, Math.round(font * 0.9), Math.round(font * 1.6));
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
