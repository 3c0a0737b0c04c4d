package nl.labtafel.ui.audience;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.labtafel.ui.undo.Change;

/**
 * The room's own layout thread: an edit's inventory layout starts on it the moment the edit is recorded, so it runs
 * on the other core while the FX thread finishes the console's frame, and the room picks the pages up in its layout
 * pass ({@link AudienceView}). A thread of its own, not the shared I/O executor: an autosave or an export must never
 * hold up the room's next frame.
 * <p>
 * The layout's memory ({@link AudienceLayout}) is used by one thread at a time: jobs run one after another in the
 * order of the edits, and the FX thread {@link #settle settles} them before it lays out anything itself. When the FX
 * thread needs the pages and a job has not started within {@link #GRACE_NANOS} (the machine is busy: the layout
 * thread got no core), the FX thread runs it itself rather than wait longer, so an edit is always on the room's
 * screen in its own frame; one already running it waits for. A job that throws marks the memory unsure: the jobs after it refuse, and the FX thread lays
 * out everything again ({@link Change#ANY}). All methods but the jobs' own work are for the FX thread.
 */
final class LayoutThread implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LayoutThread.class.getName());
    /** How long the FX thread gives the layout thread to start a job it needs: a small part of a 16 ms frame. */
    static final long GRACE_NANOS = 2_000_000;

    private final AudienceLayout layout;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "labtafel-room-layout");
        t.setDaemon(true);
        return t;
    });
    /** Jobs started and not yet taken, oldest first. */
    private final ArrayDeque<Job> jobs = new ArrayDeque<>();
    private AudienceLayout.Request request;
    /** Set by a job that threw, read by the jobs after it; cleared by the FX thread once it laid out anew. */
    private volatile boolean unsure;
    private long stolen;

    /** One edit's layout: run by whichever thread claims it first. */
    private final class Job implements Runnable {
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<List<Page>> done = new CompletableFuture<>();
        private final InventoryInput in;
        private final AudienceLayout.Request r;
        private final List<Change> changes;
        /** The page the room shows now: put together here too, so the FX thread finds it made. */
        private final int shown;
        /** The job before: the FX thread may be running it while the layout thread has claimed this one. */
        private final CompletableFuture<List<Page>> before;

        Job(InventoryInput in, AudienceLayout.Request r, List<Change> changes, int shown,
            CompletableFuture<List<Page>> before) {
            this.in = in;
            this.r = r;
            this.changes = changes;
            this.shown = shown;
            this.before = before;
        }

        @Override
        public void run() {
            if (claimed.compareAndSet(false, true)) {
                work();
            } // else the FX thread ran it
        }

        private void work() {
            if (before != null) {
                before.handle((pages, failure) -> null).join(); // one job at a time, in the order of the edits
            }
            if (unsure) {
                done.completeExceptionally(new IllegalStateException("an earlier room layout failed"));
                return;
            }
            try {
                List<Page> pages = layout.inventory(in, r, changes);
                if (!pages.isEmpty()) {
                    pages.get(Math.min(shown, pages.size() - 1)); // pages are made when first read
                }
                done.complete(pages);
            } catch (RuntimeException | Error e) {
                unsure = true;
                LOG.log(System.Logger.Level.WARNING, "the room's layout failed; the FX thread lays out anew", e);
                done.completeExceptionally(e);
            }
        }

        /**
         * Waits until it is done; if the layout thread has not started it within {@link #GRACE_NANOS} (it got no core
         * yet), runs it here. Null when it failed.
         */
        List<Page> finish() {
            if (!claimed.get()) {
                try {
                    done.get(GRACE_NANOS, TimeUnit.NANOSECONDS); // waiting leaves the FX thread's core to it
                } catch (TimeoutException | ExecutionException e) {
                    // not started in time, or failed: both handled below
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (claimed.compareAndSet(false, true)) {
                stolen++;
                work();
            }
            return done.handle((pages, failure) -> failure == null ? pages : null).join();
        }
    }

    LayoutThread(AudienceLayout layout) {
        this.layout = layout;
    }

    /**
     * Starts laying out the inventory after {@code changes}, from what was captured of them; {@code shown} is the
     * page the room shows now.
     */
    void start(InventoryInput in, AudienceLayout.Request r, List<Change> changes, int shown) {
        Job job = new Job(in, r, List.copyOf(changes), shown, jobs.isEmpty() ? null : jobs.peekLast().done);
        jobs.add(job);
        request = r;
        executor.execute(job);
    }

    /** A job was started since the FX thread last laid out or took a result. */
    boolean pending() {
        return !jobs.isEmpty();
    }

    /** What the last job lays out for (without selection). */
    AudienceLayout.Request request() {
        return request;
    }

    /** The last job's pages, once every job is done; null when one failed (lay out with {@link Change#ANY}). */
    List<Page> take() {
        List<Page> pages = null;
        while (!jobs.isEmpty()) {
            pages = jobs.poll().finish();
        }
        return unsure ? null : pages;
    }

    /**
     * Finishes every job, whatever it made, so the FX thread may use the layout. True when the layout's memory is
     * unsure (a job failed): lay out with {@link Change#ANY}.
     */
    boolean settle() {
        take();
        boolean wasUnsure = unsure;
        unsure = false; // the FX thread's layout with ANY starts the memory anew
        return wasUnsure;
    }

    /** How many jobs the FX thread ran itself because the layout thread had not started them (tests, benchmarks). */
    long stolen() {
        return stolen;
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
