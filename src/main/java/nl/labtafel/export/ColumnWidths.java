package nl.labtafel.export;

import java.util.List;

/**
 * Column widths from what the columns hold: every column at least as wide as its longest word (so
 * "Woningcorporatie" never breaks as "Woningcorporat|ie"), then the room left given to the columns in
 * proportion to how much text they hold in all, each up to the width that fits its longest line. So the
 * action text, the bulk of the table, gets the room, and a column of short words no more than it needs.
 * Text widths are estimated from character counts: the export cannot measure the organiser's font, and an
 * average-width estimate with a margin is enough to choose columns.
 */
final class ColumnWidths {
    /** Average advance of a character in a proportional font, as a share of the font size, with a margin. */
    private static final double CHAR_EM = 0.56;
    /**
     * For the one word that must not break: wider than average, since a name like "Gemeente" has wide
     * letters, and a word 5 % too wide for its column breaks just the same.
     */
    private static final double WORD_EM = 0.6;
    /** Left over in a column beyond its longest word, so rounding in Word or LibreOffice never breaks it. */
    private static final int WORD_SLACK = 60;
    /** Cells up to this many characters are kept on one line. */
    private static final int SHORT_CELL = 14;
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
     * @param whole per column, whether its cells should not wrap at all (a number, a date, a status)
     * @return one width per column in twips, summing to at most {@code textWidth}
     */
    static int[] of(List<String> headers, List<List<String>> rows, int textWidth, int fontHalfPoints,
            int cellPadding, boolean[] whole) {
        int columns = headers.size();
        double charTwips = fontHalfPoints * 10 * CHAR_EM; // half points -> twips: * 10
        double wordTwips = fontHalfPoints * 10 * WORD_EM;
        double[] min = new double[columns];
        double[] max = new double[columns];
        double[] volume = new double[columns];
        for (int c = 0; c < columns; c++) {
            volume[c] = SafeText.clean(headers.get(c)).length();
            min[c] = longestWord(headers.get(c)) * wordTwips * BOLD_FACTOR;
            max[c] = longestLine(headers.get(c)) * charTwips * BOLD_FACTOR;
        }
        for (List<String> row : rows) {
            for (int c = 0; c < columns && c < row.size(); c++) {
                // A short cell ("Thema 1", "In uitvoering") reads badly broken: kept on one line like a date.
                boolean keep = whole != null && c < whole.length && whole[c] || longestLine(row.get(c)) <= SHORT_CELL;
                String cell = row.get(c);
                min[c] = Math.max(min[c], (keep ? longestLine(cell) : longestWord(cell)) * wordTwips);
                max[c] = Math.max(max[c], longestLine(cell) * charTwips);
                volume[c] += cell == null ? 0 : cell.length();
            }
        }
        double minTotal = 0;
        double maxTotal = 0;
        for (int c = 0; c < columns; c++) {
            min[c] = Math.min(min[c] + cellPadding + WORD_SLACK, textWidth * MAX_WORD_SHARE);
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
            System.arraycopy(min, 0, widths, 0, columns);
            share(widths, max, volume, textWidth - minTotal);
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

    /** Hands out {@code spare} by text volume, no column beyond its one-line width; what a full column leaves goes round again. */
    private static void share(double[] widths, double[] max, double[] volume, double spare) {
        double left = spare;
        for (int round = 0; round < widths.length && left > 1; round++) {
            double weight = 0;
            for (int c = 0; c < widths.length; c++) {
                if (widths[c] < max[c]) {
                    weight += Math.max(volume[c], 1);
                }
            }
            if (weight == 0) {
                break;
            }
            double given = 0;
            for (int c = 0; c < widths.length; c++) {
                if (widths[c] < max[c]) {
                    double add = Math.min(max[c] - widths[c], left * Math.max(volume[c], 1) / weight);
                    widths[c] += add;
                    given += add;
                }
            }
            left -= given;
        }
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
