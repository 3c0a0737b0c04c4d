package nl.labtafel.ui.session;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.labtafel.io.Autosaver;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.io.RecoveryFiles;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;

/**
 * Save, Save as and autosave of one open session. Writes happen on the background executor from a
 * {@code session.copy()} snapshot; the session itself is never touched off the FX thread. A failed save
 * leaves the session open, unchanged and still dirty, and says why.
 */
public final class SessionFiles implements AutoCloseable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final SessionContext context;
    private final SessionStore store;
    private final Autosaver autosaver;
    private final Consumer<List<String>> onError;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public SessionFiles(SessionContext context, SessionStore store, Consumer<List<String>> onError) {
        this.context = context;
        this.store = store;
        this.onError = onError;
        this.autosaver = new Autosaver(store, context.background().executor(), Platform::runLater,
                context.session()::copy, Duration.ofSeconds(1), this::autosaved);
        autosaver.setRecoveryFile(RecoveryFiles.recoveryOf(context.fileProperty().get()));
        context.setPersister(autosaver::persistNow);
        context.commands().revisionProperty().addListener((obs, o, n) -> {
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
            context.background().run(() -> Files.deleteIfExists(result.file()), ok -> { }, e -> { });
            return;
        }
        if (result.error() == null) {
            status.set(messages().format("status.autosaved", result.time().format(TIME)));
        } else {
            status.set(messages().get("status.autosaveFailed"));
            onError.accept(result.error().describe(messages()));
        }
    }

    /** Saves to the session's file; {@code then} runs only when the file was written. */
    public void save(Runnable then) {
        Path file = context.fileProperty().get();
        Session snapshot = context.session().copy();
        long revision = context.commands().revisionProperty().get();
        autosaver.close(); // cancels a pending autosave: this save has it all (changed() schedules again)
        status.set(messages().get("status.saving"));
        context.background().run(() -> {
            store.save(snapshot, file);
            Files.deleteIfExists(RecoveryFiles.recoveryOf(file));
            return file;
        }, saved -> {
            context.commands().markSaved(revision);
            status.set(messages().format("status.saved", LocalTime.now().format(TIME)));
            then.run();
        }, this::failed);
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
        Path chosen = target.getFileName().toString().endsWith(".json") ? target
                : target.resolveSibling(target.getFileName() + ".json");
        Path previous = context.fileProperty().get();
        Session snapshot = context.session().copy();
        long revision = context.commands().revisionProperty().get();
        autosaver.close();
        context.background().run(() -> {
            store.save(snapshot, chosen);
            return chosen;
        }, saved -> {
            context.fileProperty().set(saved);
            autosaver.setRecoveryFile(RecoveryFiles.recoveryOf(saved));
            context.commands().markSaved(revision);
            status.set(messages().format("status.saved", LocalTime.now().format(TIME)));
            // The old file's autosave is now saved content under the new name.
            context.background().run(() -> Files.deleteIfExists(RecoveryFiles.recoveryOf(previous)), ok -> { }, e -> { });
        }, this::failed);
    }

    private void failed(Throwable error) {
        status.set(messages().get("status.saveFailed"));
        autosaver.changed(); // the session is still unsaved: keep its recovery file current

        if (error instanceof FileProblemException e) {
            onError.accept(e.describe(messages()));
        } else {
            onError.accept(List.of(messages().format("save.failed", String.valueOf(error.getMessage()))));
        }
    }

    /**
     * Ends autosaving and waits (off the FX thread) for a write in progress, then runs {@code then} on
     * the FX thread. With {@code discard} the session's recovery file is removed: the user said so.
     * Otherwise a dirty session's latest state is flushed to the recovery file first.
     */
    public void finish(boolean discard, Runnable then) {
        autosaver.close();
        Path recovery = RecoveryFiles.recoveryOf(context.fileProperty().get());
        boolean dirty = context.commands().dirtyProperty().get();
        Session snapshot = dirty && !discard ? context.session().copy() : null;
        CompletableFuture.runAsync(() -> {
            if (snapshot != null) {
                autosaver.flush(snapshot);
            } else {
                context.background().run(() -> Files.deleteIfExists(recovery), ok -> { }, e -> { });
                drain();
            }
        }).whenComplete((ok, error) -> Platform.runLater(then));
    }

    /** Waits until every write queued before now on the one I/O thread has finished. */
    private void drain() {
        CompletableFuture.runAsync(() -> { }, context.background().executor()).join();
    }

    /** Writes the recovery file now and waits: for the last moments of the app when no dialog can be shown. */
    public void flushNow() {
        autosaver.close();
        if (context.commands().dirtyProperty().get()) {
            autosaver.flush(context.session().copy());
        }
    }

    @Override
    public void close() {
        autosaver.close();
    }
}
