package nl.labtafel.ui.look;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;

/**
 * The three looks of the window. Each is AtlantaFX's Primer theme as user-agent stylesheet plus one of
 * our stylesheets that only sets {@code .root} colour variables; layout lives in {@code labtafel.css}.
 */
public enum Look {
    LIGHT("theme.light", new PrimerLight(), "light.css"),
    DARK("theme.dark", new PrimerDark(), "dark.css"),
    /** Black on white with strong borders: text contrast of at least 7:1 for a washed-out projector. */
    PROJECTOR("theme.projector", new PrimerLight(), "projector.css");

    private final String textKey;
    private final Theme base;
    private final String stylesheet;

    Look(String textKey, Theme base, String stylesheet) {
        this.textKey = textKey;
        this.base = base;
        this.stylesheet = stylesheet;
    }

    public String textKey() {
        return textKey;
    }

    /** The binary form AtlantaFX ships: parsing the 170 kB text stylesheet is a real share of start-up. */
    public String userAgentStylesheet() {
        return base.getUserAgentStylesheetBSS();
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
