package nl.labtafel.ui.look;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;

/**
 * The three looks of the window. Each is AtlantaFX's Primer theme as user-agent stylesheet plus one of
 * our stylesheets that only sets {@code .root} colour variables; layout lives in {@code labtafel.css}.
 */
public enum Look {
    LIGHT("theme.light", new PrimerLight(), "light.css", 1.0),
    DARK("theme.dark", new PrimerDark(), "dark.css", 1.0),
    /**
     * Black on white with strong borders: text contrast of at least 7:1 for a washed-out projector, and
     * a fifth larger text for the back of the room (the one size rule that differs, issue 13).
     */
    PROJECTOR("theme.projector", new PrimerLight(), "projector.css", 1.2);

    /** {@code -Dlabtafel.wholeThemeAtStart=true}: the start screen reads the whole theme (the start benchmarks' A/B). */
    public static final String WHOLE_THEME_AT_START = "labtafel.wholeThemeAtStart";

    private final String textKey;
    private final Theme base;
    private final String stylesheet;
    private final double fontFactor;

    Look(String textKey, Theme base, String stylesheet, double fontFactor) {
        this.textKey = textKey;
        this.base = base;
        this.stylesheet = stylesheet;
        this.fontFactor = fontFactor;
    }

    /** The root font size of this look relative to the others (the text scale multiplies it). */
    public double fontFactor() {
        return fontFactor;
    }

    public String textKey() {
        return textKey;
    }

    /** The binary form AtlantaFX ships: parsing the 170 kB text stylesheet is a real share of start-up. */
    public String userAgentStylesheet() {
        return base.getUserAgentStylesheetBSS();
    }

    /**
     * The start screen's share of that theme ({@link ThemeSubset}): the same pixels on the start screen for a
     * sixth of the reading. The whole theme if the build step that makes it did not run.
     */
    public String startUserAgentStylesheet() {
        if (Boolean.getBoolean(WHOLE_THEME_AT_START)) {
            return userAgentStylesheet();
        }
        java.net.URL subset = Look.class.getResource(ThemeSubset.subsetName(userAgentStylesheet()));
        return subset != null ? subset.toExternalForm() : userAgentStylesheet();
    }

    public String stylesheet() {
        return Look.class.getResource(stylesheet).toExternalForm();
    }

    public static Look parse(String name) {
        for (Look t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return LIGHT;
    }
}
