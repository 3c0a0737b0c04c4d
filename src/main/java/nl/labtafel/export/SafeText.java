package nl.labtafel.export;

import java.util.Arrays;
import java.util.List;

/**
 * Text as Word XML can hold it. XML 1.0 forbids most control characters and lone surrogates; a note pasted
 * from a PDF or a chat can carry them, and one of them makes the whole .docx unreadable. They are dropped, and
 * so are DEL and the C1 controls (U+007F to U+009F, NEL among them): XML allows them but Word and LibreOffice
 * draw them as boxes. Everything else (emoji, right-to-left scripts, accents) stays exactly as typed.
 */
final class SafeText {

    private SafeText() {
    }

    /** Without characters XML cannot carry; "\r\n" and "\r" become "\n"; tabs and line feeds stay. */
    static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder b = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean keep;
            char replacement = c;
            if (c == '\r') {
                keep = !(i + 1 < n && text.charAt(i + 1) == '\n');
                replacement = '\n';
            } else if (Character.isHighSurrogate(c)) {
                keep = i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1));
                if (keep) {
                    if (b != null) {
                        b.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                keep = c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7F) || (c > 0x9F && c < 0xD800)
                        || (c > 0xDFFF && c < 0xFFFE);
            }
            if (keep && replacement == c && b == null) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(n).append(text, 0, i);
            }
            if (keep) {
                b.append(replacement);
            }
        }
        return b == null ? text : b.toString();
    }

    /** Paragraphs of a narrative text: split at blank lines, each trimmed, empty ones dropped. */
    static List<String> paragraphs(String text) {
        String clean = clean(text).strip();
        if (clean.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(clean.split("\n[ \t]*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Nothing but white space and characters XML cannot carry; without copying, as it runs per note. */
    static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c >= 0x20 && c < 0xFFFE && !Character.isSurrogate(c)
                    && (c < 0x7F || c > 0x9F)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the first letter with a strong direction is right-to-left (Hebrew, Arabic, ...): such a
     * paragraph is laid out right to left, as Word does when one types it.
     */
    static boolean startsRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return true;
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return false;
                default:
                    i += Character.charCount(cp);
            }
        }
        return false;
    }
}
