package nl.labtafel.room;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
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
 *
 * <p>Group commit: calls that arrive while a hop is queued ride on that same hop (60 phones sending at once
 * cost the owner thread a handful of turns, not 600), the listener hears once per hop, and everything a
 * hop received is written by one {@code persistNow}; each phone is still answered only after its own item
 * is on disk.
 */
public final class SessionDesk {
    /** Receipts kept for retries; the oldest decided ones go first beyond this. */
    static final int RECEIPTS_KEPT = 40_000;
    private static final System.Logger LOG = System.getLogger(SessionDesk.class.getName());

    /** Told on the owner thread, after the change is in the session and before it is written. */
    public interface Listener {
        /** The inbox or the ballots changed (mark the session unsaved, refresh the inbox). */
        void changed();

        /** The room's open dots changed (a ballot came in or changed); called once per hop, after {@link #changed()}. */
        default void dotsChanged() {
        }

        /**
         * New items are in the inbox, in the order they came (the console may accept them at once when
         * "accept automatically" is on); called once per hop, after {@link #changed()}.
         */
        default void arrived(List<RoomItem> items) {
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
    private final RoomLimits base;
    private volatile RoomLimits limits;
    private final Clock clock;
    private volatile Listener listener = () -> { };
    /** Work waiting for the owner thread; drained in one hop. */
    private final Queue<Runnable> queued = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean hopQueued = new AtomicBoolean();
    // Owner thread only: what the hop being drained changed.
    private boolean changedInHop;
    private boolean dotsInHop;
    private final List<RoomItem> arrivedInHop = new ArrayList<>();
    private final List<Runnable> savedInHop = new ArrayList<>();
    private final List<Runnable> notSavedInHop = new ArrayList<>();

    public SessionDesk(Session session, Executor owner, Supplier<CompletableFuture<Void>> persistNow,
                       RoomLimits limits, Clock clock) {
        this.session = session;
        this.owner = owner;
        this.persistNow = persistNow;
        this.base = limits;
        this.limits = limits.with(session.getRoom());
        this.clock = clock;
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    /** The limits in force: the given ones with the facilitator's choices from the session. */
    public RoomLimits limits() {
        return limits;
    }

    /** The facilitator changed a limit in the session: it holds from the next request on (owner thread). */
    public void limitsChanged() {
        limits = base.with(session.getRoom());
    }

    /** The keys of the room, made if needed; call on the owner thread. */
    public RoomState room() {
        return RoomKeys.ensure(session);
    }

    CompletableFuture<RoomSnapshot> snapshot(String ballotKey) {
        return onOwner(() -> RoomSnapshot.of(session, limits, ballotKey));
    }

    CompletableFuture<Map<String, RoomItemStatus>> statuses(Collection<String> keys) {
        return onOwner(() -> {
            Map<String, RoomItemStatus> found = new LinkedHashMap<>();
            Map<String, RoomItemStatus> receipts = RoomKeys.ensure(session).getReceipts();
            for (String key : keys) {
                RoomItemStatus status = receipts.get(key);
                if (status != null) {
                    found.put(key, status);
                }
            }
            return found;
        });
    }

    /** Puts the item in the inbox (once per key) and completes when it is saved. */
    CompletableFuture<Outcome> submit(RoomItem item) {
        RoomRules.prepare(item); // text cleaning on the caller's thread: the owner thread only checks and adds
        CompletableFuture<Outcome> answer = new CompletableFuture<>();
        onOwner(() -> {
            afterSaved(receive(item), answer);
            return null;
        }).exceptionally(error -> {
            answer.completeExceptionally(error);
            return null;
        });
        return answer;
    }

    /** Runs {@code work} on the owner thread, in the next hop (one hop for everything queued meanwhile). */
    private <T> CompletableFuture<T> onOwner(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        queued.add(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "room request failed on the session", e);
                result.completeExceptionally(e);
            }
        });
        if (hopQueued.compareAndSet(false, true)) {
            owner.execute(this::drain);
        }
        return result;
    }

    private void drain() {
        hopQueued.set(false); // work queued from now on gets a hop of its own (or rides on this one)
        for (Runnable work = queued.poll(); work != null; work = queued.poll()) {
            work.run();
        }
        if (changedInHop) {
            changedInHop = false;
            try {
                listener.changed();
                if (dotsInHop) {
                    listener.dotsChanged();
                }
                if (!arrivedInHop.isEmpty()) {
                    listener.arrived(List.copyOf(arrivedInHop));
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "the console failed on items from phones", e);
            } finally {
                arrivedInHop.clear();
                dotsInHop = false;
            }
        }
        if (savedInHop.isEmpty()) {
            return;
        }
        List<Runnable> saved = List.copyOf(savedInHop);
        List<Runnable> notSaved = List.copyOf(notSavedInHop);
        savedInHop.clear();
        notSavedInHop.clear();
        CompletableFuture<Void> written;
        try {
            written = persistNow.get();
        } catch (RuntimeException e) {
            written = CompletableFuture.failedFuture(e);
        }
        written.whenComplete((ok, error) -> {
            if (error != null) {
                LOG.log(System.Logger.Level.WARNING, "room items not saved; the phones are told to retry", error);
            }
            (error == null ? saved : notSaved).forEach(Runnable::run);
        });
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
        changedInHop = true;
        arrivedInHop.add(item);
        return new Outcome(room.getReceipts().get(item.getKey()), null);
    }

    /** Replaces the ballot's dots and completes when saved. */
    CompletableFuture<Outcome> vote(String ballotKey, List<String> themeIds) {
        CompletableFuture<Outcome> answer = new CompletableFuture<>();
        onOwner(() -> {
            afterSaved(ballot(ballotKey, themeIds), answer);
            return null;
        }).exceptionally(error -> {
            answer.completeExceptionally(error);
            return null;
        });
        return answer;
    }

    private Outcome ballot(String ballotKey, List<String> themeIds) {
        Refusal refusal = RoomRules.checkBallot(session, ballotKey, themeIds);
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        RoomState room = RoomKeys.ensure(session);
        if (room.getBallots().size() >= limits.maxDevices() * 2 && !room.getBallots().containsKey(ballotKey)) {
            return Outcome.refused(Refusal.ROOM_FULL);
        }
        room.getBallots().put(ballotKey, List.copyOf(themeIds));
        changedInHop = true;
        dotsInHop = true;
        return new Outcome(RoomItemStatus.ACCEPTED, null);
    }

    /**
     * A refusal is answered at once; anything else once this hop's write is on disk. Also a retry of a known
     * key waits for that write, so "received" never comes before the item is saved.
     */
    private void afterSaved(Outcome outcome, CompletableFuture<Outcome> answer) {
        if (outcome.refusal() != null) {
            answer.complete(outcome);
            return;
        }
        savedInHop.add(() -> answer.complete(outcome));
        notSavedInHop.add(() -> answer.complete(Outcome.refused(Refusal.NOT_SAVED)));
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
