package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Breaks text into lines that fit a width at a font size. Lines break between words and after a hyphen or slash
 * inside a word ("WIJ-/teams"); a word that still does not fit the whole line is hyphenated by width: cut where
 * it fits, preferably between syllables (before a consonant that starts one: "Maatschap-pelijke"), each piece
 * but the last ending in "-", never leaving a lone letter. No word is ever broken without a hyphen.
 */
public final class TextWrap {
    /** Room left for the measuring error of hinting at small sizes. */
    private static final double SAFETY = 0.97;
    /** A syllable break may give up this share of the line to look better than a plain cut. */
    private static final double SYLLABLE_SLACK = 0.35;
    private static final int MIN_PIECE = 3;

    private TextWrap() {
    }

    /** Wrapped lines; the measure may remember them ({@link FxTextMeasure} does, so a relayout wraps only what changed). */
    public static List<String> lines(String text, double size, boolean bold, double width, TextMeasure measure) {
        return measure.wrap(text, size, bold, width);
    }

    /** Compiled once: String.split compiles these again on every call (a typed post-it is wrapped uncached). */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The wrapping itself, uncached. */
    static List<String> wrap(String text, double size, boolean bold, double width, TextMeasure measure) {
        double limit = width * SAFETY;
        List<String> lines = new ArrayList<>();
        for (String paragraph : LINE_BREAK.split(text == null ? "" : text, -1)) {
            StringBuilder line = new StringBuilder();
            double lineWidth = 0;
            double space = measure.width(" ", size, bold);
            for (String word : SPACES.split(paragraph.trim())) {
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
                    String rest = split(word, size, bold, limit, measure, lines);
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

    /** Adds the full pieces of a too-long word to {@code lines}; returns the last piece. */
    private static String split(String word, double size, boolean bold, double limit, TextMeasure measure,
                                List<String> lines) {
        String rest = word;
        while (measure.width(rest, size, bold) > limit && rest.length() > 1) {
            int longest = longestFit(rest, size, bold, limit, measure);
            int cut = bestCut(rest, longest);
            String piece = rest.substring(0, cut);
            lines.add(endsInBreak(piece) ? piece : piece + "-");
            rest = rest.substring(cut);
        }
        return rest;
    }

    /** How many leading characters fit with a hyphen after them (at least one). */
    private static int longestFit(String rest, double size, boolean bold, double limit, TextMeasure measure) {
        int cut = rest.length() - 1;
        while (cut > 1 && measure.width(rest.substring(0, cut) + "-", size, bold) > limit) {
            cut = Math.max(1, cut - Math.max(1, cut / 8));
        }
        while (cut + 1 < rest.length() && measure.width(rest.substring(0, cut + 1) + "-", size, bold) <= limit) {
            cut++;
        }
        return cut;
    }

    /**
     * Where to cut within the first {@code longest} characters: after the word's own hyphen or slash if it has one,
     * else before a syllable (a consonant followed by a vowel, with a letter before it), else as far as fits;
     * never so that fewer than three letters stand alone on either side when the word allows it.
     */
    static int bestCut(String word, int longest) {
        int max = Math.min(longest, word.length() - 1);
        if (word.length() >= 2 * MIN_PIECE && word.length() - max < MIN_PIECE) {
            max = word.length() - MIN_PIECE; // "Facebookgro-/ep", not "Facebookgroe-/p"
        }
        if (max <= MIN_PIECE) {
            return Math.max(1, max);
        }
        int lowest = Math.max(MIN_PIECE, (int) Math.ceil(max * (1 - SYLLABLE_SLACK)));
        for (int cut = max; cut >= MIN_PIECE; cut--) { // the word's own hyphen is the natural break, even early
            if (endsInBreak(word.substring(0, cut))) {
                return cut;
            }
        }
        for (int cut = max; cut >= lowest; cut--) {
            if (syllableStart(word, cut)) {
                return cut;
            }
        }
        return max;
    }

    private static boolean endsInBreak(String piece) {
        char last = piece.charAt(piece.length() - 1);
        return last == '-' || last == '/' || last == '\u2010' || last == '\u2013';
    }

    /**
     * A cut before {@code word[cut]} starts a syllable: a consonant, or a consonant with r or l ("gr", "bl"), followed by
     * a vowel, with a letter before it; never inside such a pair, "ch", "sch" or "ij" ("arbeidsmi-granten", not
     * "arbeidsmig-ranten").
     */
    private static boolean syllableStart(String word, int cut) {
        if (cut < 1 || cut + 1 >= word.length()) {
            return false;
        }
        char before = Character.toLowerCase(word.charAt(cut - 1));
        char c = Character.toLowerCase(word.charAt(cut));
        char after = Character.toLowerCase(word.charAt(cut + 1));
        char third = cut + 2 < word.length() ? Character.toLowerCase(word.charAt(cut + 2)) : ' ';
        if (!Character.isLetter(before) || !isConsonant(c)) {
            return false;
        }
        boolean onset = isVowel(after) || (cluster(c, after) && isVowel(third));
        boolean splitsPair = cluster(before, c) || (before == 'c' && c == 'h') || (before == 's' && c == 'c')
                || (before == 'i' && c == 'j');
        return onset && !splitsPair;
    }

    /** A consonant and r or l that start a Dutch syllable together: br, dr, gr, kl, pl, tr, … */
    private static boolean cluster(char first, char second) {
        return (second == 'r' || second == 'l') && "bcdfgkptv".indexOf(first) >= 0;
    }

    private static boolean isVowel(char c) {
        return "aeiouyàáâäèéêëìíîïòóôöùúûü".indexOf(c) >= 0;
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && !isVowel(c);
    }
}
