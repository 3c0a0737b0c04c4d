package nl.labtafel.io;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.labtafel.model.Session;

/**
 * Debounced autosave to the recovery file. {@link #changed()} is called after every edit; about a second
 * after the last one, and never later than {@code maxWait} after the first unsaved change (a facilitator who
 * keeps typing still gets a recovery file), a snapshot is taken on the owner's thread (the model belongs to
 * the UI thread) and written on the I/O executor. No JavaFX here: the UI passes {@code Platform::runLater} as
 * {@code ownerThread}. After {@link #close()} it is inert: no change schedules, no queued write lands.
 */
public final class Autosaver implements AutoCloseable {
    /**
     * Urgent writes ({@link #persistNow}) start at least this far apart: during a rush of phones every write
     * copies and serialises the whole session, so spacing them lets each carry more items (the FX thread copies
     * a few times a second instead of as often as the disk allows) at the cost of at most this much waiting.
     */
    public static final Duration URGENT_GAP = Duration.ofMillis(100);
    /** The longest a change waits for its recovery file while typing goes on. */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(Autosaver.class.getName());

    private final SessionStore store;
    private final ScheduledExecutorService io;
    private final Executor ownerThread;
    private final Supplier<Session> snapshot;
    private final Duration delay;
    private final Duration maxWait;
    private final Consumer<Result> onResult;
    private volatile Path recoveryFile;
    private volatile boolean closed;
    private ScheduledFuture<?> pending;
    /** Callers of {@link #persistNow()} waiting for the next write; guarded by this. */
    private List<CompletableFuture<Void>> waiting = new ArrayList<>();
    /** When the oldest change not yet in a snapshot was made (nanoTime), or 0. */
    private long firstChange;
    /** When the last urgent snapshot was asked for (nanoTime); guarded by this. */
    private long lastUrgent;

    /** What became of one autosave; {@code error} is null when it worked. */
    public record Result(Path file, LocalTime time, FileProblemException error) {
    }

    public Autosaver(SessionStore store, ScheduledExecutorService io, Executor ownerThread,
                     Supplier<Session> snapshot, Duration delay, Consumer<Result> onResult) {
        this(store, io, ownerThread, snapshot, delay, DEFAULT_MAX_WAIT, onResult);
    }

    public Autosaver(SessionStore store, ScheduledExecutorService io, Executor ownerThread,
                     Supplier<Session> snapshot, Duration delay, Duration maxWait, Consumer<Result> onResult) {
        this.store = store;
        this.io = io;
        this.ownerThread = ownerThread;
        this.snapshot = snapshot;
        this.delay = delay;
        this.maxWait = maxWait.compareTo(delay) < 0 ? delay : maxWait;
        this.onResult = onResult;
    }

    public void setRecoveryFile(Path recoveryFile) {
        this.recoveryFile = recoveryFile;
    }

    public synchronized void changed() {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        if (pending != null) {
            pending.cancel(false);
        }
        if (firstChange == 0) {
            firstChange = now;
        }
        long due = Math.min(now + delay.toNanos(), firstChange + maxWait.toNanos());
        pending = io.schedule(this::takeSnapshot, Math.max(0, due - now), TimeUnit.NANOSECONDS);
    }

    private void takeSnapshot() {
        synchronized (this) {
            firstChange = 0;
            pending = null;
        }
        ownerThread.execute(() -> {
            if (closed) {
                return;
            }
            Session copy = snapshot.get();
            io.execute(() -> write(copy));
        });
    }

    private Result write(Session copy) {
        Path target = recoveryFile;
        if (target == null || closed) {
            return null;
        }
        FileProblemException error = null;
        try {
            AtomicFiles.write(target, store.serialize(copy), false);
        } catch (FileProblemException e) {
            LOG.log(System.Logger.Level.WARNING, "autosave to " + target + " failed", e);
            error = e;
        }
        Result result = new Result(target, LocalTime.now(), error);
        ownerThread.execute(() -> {
            if (!closed) {
                onResult.accept(result);
            }
        });
        return result;
    }

    /**
     * Writes the recovery file soon and completes the future once the state of now is on disk (or
     * exceptionally when the write failed). Never blocks the caller: the room server's thread waits on the
     * future, the owner (FX) thread only takes the snapshot. Calls that arrive while a write is queued
     * join it, so a burst of phones costs a few writes, not one each; urgent writes start at least
     * {@link #URGENT_GAP} apart.
     */
    public CompletableFuture<Void> persistNow() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        long wait = 0;
        boolean first;
        synchronized (this) {
            first = waiting.isEmpty();
            waiting.add(done);
            if (first) {
                long now = System.nanoTime();
                wait = lastUrgent == 0 ? 0 : Math.max(0, lastUrgent + URGENT_GAP.toNanos() - now);
                lastUrgent = now + wait;
            }
        }
        if (first) {
            io.schedule(() -> ownerThread.execute(this::takeUrgentSnapshot), wait, TimeUnit.NANOSECONDS);
        }
        return done;
    }

    private void takeUrgentSnapshot() {
        List<CompletableFuture<Void>> batch;
        synchronized (this) {
            batch = waiting;
            waiting = new ArrayList<>();
        }
        Session copy;
        try {
            copy = snapshot.get();
        } catch (RuntimeException e) {
            batch.forEach(f -> f.completeExceptionally(e));
            return;
        }
        io.execute(() -> {
            Result result = write(copy);
            if (result == null) {
                batch.forEach(f -> f.completeExceptionally(new IllegalStateException("No recovery file")));
            } else if (result.error() != null) {
                batch.forEach(f -> f.completeExceptionally(result.error()));
            } else {
                batch.forEach(f -> f.complete(null));
            }
        });
    }

    /** Forgets a pending autosave (a save is about to write everything); the next change schedules again. */
    public synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        firstChange = 0;
    }

    /** Writes any pending change now and waits: used when the window closes mid-autosave. */
    public void flush(Session copy) {
        cancel();
        Path target = recoveryFile;
        if (target == null) {
            return;
        }
        CompletableFuture.runAsync(() -> {
            try {
                AtomicFiles.write(target, store.serialize(Objects.requireNonNull(copy)), false);
            } catch (FileProblemException e) {
                // The previous recovery file, if any, is still complete.
                LOG.log(System.Logger.Level.WARNING, "last autosave to " + target + " failed", e);
            }
        }, io).join();
    }

    /** Stops for good: later changes are ignored and a queued write is dropped; a running one completes. */
    @Override
    public void close() {
        closed = true;
        cancel();
    }

    public boolean isClosed() {
        return closed;
    }
}
