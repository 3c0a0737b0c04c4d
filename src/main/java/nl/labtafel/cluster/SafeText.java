package nl.labtafel.cluster;

/**
 * Makes any note text safe to analyse: a lone surrogate (half of an emoji, cut by a paste) becomes U+FFFD, control
 * characters become spaces, and only the first {@link #MAX_CHARS} characters are read (a 10,000-character paste is
 * still one post-it; its start says what it is about). Carrot2's tokenizer threw java.lang.Error on a lone surrogate.
 */
final class SafeText {
    static final int MAX_CHARS = 2_000;

    private SafeText() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        int end = Math.min(text.length(), MAX_CHARS);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
