package nl.labtafel.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Mutations of a valid session file for the fuzz tests ({@link LoaderFuzzTest}, {@link FuzzHarness}): cuts,
 * truncations, random bytes, inserted tokens and replaced values, among them the inputs the independent attack
 * found (half a surrogate, bytes past U+10FFFF, overlong UTF-8).
 */
final class FuzzCases {
    private static final String[] TOKENS = {"null", "\"\"", "-1", "1e309", "[]", "{}", "true", "\"x\"", ",", ":",
        "\"n-dup\"", "\"#12\"", "99", "\"2018-02-30\"", "\"25:00\"", "\"\\u0000\"", "[null]", "{\"id\":null}",
        "\"schemaVersion\"", "\"OPEN\"", "\"NOPE\"", "0.5", "\"\uD83D\uDE00\"", "\"\u202Eabc\"", "\"\\udfff\"", "\"\\ud800x\"", "\"a\\nb\"", "1e400", "-0", "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]",
        "\"\\u0000\\u202E\"", "123456789012345678901234567890"};

    /** Byte sequences that are not strict UTF-8. */
    private static final byte[][] BAD_BYTES = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}};

    private FuzzCases() {
    }

    static byte[] mutate(byte[] source, Random random) {
        byte[] bytes = source;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(7)) {
                case 0 -> bytes = splice(bytes, at, 1 + random.nextInt(8), new byte[0]);
                case 1 -> bytes = Arrays.copyOf(bytes, at);
                case 2 -> {
                    bytes = bytes.clone();
                    bytes[at] = (byte) random.nextInt(256);
                }
                case 3 -> bytes = splice(bytes, at, 0, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 4 -> bytes = splice(bytes, at, 0, BAD_BYTES[random.nextInt(BAD_BYTES.length)]);
                default -> bytes = replaceValue(bytes, at, TOKENS[random.nextInt(TOKENS.length)], random);
            }
            if (bytes.length == 0) {
                return bytes;
            }
        }
        return bytes;
    }

    /** Replaces the JSON value after the next " : " with a token, so types and values change, not syntax. */
    private static byte[] replaceValue(byte[] bytes, int from, String token, Random random) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int colon = text.indexOf(" : ", Math.min(from, text.length()));
        if (colon < 0) {
            return bytes;
        }
        int start = colon + 3;
        int end = start;
        if (end < text.length() && text.charAt(end) == '"') {
            end = text.indexOf('"', end + 1) + 1;
        } else {
            while (end < text.length() && ",\n}]".indexOf(text.charAt(end)) < 0) {
                end++;
            }
        }
        if (end <= start) {
            return bytes;
        }
        return (text.substring(0, start) + token + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        int cut = Math.min(remove, bytes.length - at);
        byte[] out = new byte[bytes.length - cut + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + cut, out, at + insert.length, bytes.length - at - cut);
        return out;
    }
}
