package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width at a font size. Lines break between words; a word wider than the
 * whole line is split with a hyphen at the end of each piece, never silently mid-word.
 */
public final class TextWrap {
    /** Room left for the measuring error of hinting at small sizes. */
    private static final double SAFETY = 0.97;

    private TextWrap() {
    }

    /** Wrapped lines by text, size and width: after an edit only the changed post-it is wrapped again. */
    private static final int CACHE = 20_000;
    private static final java.util.Map<String, List<String>> WRAPPED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, List<String>> eldest) {
                    return size() > CACHE;
                }
            });

    public static List<String> lines(String text, double size, boolean bold, double width, TextMeasure measure) {
        if (!(measure instanceof FxTextMeasure fx)) {
            return wrap(text, size, bold, width, measure);
        }
        String key = fx.family() + '|' + size + '|' + bold + '|' + Math.round(width * 4) + '|' + text;
        List<String> lines = WRAPPED.get(key);
        if (lines == null) {
            lines = List.copyOf(wrap(text, size, bold, width, measure));
            WRAPPED.put(key, lines);
        }
        return lines;
    }

    private static List<String> wrap(String text, double size, boolean bold, double width, TextMeasure measure) {
        double limit = width * SAFETY;
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            double lineWidth = 0;
            double space = measure.width(" ", size, bold);
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                double w = measure.width(word, size, bold);
                if (line.length() > 0 && lineWidth + space + w <= limit) {
                    line.append(' ').append(word);
                    lineWidth += space + w;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (w <= limit) {
                    line.append(word);
                    lineWidth = w;
                } else {
                    String rest = hyphenate(word, size, bold, limit, measure, lines);
                    line.append(rest);
                    lineWidth = measure.width(rest, size, bold);
                }
            }
            lines.add(line.toString());
        }
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Adds the full pieces of a too-long word (each ending in "-") to {@code lines}; returns the last piece. */
    private static String hyphenate(String word, double size, boolean bold, double limit, TextMeasure measure,
                                    List<String> lines) {
        String rest = word;
        while (measure.width(rest, size, bold) > limit && rest.length() > 1) {
            int cut = rest.length() - 1;
            while (cut > 1 && measure.width(rest.substring(0, cut) + "-", size, bold) > limit) {
                cut = Math.max(1, cut - Math.max(1, cut / 8));
            }
            while (cut + 1 < rest.length() && measure.width(rest.substring(0, cut + 1) + "-", size, bold) <= limit) {
                cut++;
            }
            if (rest.length() >= 6 && rest.length() - cut < 3) {
                cut = rest.length() - 3; // no lone letter on the next line: "Facebookgro-/ep", not "Facebookgroe-/p"
            }
            lines.add(rest.substring(0, cut) + "-");
            rest = rest.substring(cut);
        }
        return rest;
    }
}
