package nl.labtafel.ui;

import java.util.prefs.Preferences;
import nl.labtafel.ui.theme.UiTheme;

/**
 * The facilitator's own settings (interface language, theme, text scale), kept between runs in the
 * user's Java preferences, which flush to disk on their own thread. Tests pass a throw-away node.
 */
public final class UiSettings {
    public static final double MIN_SCALE = 0.6;
    public static final double MAX_SCALE = 2.0;
    public static final double SCALE_STEP = 0.1;

    private final Preferences prefs;

    public UiSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    public static UiSettings user() {
        return new UiSettings(Preferences.userRoot().node("nl/labtafel/ui"));
    }

    /** "nl" (default) or "en". */
    public String language() {
        return "en".equals(prefs.get("language", "nl")) ? "en" : "nl";
    }

    public void setLanguage(String language) {
        prefs.put("language", "en".equals(language) ? "en" : "nl");
    }

    public UiTheme theme() {
        return UiTheme.parse(prefs.get("theme", UiTheme.LIGHT.name()));
    }

    public void setTheme(UiTheme theme) {
        prefs.put("theme", theme.name());
    }

    public double textScale() {
        return clampScale(prefs.getDouble("textScale", 1.0));
    }

    public void setTextScale(double scale) {
        prefs.putDouble("textScale", clampScale(scale));
    }

    /** Scales move in steps of 10 %, so the generated stylesheets stay few and sizes stay whole. */
    public static double clampScale(double scale) {
        double stepped = Math.round(scale / SCALE_STEP) * SCALE_STEP;
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.round(stepped * 10) / 10.0));
    }
}
