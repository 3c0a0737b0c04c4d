package nl.labtafel.text;

/**
 * Makes a value from a file safe to show inside a message: every control character, unpaired surrogate and
 * text-direction override is written as an escape ({@code \n}, {@code \u0000}, {@code \u202E}), so a value can
 * never start a new line or turn the line around, and a long value is cut with "…". A message then always
 * stays the one line that names the file it is about.
 */
public final class Quoted {
    /** Longest value shown in a message, in characters, before it is cut. */
    public static final int MAX_SHOWN = 80;

    private Quoted() {
    }

    /** Escaped and cut to {@link #MAX_SHOWN} characters: for values inside messages. */
    public static String value(Object value) {
        return escape(String.valueOf(value), MAX_SHOWN);
    }

    /** Escaped, never cut: for content printed one item a line (a note's text in a list). */
    public static String line(String value) {
        return escape(value == null ? "" : value, Integer.MAX_VALUE);
    }

    /** A path or file name as typed or found on disk (a file name may hold a newline too). */
    public static String file(Object path) {
        return escape(String.valueOf(path), Integer.MAX_VALUE);
    }

    private static String escape(String s, int max) {
        if (isPlain(s) && s.length() <= max) {
            return s;
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 16);
        int shown = 0;
        for (int i = 0; i < s.length(); i++) {
            if (shown >= max) {
                b.append('\u2026');
                break;
            }
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (needsEscape(c)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
            shown++;
        }
        return b.toString();
    }

    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || Character.isSurrogate(c) || needsEscape(c)) {
                return false;
            }
        }
        return true;
    }

    /** Control characters, unpaired surrogates, line/paragraph separators and bidirectional controls. */
    private static boolean needsEscape(char c) {
        return Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                || c == '\u200F' || c == '\u061C';
    }
}
