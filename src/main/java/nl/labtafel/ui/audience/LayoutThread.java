package nl.labtafel.ui.audience;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.labtafel.ui.undo.Change;

/**
 * The room's own layout thread: an edit's inventory layout starts on it the moment the edit is recorded, so it runs
 * on the other core while the FX thread finishes the console's frame, and the room picks the pages up in its layout
 * pass ({@link AudienceView}). A thread of its own, not the shared I/O executor: an autosave or an export must never
 * hold up the room's next frame.
 * <p>
 * The layout's memory ({@link AudienceLayout}) is used by one thread at a time: jobs run one after another in the
 * order of the edits, and the FX thread {@link #settle settles} (waits for the last job) before it lays out anything
 * itself. A job that throws marks the memory unsure: the jobs after it refuse, and the FX thread lays out everything
 * again ({@link Change#ANY}). All methods but the jobs themselves are for the FX thread.
 */
final class LayoutThread implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LayoutThread.class.getName());

    /** What {@link #take} gives when the last job is not done in time. */
    static final List<Page> LATE = List.of();

    private final AudienceLayout layout;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "labtafel-room-layout");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<List<Page>> last;
    private AudienceLayout.Request request;
    /** Set by a job that threw, read by the jobs after it; cleared by the FX thread once it laid out anew. */
    private volatile boolean unsure;

    LayoutThread(AudienceLayout layout) {
        this.layout = layout;
    }

    /** Starts laying out the inventory after {@code changes}, from what was captured of them. */
    void start(InventoryInput in, AudienceLayout.Request r, List<Change> changes) {
        List<Change> handed = List.copyOf(changes);
        last = CompletableFuture.supplyAsync(() -> {
            if (unsure) {
                throw new IllegalStateException("an earlier layout on the room's thread failed");
            }
            try {
                return layout.inventory(in, r, handed);
            } catch (RuntimeException | Error e) {
                unsure = true;
                LOG.log(System.Logger.Level.WARNING, "the room's layout thread failed; the FX thread lays out anew", e);
                throw e;
            }
        }, executor);
        request = r;
    }

    /** A job was started since the FX thread last laid out or took a result. */
    boolean pending() {
        return last != null;
    }

    /** What the last job lays out for (without selection). */
    AudienceLayout.Request request() {
        return request;
    }

    /**
     * The last job's pages, waiting at most {@code waitNanos}; {@link #LATE} when not done by then (ask again), null
     * when it failed (logged; lay out on the FX thread with {@link Change#ANY}).
     */
    List<Page> take(long waitNanos) {
        try {
            List<Page> pages = last.get(waitNanos, TimeUnit.NANOSECONDS);
            last = null;
            return pages;
        } catch (TimeoutException e) {
            return LATE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LATE;
        } catch (ExecutionException e) {
            last = null; // logged by the job
            return null;
        }
    }

    /** Runs {@code then} (on the layout thread) once the last job is done. */
    void whenDone(Runnable then) {
        last.whenComplete((pages, failure) -> then.run());
    }

    /**
     * Waits for the last job, whatever it made, so the FX thread may use the layout. True when the layout's memory
     * is unsure (a job failed): lay out with {@link Change#ANY}.
     */
    boolean settle() {
        if (last != null) {
            last.handle((pages, failure) -> null).join(); // a failure was logged, and marked unsure, by the job
            last = null;
        }
        boolean wasUnsure = unsure;
        unsure = false; // the FX thread's layout with ANY starts the memory anew
        return wasUnsure;
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
