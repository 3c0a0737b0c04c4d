package nl.labtafel.ui.audience;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Measures with Java2D, for pages painted off the FX thread ({@link PagePainter}): the same layout code as the
 * projector's, with AWT's copy of the font the projector uses here (DejaVu Sans, what Linux and CI have; AWT's sans
 * serif where it is missing). Widths are taken at a reference size and scaled, as {@link FxTextMeasure} does.
 * One instance per drawing: not thread-safe.
 */
public final class AwtTextMeasure implements TextMeasure {
    static final String FAMILY = "DejaVu Sans";
    private static final float REFERENCE = 64;

    private final Font regular;
    private final Font bold;
    /** Anti-aliased with fractional advances: what the painter draws with, so a measured line fits when drawn. */
    private final FontRenderContext context = new FontRenderContext(null, true, true);
    private final Map<String, Double> widths = new HashMap<>(1024);

    public AwtTextMeasure() {
        Font probe = new Font(FAMILY, Font.PLAIN, 12);
        String family = FAMILY.equals(probe.getFamily()) ? FAMILY : Font.SANS_SERIF;
        this.regular = new Font(family, Font.PLAIN, 1).deriveFont(REFERENCE);
        this.bold = new Font(family, Font.BOLD, 1).deriveFont(REFERENCE);
    }

    Font font(double size, boolean isBold) {
        return (isBold ? bold : regular).deriveFont((float) size);
    }

    FontRenderContext context() {
        return context;
    }

    @Override
    public double width(String text, double size, boolean isBold) {
        String key = (isBold ? "b" : "r") + text;
        Double w = widths.get(key);
        if (w == null) {
            w = (isBold ? bold : regular).getStringBounds(text, context).getWidth();
            widths.put(key, w);
        }
        return w * size / REFERENCE;
    }
}
