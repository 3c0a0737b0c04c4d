package nl.labtafel.ui.session;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Subscription;
import nl.labtafel.io.Autosaver;
import nl.labtafel.io.FileChangedException;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.io.FileStamp;
import nl.labtafel.io.RecoveryFiles;
import nl.labtafel.io.SessionFileGuard;
import nl.labtafel.io.SessionLock;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Problem;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionDifferences;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;

/**
 * Save, Save as and autosave of one open session. Writes happen on the background executor from a
 * {@code session.copy()} snapshot; the session itself is never touched off the FX thread. A failed save
 * leaves the session open, unchanged and still dirty, and says why. Every save first checks that the file on
 * disk is still the one this window loaded or last saved ({@link SessionFileGuard}); if another writer changed
 * it, the {@link ConflictQuestion} decides, nothing is overwritten. A window whose file is open in another
 * instance is read-only: it says so, autosaves beside a copy, and Save writes that copy.
 *
 * <p>A little over 300 lines on purpose: save, save as, autosave, the read-only copy and the conflict question
 * are one file's life and share its guard and stamp.
 */
public final class SessionFiles implements AutoCloseable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final System.Logger LOG = System.getLogger(SessionFiles.class.getName());

    private final SessionContext context;
    private final SessionStore store;
    private final Autosaver autosaver;
    /** Shows a failed write's lines; an empty list: the last one reported is over. */
    private final Consumer<List<String>> onError;
    private boolean errorShown;
    private final SessionFileGuard guard;
    private final ConflictQuestion conflicts;
    private final Consumer<Path> loadTheirs;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final Subscription edits;
    private final ScheduledFuture<?> heartbeat;
    /** Where a read-only window saves (and autosaves beside); null while the file is this window's own. */
    private Path copyTarget;

    public SessionFiles(SessionContext context, SessionStore store, Consumer<List<String>> onError,
                        SessionFileGuard guard, ConflictQuestion conflicts, Consumer<Path> loadTheirs) {
        this.context = context;
        this.store = store;
        this.onError = onError;
        this.guard = guard;
        this.conflicts = conflicts;
        this.loadTheirs = loadTheirs;
        this.autosaver = new Autosaver(store, context.background().executor(), Platform::runLater,
                context.session()::copy, Duration.ofSeconds(1), this::autosaved);
        if (guard.readOnly()) {
            copyTarget = SessionFileGuard.copyOf(context.fileProperty().get(), messages().get("file.copyWord"));
        }
        autosaver.setRecoveryFile(RecoveryFiles.recoveryOf(writeTarget()));
        context.setPersister(autosaver::persistNow);
        edits = context.commands().revisionProperty().subscribe((o, n) -> {
            if (context.commands().dirtyProperty().get()) {
                autosaver.changed();
            }
        });
        if (context.commands().dirtyProperty().get()) {
            autosaver.changed();
        }
        // Honest from the start (issue 13): a new session has its file name but no file until Ctrl+S.
        Path file = context.fileProperty().get();
        if (file != null) {
            context.background().run(() -> Files.exists(file), exists -> {
                if (!exists && status.get().isEmpty()) {
                    status.set(messages().format("status.neverSaved", file.getFileName().toString()));
                }
            }, e -> { });
        }
        long beat = SessionLock.HEARTBEAT.toSeconds();
        heartbeat = context.background().executor().scheduleAtFixedRate(guard::beat, beat, beat, TimeUnit.SECONDS);
    }

    /** The file this window writes: its own, or (read-only) the copy. */
    private Path writeTarget() {
        return copyTarget != null ? copyTarget : context.fileProperty().get();
    }

    /** Lines for the banner when the session is open elsewhere: who has it, and where this window saves. */
    public List<String> readOnlyNotice() {
        return guard.heldBy().map(o -> List.of(messages().quoted("lock.heldBy", o.host(), o.user(),
                        TIME.format(o.since().atZone(ZoneId.systemDefault()))),
                messages().quoted("lock.savesCopy", copyTarget.getFileName().toString()))).orElse(List.of());
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private Messages messages() {
        return context.messages();
    }

    private void autosaved(Autosaver.Result result) {
        if (!context.commands().dirtyProperty().get()) {
            // Written just as a save finished: the session file has it all, a recovery file would only
            // be offered as "unsaved work" next time.
            deleteLater(result.file());
            return;
        }
        if (result.error() == null) {
            status.set(messages().format("status.autosaved", result.time().format(TIME)));
            writeWorked();
        } else {
            status.set(messages().get("status.autosaveFailed"));
            errorShown = true;
            onError.accept(result.error().describe(messages()));
        }
    }

    /**
     * A write worked after one failed: an empty list tells the window the problem it shows is over (the seed run
     * kept "map bestaat niet" on screen long after the folder was there and saves worked).
     */
    private void writeWorked() {
        if (errorShown) {
            errorShown = false;
            onError.accept(List.of());
        }
    }

    private void deleteLater(Path file) {
        context.background().run(() -> Files.deleteIfExists(file), ok -> { },
                e -> LOG.log(System.Logger.Level.WARNING, "cannot delete " + file, e));
    }

    /** Saves to the session's file (a read-only window: to its copy); {@code then} runs only when written. */
    public void save(Runnable then) {
        if (copyTarget != null) {
            saveTo(copyTarget, then);
            return;
        }
        Path file = context.fileProperty().get();
        Session snapshot = context.session().copy();
        long revision = context.commands().revisionProperty().get();
        FileStamp expected = guard.expected();
        autosaver.cancel(); // this save has it all; the next change schedules again
        status.set(messages().get("status.saving"));
        context.background().run(() -> {
            FileStamp written = store.saveChecked(snapshot, file, expected);
            guard.saved(file, written);
            Files.deleteIfExists(RecoveryFiles.recoveryOf(file));
            return file;
        }, saved -> {
            context.commands().markSaved(revision);
            status.set(messages().format("status.saved", LocalTime.now().format(TIME)));
            writeWorked();
            then.run();
        }, error -> {
            if (error instanceof FileChangedException changed) {
                conflict(changed.file(), snapshot, then);
            } else {
                failed(error);
            }
        });
    }

    /** Someone else wrote the file: compare (in the background), then ask; nothing is written until answered. */
    private void conflict(Path file, Session mine, Runnable then) {
        status.set(messages().get("status.changedOnDisk"));
        autosaver.changed(); // unsaved: the recovery file keeps this window's work meanwhile
        context.background().run(() -> {
            try {
                return SessionDifferences.describe(mine, store.load(file), messages());
            } catch (FileProblemException unreadable) {
                LOG.log(System.Logger.Level.INFO, "cannot compare with " + file, unreadable);
                return List.<String>of();
            }
        }, differences -> conflicts.changedOnDisk(file, differences, choice -> {
            switch (choice) {
                case KEEP_MINE_AS_COPY -> saveTo(SessionFileGuard.copyOf(file, messages().get("file.copyWord")), then);
                case LOAD_THEIRS -> loadTheirs.accept(file);
                case CANCEL -> status.set(messages().get("status.notSaved"));
            }
        }), this::failed);
    }

    /** Asks for a file (any folder), then saves there; the recovery file moves along. */
    public void saveAs(Window owner) {
        Path current = context.fileProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages().get("action.saveAs"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages().get("file.sessions"), "*.json"));
        File folder = current.getParent().toFile();
        chooser.setInitialDirectory(folder.isDirectory() ? folder : context.paths().sessions().toFile());
        chooser.setInitialFileName(current.getFileName().toString());
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            saveTo(chosen.toPath());
        }
    }

    /** Save as without a dialog (tests, and Save as once the file is chosen). */
    public void saveTo(Path target) {
        saveTo(target, () -> { });
    }

    private void saveTo(Path target, Runnable then) {
        Path chosen = target.getFileName().toString().endsWith(".json") ? target
                : target.resolveSibling(target.getFileName() + ".json");
        Path previous = context.fileProperty().get();
        Path previousRecovery = RecoveryFiles.recoveryOf(writeTarget());
        boolean wasReadOnly = copyTarget != null;
        Session snapshot = context.session().copy();
        long revision = context.commands().revisionProperty().get();
        autosaver.cancel();
        context.background().run(() -> {
            boolean sameFile = chosen.toAbsolutePath().normalize().equals(previous.toAbsolutePath().normalize());
            if (!sameFile && SessionFileGuard.openElsewhere(chosen).isPresent()) {
                throw new FileProblemException(chosen, new Problem("", "save.openElsewhere"), null);
            }
            // The user chose the file (the chooser asked about replacing it): no stamp to check, except
            // against this window's own file, which another writer may have changed.
            FileStamp written = store.saveChecked(snapshot, chosen, sameFile ? guard.expected() : null);
            guard.saved(chosen, written);
            return chosen;
        }, saved -> {
            copyTarget = null;
            context.fileProperty().set(saved);
            autosaver.setRecoveryFile(RecoveryFiles.recoveryOf(saved));
            context.commands().markSaved(revision);
            status.set(messages().format(wasReadOnly ? "status.savedCopy" : "status.saved",
                    LocalTime.now().format(TIME), saved.getFileName().toString()));
            // The earlier autosave is now saved content under the new name. A read-only window's earlier
            // recovery file was its copy's own; the other window's recovery file is never touched.
            deleteLater(previousRecovery);
            then.run();
        }, error -> {
            if (error instanceof FileChangedException changed) {
                conflict(changed.file(), snapshot, then);
            } else {
                failed(error);
            }
        });
    }

    private void failed(Throwable error) {
        status.set(messages().get("status.saveFailed"));
        autosaver.changed(); // the session is still unsaved: keep its recovery file current
        LOG.log(System.Logger.Level.WARNING, "save failed", error);
        errorShown = true;
        if (error instanceof FileProblemException e) {
            onError.accept(e.describe(messages()));
        } else {
            onError.accept(List.of(messages().quoted("save.failed", String.valueOf(error.getMessage()))));
        }
    }

    /**
     * Ends autosaving and waits (off the FX thread) for a write in progress, then runs {@code then} on
     * the FX thread. With {@code discard} the session's recovery file is removed: the user said so.
     * Otherwise a dirty session's latest state is flushed to the recovery file first. The lock goes.
     */
    public void finish(boolean discard, Runnable then) {
        close();
        Path recovery = RecoveryFiles.recoveryOf(writeTarget());
        boolean dirty = context.commands().dirtyProperty().get();
        Session snapshot = dirty && !discard ? context.session().copy() : null;
        CompletableFuture.runAsync(() -> {
            if (snapshot != null) {
                autosaver.flush(snapshot);
            } else {
                context.background().run(() -> Files.deleteIfExists(recovery), ok -> { },
                        e -> LOG.log(System.Logger.Level.WARNING, "cannot delete " + recovery, e));
                drain();
            }
            guard.close();
        }).whenComplete((ok, error) -> {
            if (error != null) {
                LOG.log(System.Logger.Level.WARNING, "closing the session's files", error);
            }
            Platform.runLater(then);
        });
    }

    /** Waits until every write queued before now on the one I/O thread has finished. */
    private void drain() {
        CompletableFuture.runAsync(() -> { }, context.background().executor()).join();
    }

    /** Writes the recovery file now and waits: for the last moments of the app when no dialog can be shown. */
    public void flushNow() {
        close();
        if (context.commands().dirtyProperty().get()) {
            autosaver.flush(context.session().copy());
        }
        guard.close();
    }

    /** The recovery file gets the state of now, soon (an unexpected failure happened); nothing closes. */
    public void persistSoon() {
        if (context.commands().dirtyProperty().get()) {
            autosaver.persistNow().whenComplete((ok, e) -> {
                if (e != null) {
                    LOG.log(System.Logger.Level.WARNING, "recovery after a failure", e);
                }
            });
        }
    }

    /** What a rebuilt window (a language switch) takes over: the lock and the stamp stay held. */
    public SessionFileGuard guard() {
        return guard;
    }

    /** Stops listening and autosaving; the lock is kept (see {@link #finish}, {@link #guard()}). */
    @Override
    public void close() {
        edits.unsubscribe();
        heartbeat.cancel(false);
        autosaver.close();
    }
}
