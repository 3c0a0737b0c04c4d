package nl.labtafel.model;

/**
 * The WCAG relative-luminance rule that picks black or white ink for an actor group's fill. Plain
 * arithmetic on 0–1 channels, so the on-screen board (JavaFX colours) and the pictures in the minutes
 * (Java2D colours) choose the same ink for the same group.
 */
public final class InkContrast {

    private InkContrast() {
    }

    /** True when black ink has at least the contrast ratio of white ink on this fill. */
    public static boolean blackReadsBetter(double red, double green, double blue) {
        double l = luminance(red, green, blue);
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05);
    }

    /** The WCAG contrast ratio (1–21) between two colours given as relative luminances. */
    public static double ratio(double luminanceA, double luminanceB) {
        return (Math.max(luminanceA, luminanceB) + 0.05) / (Math.min(luminanceA, luminanceB) + 0.05);
    }

    public static double luminance(double red, double green, double blue) {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
