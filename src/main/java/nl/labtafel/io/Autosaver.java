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
 * after the last one a snapshot is taken on the owner's thread (the model belongs to the UI thread) and
 * written on the I/O executor. No JavaFX here: the UI passes {@code Platform::runLater} as {@code ownerThread}.
 */
public final class Autosaver implements AutoCloseable {
    private final SessionStore store;
    private final ScheduledExecutorService io;
    private final Executor ownerThread;
    private final Supplier<Session> snapshot;
    private final Duration delay;
    private final Consumer<Result> onResult;
    private volatile Path recoveryFile;
    private ScheduledFuture<?> pending;
    /** Callers of {@link #persistNow()} waiting for the next write; guarded by this. */
    private List<CompletableFuture<Void>> waiting = new ArrayList<>();

    /** What became of one autosave; {@code error} is null when it worked. */
    public record Result(Path file, LocalTime time, FileProblemException error) {
    }

    public Autosaver(SessionStore store, ScheduledExecutorService io, Executor ownerThread,
                     Supplier<Session> snapshot, Duration delay, Consumer<Result> onResult) {
        this.store = store;
        this.io = io;
        this.ownerThread = ownerThread;
        this.snapshot = snapshot;
        this.delay = delay;
        this.onResult = onResult;
    }

    public void setRecoveryFile(Path recoveryFile) {
        this.recoveryFile = recoveryFile;
    }

    public synchronized void changed() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = io.schedule(this::takeSnapshot, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void takeSnapshot() {
        ownerThread.execute(() -> {
            Session copy = snapshot.get();
            io.execute(() -> write(copy));
        });
    }

    private Result write(Session copy) {
        Path target = recoveryFile;
        if (target == null) {
            return null;
        }
        FileProblemException error = null;
        try {
            AtomicFiles.write(target, store.serialize(copy), false);
        } catch (FileProblemException e) {
            error = e;
        }
        Result result = new Result(target, LocalTime.now(), error);
        ownerThread.execute(() -> onResult.accept(result));
        return result;
    }

    /**
     * Writes the recovery file soon and completes the future once the state of now is on disk (or
     * exceptionally when the write failed). Never blocks the caller: the room server's thread waits on the
     * future, the owner (FX) thread only takes the snapshot. Calls that arrive while a write is queued
     * join it, so a burst of phones costs a few writes, not one each.
     */
    public CompletableFuture<Void> persistNow() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        boolean first;
        synchronized (this) {
            first = waiting.isEmpty();
            waiting.add(done);
        }
        if (first) {
            io.execute(() -> ownerThread.execute(this::takeUrgentSnapshot));
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

    /** Writes any pending change now and waits for it: used when the window closes mid-autosave. */
    public void flush(Session copy) {
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }
        Path target = recoveryFile;
        if (target == null) {
            return;
        }
        CompletableFuture.runAsync(() -> {
            try {
                AtomicFiles.write(target, store.serialize(Objects.requireNonNull(copy)), false);
            } catch (FileProblemException ignored) {
                // The previous recovery file, if any, is still complete.
            }
        }, io).join();
    }

    /** Stops further autosaves; a write already running completes (it is on the I/O executor). */
    @Override
    public synchronized void close() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
