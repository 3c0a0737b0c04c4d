package nl.labtafel.room;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import nl.labtafel.model.RoomState;
import nl.labtafel.model.Session;

/**
 * The secret in the room URL (26 characters, 130 bits: not guessable) and the room code to type by hand
 * (6 characters from an alphabet without look-alikes; guessing is cut off by the per-address limit on
 * wrong codes). Both are made once per session and kept in it, so the QR code works after a restart.
 */
public final class RoomKeys {
    private static final char[] SECRET_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final char[] CODE_ALPHABET = "ACDEFHJKLMNPRTUVWXY34679".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RoomKeys() {
    }

    /** The session's room state, made with fresh keys when it has none yet (owner thread). */
    public static RoomState ensure(Session session) {
        RoomState room = session.getRoom();
        if (room == null) {
            room = new RoomState();
            session.setRoom(room);
        }
        if (room.getSecret() == null || room.getSecret().length() < 20) {
            room.setSecret(random(SECRET_ALPHABET, 26));
        }
        if (room.getCode() == null || room.getCode().length() < 6) {
            room.setCode(random(CODE_ALPHABET, 6));
        }
        return room;
    }

    static String random(char[] alphabet, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        }
        return new String(chars);
    }

    /** Compares without an early exit, so timing tells nothing about how much of a guess was right. */
    static boolean same(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    /** A room code as typed: spaces and dashes dropped, upper case. */
    static String normaliseCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
