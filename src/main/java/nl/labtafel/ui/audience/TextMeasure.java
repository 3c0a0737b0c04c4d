package nl.labtafel.ui.audience;

/**
 * How wide a piece of text is at a font size, in pixels. The layout asks only this, so it is tested without a
 * screen (with a fixed-width stand-in) and drawn with the real font ({@link FxTextMeasure}).
 */
public interface TextMeasure {

    double width(String text, double size, boolean bold);

    /** The text broken into lines no wider than {@code width} (see {@link TextWrap}); a measure may remember them. */
    default java.util.List<String> wrap(String text, double size, boolean bold, double width) {
        return TextWrap.wrap(text, size, bold, width, this);
    }

    /** Distance from one line's top to the next line's top. */
    default double lineHeight(double size) {
        return Math.ceil(size * LINE_FACTOR);
    }

    double LINE_FACTOR = 1.18;
}
