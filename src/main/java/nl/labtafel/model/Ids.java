package nl.labtafel.model;

import java.security.SecureRandom;

/** Stable, short, random ids ("n-7k2m9q4x") so links between notes, themes, teams and actions survive edits. */
public final class Ids {
    private static final char[] ALPHABET = "0123456789abcdefghijkmnpqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String next(String prefix) {
        char[] chars = new char[10];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return prefix + "-" + new String(chars);
    }
}
