package nl.labtafel.io;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
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

    private void write(Session copy) {
        Path target = recoveryFile;
        if (target == null) {
            return;
        }
        FileProblemException error = null;
        try {
            AtomicFiles.write(target, store.serialize(copy), false);
        } catch (FileProblemException e) {
            error = e;
        }
        Result result = new Result(target, LocalTime.now(), error);
        ownerThread.execute(() -> onResult.accept(result));
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
