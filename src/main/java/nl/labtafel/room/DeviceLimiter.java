package nl.labtafel.room;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Per-phone limits, in memory only and forgotten when room input stops: a token bucket of items per phone,
 * a cap on phones in the room, a cap on phones behind one address, and a limit on wrong room codes per
 * address. A phone is the random id its page keeps (header {@code X-Labtafel-Device}); none of it is
 * written anywhere.
 */
final class DeviceLimiter {
    private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    /** What the limiter said; {@code retryAfterSeconds} only for {@link Refusal#TOO_MANY}. */
    record Verdict(Refusal refusal, long retryAfterSeconds) {
        static final Verdict OK = new Verdict(null, 0);
    }

    private static final class Bucket {
        double tokens;
        long lastNanos;
    }

    private final Supplier<RoomLimits> limits;
    private final Map<String, Bucket> buckets = new HashMap<>();
    private final Map<String, Set<String>> devicesByAddress = new HashMap<>();
    private final Map<String, Bucket> codeTries = new HashMap<>();

    DeviceLimiter(Supplier<RoomLimits> limits) {
        this.limits = limits;
    }

    static String device(String header, String address) {
        return header != null && DEVICE.matcher(header).matches() ? header : "addr:" + address;
    }

    /** Admits a phone (counting it against the caps) without spending an item. */
    synchronized Verdict admit(String device, String address) {
        if (buckets.containsKey(device)) {
            return Verdict.OK;
        }
        if (buckets.size() >= limits.get().maxDevices()) {
            return new Verdict(Refusal.ROOM_FULL, 30);
        }
        Set<String> behind = devicesByAddress.computeIfAbsent(address, a -> new HashSet<>());
        if (behind.size() >= limits.get().devicesPerAddress()) {
            return new Verdict(Refusal.TOO_MANY, 60);
        }
        behind.add(device);
        Bucket bucket = new Bucket();
        bucket.tokens = limits.get().burst();
        bucket.lastNanos = System.nanoTime();
        buckets.put(device, bucket);
        return Verdict.OK;
    }

    /** Spends one item of the phone's allowance. */
    synchronized Verdict spend(String device, String address) {
        Verdict admitted = admit(device, address);
        if (admitted.refusal() != null) {
            return admitted;
        }
        return take(buckets.get(device), limits.get().burst(), limits.get().perMinute());
    }

    /** One wrong room code from this address. */
    synchronized Verdict wrongCode(String address) {
        Bucket bucket = codeTries.computeIfAbsent(address, a -> {
            Bucket b = new Bucket();
            b.tokens = limits.get().codeTriesPerMinute();
            b.lastNanos = System.nanoTime();
            return b;
        });
        return take(bucket, limits.get().codeTriesPerMinute(), limits.get().codeTriesPerMinute());
    }

    synchronized boolean codeBlocked(String address) {
        Bucket bucket = codeTries.get(address);
        if (bucket == null) {
            return false;
        }
        refill(bucket, limits.get().codeTriesPerMinute(), limits.get().codeTriesPerMinute());
        return bucket.tokens < 1;
    }

    private static Verdict take(Bucket bucket, int capacity, int perMinute) {
        refill(bucket, capacity, perMinute);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return Verdict.OK;
        }
        long wait = (long) Math.ceil((1 - bucket.tokens) * 60.0 / Math.max(1, perMinute));
        return new Verdict(Refusal.TOO_MANY, Math.max(1, wait));
    }

    private static void refill(Bucket bucket, int capacity, int perMinute) {
        long now = System.nanoTime();
        double minutes = (now - bucket.lastNanos) / 60e9;
        bucket.tokens = Math.min(capacity, bucket.tokens + minutes * perMinute);
        bucket.lastNanos = now;
    }

    synchronized int devices() {
        return buckets.size();
    }
}
