package nl.labtafel.room;

import java.time.Duration;
import nl.labtafel.model.RoomState;

/**
 * What one phone and the whole room may send. The defaults suit an evening of 25-100 people; the facilitator
 * may change the longest text, the phones at once and the items per minute (kept in the session, applied at
 * once, {@link #with(RoomState)}); tests and the load test pass their own.
 *
 * @param maxChars         longest post-it, insight or canvas note, in characters
 * @param maxBodyBytes     largest request body; larger gets 413
 * @param burst            items a phone may send at once (token bucket size)
 * @param perMinute        items per minute a phone may send after its burst
 * @param maxDevices       phones the room serves at once; the next one is told the room is full
 * @param devicesPerAddress phones behind one network address (a phone that keeps making itself new)
 * @param codeTriesPerMinute wrong room codes one address may type per minute
 * @param persistTimeout   how long a phone waits for its item to be saved before it is told to retry
 */
public record RoomLimits(int maxChars, int maxBodyBytes, int burst, int perMinute, int maxDevices,
                         int devicesPerAddress, int codeTriesPerMinute, Duration persistTimeout) {

    /** The facilitator's choices range over these (the console's fields and the file's validator agree). */
    public static final int MIN_CHARS = 20;
    public static final int MAX_CHARS = 1_000;
    public static final int MAX_DEVICES = 500;
    public static final int MAX_PER_MINUTE = 600;
    /** No request body is ever larger than this, whatever the facilitator sets (the server's hard limit). */
    public static final int BODY_CEILING = 8 * 1_024;

    public static RoomLimits defaults() {
        return new RoomLimits(280, 4_096, 10, 20, 150, 4, 10, Duration.ofSeconds(5));
    }

    /**
     * These limits with the facilitator's choices from the session (0 keeps this one's value): the longest text,
     * the phones at once and the items per minute per phone. The body limit grows with the text (4 bytes per
     * character in UTF-8, plus the rest of the request).
     */
    public RoomLimits with(RoomState room) {
        if (room == null) {
            return this;
        }
        int chars = room.getMaxChars() > 0 ? Math.max(MIN_CHARS, Math.min(MAX_CHARS, room.getMaxChars())) : maxChars;
        int devices = room.getMaxDevices() > 0 ? Math.min(MAX_DEVICES, room.getMaxDevices()) : maxDevices;
        int minute = room.getPerMinute() > 0 ? Math.min(MAX_PER_MINUTE, room.getPerMinute()) : perMinute;
        int body = Math.min(BODY_CEILING, Math.max(maxBodyBytes, chars * 4 + 1_024));
        return new RoomLimits(chars, body, burst, minute, devices, devicesPerAddress, codeTriesPerMinute, persistTimeout);
    }

    public RoomLimits withDevicesPerAddress(int n) {
        return new RoomLimits(maxChars, maxBodyBytes, burst, perMinute, maxDevices, n, codeTriesPerMinute,
                persistTimeout);
    }

    public RoomLimits withRate(int burstSize, int itemsPerMinute) {
        return new RoomLimits(maxChars, maxBodyBytes, burstSize, itemsPerMinute, maxDevices, devicesPerAddress,
                codeTriesPerMinute, persistTimeout);
    }

    public RoomLimits withMaxDevices(int n) {
        return new RoomLimits(maxChars, maxBodyBytes, burst, perMinute, n, devicesPerAddress, codeTriesPerMinute,
                persistTimeout);
    }
}
