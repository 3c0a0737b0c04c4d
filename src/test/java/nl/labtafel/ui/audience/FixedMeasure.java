package nl.labtafel.ui.audience;

/** A stand-in font for tests without a screen: every character 0.58 em wide (0.62 bold), a little wider than DejaVu Sans. */
final class FixedMeasure implements TextMeasure {
    @Override
    public double width(String text, double size, boolean bold) {
        return text.length() * size * (bold ? 0.62 : 0.58);
    }
}
