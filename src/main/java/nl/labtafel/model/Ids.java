package nl.labtafel.model;

import java.security.SecureRandom;

/** Stable, short, random ids ("n-7k2m9q4x") so links between notes, themes, teams and actions survive edits. */
public final class Ids {
    private static final char[] ALPHABET = "0123456789abcdefghijkmnpqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String next(String prefix) {
        // One draw of 63 random bits per id, not one per character: SecureRandom is slow per call, and an
        // import of 10,000 post-its spent most of its time here. 34^10 (about 2^51) fits well inside 2^63.
        long bits = RANDOM.nextLong() >>> 1;
        char[] chars = new char[10];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[(int) (bits % ALPHABET.length)];
            bits /= ALPHABET.length;
        }
        return prefix + "-" + new String(chars);
    }
}
