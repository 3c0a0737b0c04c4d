package nl.labtafel.ui.common;

import java.util.List;

/**
 * Breaks a text into lines that fit a width at a font size, the way the room's screen does (syllables, a hyphen,
 * never mid-word without one). The composition root hands the audience view's wrapping to the features that need
 * it, so they share one rule without depending on the audience package.
 */
@FunctionalInterface
public interface TextBreaks {
    List<String> lines(String text, double size, boolean bold, double width);

    /** No breaks of its own: the control wraps as it does. */
    TextBreaks NONE = (text, size, bold, width) -> List.of(text);
}
