package nl.labtafel.importing;

/**
 * Guesses the delimiter of a CSV or TSV text from its first lines: the candidate that occurs outside quotes
 * on most lines the same number of times, preferring the one that occurs most. Dutch Excel writes ";",
 * English Excel ",", pasted cells and "tekst (tab)" use tabs.
 */
public final class Delimiters {
    private static final char[] CANDIDATES = {'\t', ';', ',', '|'};
    private static final int SAMPLE_LINES = 50;

    private Delimiters() {
    }

    public static char detect(String text) {
        int[][] counts = new int[CANDIDATES.length][SAMPLE_LINES];
        int lines = 0;
        boolean quoted = false;
        int[] current = new int[CANDIDATES.length];
        boolean lineHasContent = false;
        for (int i = 0; i < text.length() && lines < SAMPLE_LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (lineHasContent) {
                    for (int k = 0; k < CANDIDATES.length; k++) {
                        counts[k][lines] = current[k];
                    }
                    lines++;
                }
                current = new int[CANDIDATES.length];
                lineHasContent = false;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        current[k]++;
                    }
                }
            }
            lineHasContent |= !Character.isWhitespace(c) || c == '\t';
        }
        if (lineHasContent && lines < SAMPLE_LINES) {
            for (int k = 0; k < CANDIDATES.length; k++) {
                counts[k][lines] = current[k];
            }
            lines++;
        }
        char best = ',';
        double bestScore = 0;
        for (int k = 0; k < CANDIDATES.length; k++) {
            double score = score(counts[k], lines);
            if (score > bestScore) {
                bestScore = score;
                best = CANDIDATES[k];
            }
        }
        return best;
    }

    /** Lines on which the delimiter occurs as often as on the first line, weighted by how often that is. */
    private static double score(int[] counts, int lines) {
        if (lines == 0 || counts[0] == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < lines; i++) {
            if (counts[i] == counts[0]) {
                same++;
            }
        }
        return (double) same / lines * 100 + Math.min(counts[0], 20);
    }

    /** "; (puntkomma)" is said by the bundle; this is the character's short display name for the preview. */
    public static String display(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }
}
