package nl.labtafel.ui.audience;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Measures with the font the audience view draws in. Widths are measured once per word at a reference size and
 * scaled (glyph advances scale with the size), and wrapped lines are remembered by text, size and width, so laying
 * out thousands of post-its again after an edit costs one map look-up per post-it, not text layout. FX thread only.
 */
public final class FxTextMeasure implements TextMeasure {
    private static final double REFERENCE = 64;
    private static final int CACHE = 50_000;
    private static final int WRAP_CACHE = 40_000;

    private final String family;
    private final ThreadLocal<Text> probe = ThreadLocal.withInitial(Text::new);
    private final Font regular;
    private final Font bold;
    /** Emptied when full (rare: 50,000 words); the next layout measures again what it needs. */
    private final Map<String, Double> widths = new ConcurrentHashMap<>(1024);

    /** Key of remembered lines: the text's own hash is cached in the String, so a look-up does not read the text. */
    private record Wrapped(String text, double size, boolean bold, long quarterPixels) {
    }

    private final Map<Wrapped, List<String>> wrapped = new ConcurrentHashMap<>(4096);

    public FxTextMeasure() {
        this(Font.getDefault().getFamily());
    }

    public FxTextMeasure(String family) {
        this.family = family;
        this.regular = Font.font(family, FontWeight.NORMAL, REFERENCE);
        this.bold = Font.font(family, FontWeight.BOLD, REFERENCE);
    }

    public String family() {
        return family;
    }

    public Font font(double size, boolean isBold) {
        return Font.font(family, isBold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    @Override
    public double width(String text, double size, boolean isBold) {
        String key = (isBold ? "b" : "r") + text;
        Double w = widths.get(key);
        if (w == null) {
            Text t = probe.get();
            t.setFont(isBold ? bold : regular);
            t.setText(text);
            w = t.getLayoutBounds().getWidth();
            if (widths.size() >= CACHE) {
                widths.clear();
            }
            widths.put(key, w);
        }
        return w * size / REFERENCE;
    }

    @Override
    public List<String> wrap(String text, double size, boolean isBold, double width) {
        Wrapped key = new Wrapped(text == null ? "" : text, size, isBold, Math.round(width * 4));
        List<String> lines = wrapped.get(key);
        if (lines == null) {
            if (wrapped.size() >= WRAP_CACHE) {
                wrapped.clear(); // sizes tried by an old fit; the next layout fills it again with what it needs
            }
            lines = List.copyOf(TextWrap.wrap(text, size, isBold, width, this));
            wrapped.put(key, lines);
        }
        return lines;
    }
}
