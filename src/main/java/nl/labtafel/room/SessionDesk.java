package nl.labtafel.room;

import java.time.Clock;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import nl.labtafel.model.RoomItem;
import nl.labtafel.model.RoomItemStatus;
import nl.labtafel.model.RoomState;
import nl.labtafel.model.Session;

/**
 * The room server's way into the session. The session belongs to its owner thread (the FX thread in the
 * app), so every call hops there, does its small piece of work and returns a future; nothing here ever
 * waits on the owner thread. An item is answered only after {@code persistNow} reports the recovery
 * file written with the item in it.
 */
public final class SessionDesk {
    /** Receipts kept for retries; the oldest decided ones go first beyond this. */
    static final int RECEIPTS_KEPT = 40_000;

    /** Told on the owner thread, after the change is in the session and before it is written. */
    public interface Listener {
        /** The inbox or the ballots changed (mark the session unsaved, refresh the inbox). */
        void changed();

        /** A new item is in the inbox (the console may accept it at once when "accept automatically" is on). */
        default void arrived(RoomItem item) {
        }
    }

    /** An answer for the phone: the item's status, or why it was refused. */
    public record Outcome(RoomItemStatus status, Refusal refusal) {
        static Outcome refused(Refusal refusal) {
            return new Outcome(null, refusal);
        }
    }

    private final Session session;
    private final Executor owner;
    private final Supplier<CompletableFuture<Void>> persistNow;
    private final RoomLimits limits;
    private final Clock clock;
    private volatile Listener listener = () -> { };

    public SessionDesk(Session session, Executor owner, Supplier<CompletableFuture<Void>> persistNow,
                       RoomLimits limits, Clock clock) {
        this.session = session;
        this.owner = owner;
        this.persistNow = persistNow;
        this.limits = limits;
        this.clock = clock;
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    public RoomLimits limits() {
        return limits;
    }

    /** The keys of the room, made if needed; call on the owner thread. */
    public RoomState room() {
        return RoomKeys.ensure(session);
    }

    CompletableFuture<RoomSnapshot> snapshot(String ballotKey) {
        return CompletableFuture.supplyAsync(() -> RoomSnapshot.of(session, limits, ballotKey), owner);
    }

    CompletableFuture<Map<String, RoomItemStatus>> statuses(Collection<String> keys) {
        return CompletableFuture.supplyAsync(() -> {
            Map<String, RoomItemStatus> found = new LinkedHashMap<>();
            Map<String, RoomItemStatus> receipts = RoomKeys.ensure(session).getReceipts();
            for (String key : keys) {
                RoomItemStatus status = receipts.get(key);
                if (status != null) {
                    found.put(key, status);
                }
            }
            return found;
        }, owner);
    }

    /** Puts the item in the inbox (once per key) and completes when it is saved. */
    CompletableFuture<Outcome> submit(RoomItem item) {
        return CompletableFuture.supplyAsync(() -> receive(item), owner).thenCompose(this::afterSaved);
    }

    private Outcome receive(RoomItem item) {
        RoomState room = RoomKeys.ensure(session);
        RoomItemStatus known = room.getReceipts().get(item.getKey());
        if (known != null) {
            return new Outcome(known, null); // a retry: same answer, no second item
        }
        Refusal refusal = RoomRules.check(session, item, limits);
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        item.setReceivedAt(clock.instant());
        room.getInbox().add(item);
        room.getReceipts().put(item.getKey(), RoomItemStatus.PENDING);
        trim(room.getReceipts());
        listener.changed();
        listener.arrived(item);
        return new Outcome(room.getReceipts().get(item.getKey()), null);
    }

    /** Replaces the ballot's dots and completes when saved. */
    CompletableFuture<Outcome> vote(String ballotKey, List<String> themeIds) {
        return CompletableFuture.supplyAsync(() -> {
            Refusal refusal = RoomRules.checkBallot(session, ballotKey, themeIds);
            if (refusal != null) {
                return Outcome.refused(refusal);
            }
            RoomState room = RoomKeys.ensure(session);
            if (room.getBallots().size() >= limits.maxDevices() * 2 && !room.getBallots().containsKey(ballotKey)) {
                return Outcome.refused(Refusal.ROOM_FULL);
            }
            room.getBallots().put(ballotKey, List.copyOf(themeIds));
            listener.changed();
            return new Outcome(RoomItemStatus.ACCEPTED, null);
        }, owner).thenCompose(this::afterSaved);
    }

    private CompletableFuture<Outcome> afterSaved(Outcome outcome) {
        if (outcome.refusal() != null) {
            return CompletableFuture.completedFuture(outcome);
        }
        CompletableFuture<Void> saved;
        try {
            saved = persistNow.get();
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(Outcome.refused(Refusal.NOT_SAVED));
        }
        return saved.handle((ok, error) -> error == null ? outcome : Outcome.refused(Refusal.NOT_SAVED));
    }

    private static void trim(Map<String, RoomItemStatus> receipts) {
        Iterator<Map.Entry<String, RoomItemStatus>> it = receipts.entrySet().iterator();
        while (receipts.size() > RECEIPTS_KEPT && it.hasNext()) {
            if (it.next().getValue() != RoomItemStatus.PENDING) {
                it.remove();
            }
        }
    }
}
