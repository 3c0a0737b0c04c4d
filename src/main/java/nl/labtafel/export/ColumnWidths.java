package nl.labtafel.export;

import java.util.List;

/**
 * Column widths from what the columns hold, the way a browser lays out an automatic table: every column at
 * least as wide as its longest word (so "Woningcorporatie" never breaks as "Woningcorporat|ie"), and the room
 * left given to the columns in proportion to how much more they would need to fit their text on one line.
 * Text widths are estimated from character counts: the export cannot measure the organiser's font, and an
 * average-width estimate with a margin is enough to choose columns.
 */
final class ColumnWidths {
    /** Average advance of a character in a proportional font, as a share of the font size, with a margin. */
    private static final double CHAR_EM = 0.56;
    /** Bold header text runs wider. */
    private static final double BOLD_FACTOR = 1.1;
    /** No column takes more than this share for its longest word alone (a URL must not starve the others). */
    private static final double MAX_WORD_SHARE = 0.4;

    private ColumnWidths() {
    }

    /**
     * @param textWidth the width to fill, in twips
     * @param fontHalfPoints the table text's size in half points (Word's unit, 18 = 9 pt)
     * @param cellPadding left plus right cell margin, in twips
     * @return one width per column in twips, summing to at most {@code textWidth}
     */
    static int[] of(List<String> headers, List<List<String>> rows, int textWidth, int fontHalfPoints,
            int cellPadding) {
        int columns = headers.size();
        double charTwips = fontHalfPoints * 10 * CHAR_EM; // half points -> twips: * 10
        double[] min = new double[columns];
        double[] max = new double[columns];
        for (int c = 0; c < columns; c++) {
            min[c] = longestWord(headers.get(c)) * charTwips * BOLD_FACTOR;
            max[c] = longestLine(headers.get(c)) * charTwips * BOLD_FACTOR;
        }
        for (List<String> row : rows) {
            for (int c = 0; c < columns && c < row.size(); c++) {
                min[c] = Math.max(min[c], longestWord(row.get(c)) * charTwips);
                max[c] = Math.max(max[c], longestLine(row.get(c)) * charTwips);
            }
        }
        double minTotal = 0;
        double maxTotal = 0;
        for (int c = 0; c < columns; c++) {
            min[c] = Math.min(min[c] + cellPadding, textWidth * MAX_WORD_SHARE);
            max[c] = Math.max(max[c] + cellPadding, min[c]);
            minTotal += min[c];
            maxTotal += max[c];
        }
        double[] widths = new double[columns];
        if (maxTotal <= textWidth) {
            // Everything fits on one line: share the spare room in proportion to the natural widths.
            for (int c = 0; c < columns; c++) {
                widths[c] = max[c] * textWidth / maxTotal;
            }
        } else if (minTotal <= textWidth) {
            double spare = textWidth - minTotal;
            double wish = maxTotal - minTotal;
            for (int c = 0; c < columns; c++) {
                widths[c] = min[c] + (max[c] - min[c]) * spare / wish;
            }
        } else {
            for (int c = 0; c < columns; c++) {
                widths[c] = min[c] * textWidth / minTotal; // too many long words: every column gives way alike
            }
        }
        int[] twips = new int[columns];
        for (int c = 0; c < columns; c++) {
            twips[c] = (int) Math.floor(widths[c]);
        }
        return twips;
    }

    static int longestWord(String text) {
        int longest = 0;
        int current = 0;
        String clean = SafeText.clean(text);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (Character.isWhitespace(c) || c == '-') {
                // Word may break after a hyphen: the part up to it counts, the hyphen included.
                longest = Math.max(longest, Character.isWhitespace(c) ? current : current + 1);
                current = 0;
            } else {
                current++;
            }
        }
        return Math.max(longest, current);
    }

    static int longestLine(String text) {
        int longest = 0;
        for (String line : SafeText.clean(text).split("\n", -1)) {
            longest = Math.max(longest, line.strip().length());
        }
        return longest;
    }
}
