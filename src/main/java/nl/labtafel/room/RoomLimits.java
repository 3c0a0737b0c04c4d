package nl.labtafel.room;

import java.time.Duration;

/**
 * What one phone and the whole room may send. The defaults suit an evening of 25-100 people; tests and
 * the load test pass their own.
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

    public static RoomLimits defaults() {
        return new RoomLimits(280, 4_096, 10, 20, 150, 4, 10, Duration.ofSeconds(5));
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
