package nl.labtafel.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import nl.labtafel.AppPaths;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.io.FileStamp;
import nl.labtafel.io.RecoveryFiles;
import nl.labtafel.io.SessionFileGuard;
import nl.labtafel.io.SessionStore;
import nl.labtafel.io.TemplateStore;
import nl.labtafel.model.Session;
import nl.labtafel.series.FollowUpSessions;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.Dialogs;
import nl.labtafel.ui.session.NewFiles;
import nl.labtafel.ui.start.StartLists;
import nl.labtafel.ui.start.StartScreen;

/**
 * What the start screen's choices do: make, open, restore or discard a session's file in the background,
 * then hand the session to the shell ({@code opener}); a file that cannot be read is told on the start
 * screen. The language and look choices stay with {@link AppShell}, which rebuilds the screen for them.
 */
final class StartActions {
    private static final System.Logger LOG = System.getLogger(StartActions.class.getName());
    /** Opens a session window: the session, its file, whether it starts unsaved, and the file's guard. */
    interface Opener {
        void open(Session session, Path file, boolean unsaved, SessionFileGuard guard);
    }

    /** A session read in the background with its file's lock and stamp. */
    private record Opened(Session session, SessionFileGuard guard, boolean unsaved) {
    }

    private final AppPaths paths;
    private final BackgroundTasks background;
    private final SessionStore store;
    private final Supplier<Messages> messages;
    private final Supplier<StartScreen> shown;
    private final Supplier<Dialogs> dialogs;
    private final Opener opener;

    /**
     * @param shown the start screen on the wall now, or null once a session window replaced it
     * @param dialogs over the stage as it is now
     */
    StartActions(AppPaths paths, BackgroundTasks background, SessionStore store, Supplier<Messages> messages,
                 Supplier<StartScreen> shown, Supplier<Dialogs> dialogs, Opener opener) {
        this.paths = paths;
        this.background = background;
        this.store = store;
        this.messages = messages;
        this.shown = shown;
        this.dialogs = dialogs;
        this.opener = opener;
    }

    void create(Session session) {
        background.run(() -> {
            Path file = NewFiles.forNewSession(paths.sessions(), session.getHeader().getTitle(),
                    session.getHeader().getDate());
            return SessionFileGuard.open(file, FileStamp.ABSENT);
        }, guard -> opener.open(session, guard.file(), true, guard), this::loadFailed);
    }

    /**
     * Opens a session file. When its recovery file is newer (the app stopped with unsaved work: a crash, a power
     * cut, room items from phones), the work in the recovery file is opened instead, as the start screen's
     * "restore" does: otherwise its first autosave would overwrite the very work it kept (and, with room input,
     * the room's QR code would change).
     */
    void open(Path file) {
        background.run(() -> {
            SessionStore.Loaded loaded = store.loadStamped(file);
            Optional<Path> recovery = RecoveryFiles.newerRecovery(file);
            if (recovery.isPresent()) {
                try {
                    return new Opened(store.load(recovery.get()), SessionFileGuard.open(file, loaded.stamp()), true);
                } catch (FileProblemException e) {
                    LOG.log(System.Logger.Level.WARNING, "recovery file " + recovery.get() + " unreadable; opening "
                            + file + " as saved", e);
                }
            }
            return new Opened(loaded.session(), SessionFileGuard.open(file, loaded.stamp()), false);
        }, opened -> opener.open(opened.session(), file, opened.unsaved(), opened.guard()), this::loadFailed);
    }

    /** The follow-up starts from the default template, saved beside the previous one in the sessions folder. */
    void continueFrom(Path previous) {
        background.run(() -> {
            Session before = store.load(previous);
            Session fresh = new TemplateStore().newSession(paths.defaultTemplate(), "", null);
            Path file = NewFiles.forNewSession(paths.sessions(), before.getHeader().getTitle(), null);
            FollowUpSessions.continueFrom(before, FollowUpSessions.linkName(file, previous), fresh);
            return new Opened(fresh, SessionFileGuard.open(file, FileStamp.ABSENT), true);
        }, made -> opener.open(made.session(), made.guard().file(), true, made.guard()), this::loadFailed);
    }

    void chooseAndOpen() {
        Messages m = messages.get();
        dialogs.get().chooseFile(new Dialogs.FileRequest(false, m.get("start.openOther"), m.get("file.sessions"),
                List.of("*.json"), paths.sessions()))
                .ifPresent(this::open);
    }

    /** The recovery file is read as a session; it stays on disk until the session is saved. */
    void restore(Path recovery) {
        Path sessionFile = RecoveryFiles.sessionOf(recovery);
        background.run(() -> new Opened(store.load(recovery),
                        SessionFileGuard.open(sessionFile, FileStamp.current(sessionFile)), true),
                opened -> opener.open(opened.session(), sessionFile, true, opened.guard()),
                this::loadFailed);
    }

    /** Deletes an autosaved file only after a yes. */
    void discardRecovery(Path recovery) {
        Messages m = messages.get();
        if (dialogs.get().confirm(m.get("start.discardTitle"), m.format("start.discardQuestion", recovery.getFileName()),
                m.get("start.discardConfirm"), m.get("start.discardKeep"))) {
            background.run(() -> Files.deleteIfExists(recovery), ok -> refreshLists(), this::loadFailed);
        }
    }

    /** Reads the templates, recent sessions and recovery files in the background and shows them. */
    void refreshLists() {
        refreshLists(() -> { });
    }

    /** The same; {@code then} runs on the FX thread once the reading is over, shown or not. */
    void refreshLists(Runnable then) {
        StartScreen screen = shown.get();
        if (screen == null) {
            then.run();
            return;
        }
        Messages m = messages.get();
        background.run(() -> StartLists.read(paths.templates(), paths.sessions(), e -> e.describe(m)),
                lists -> {
                    show(screen, lists, lists.problems());
                    then.run();
                }, error -> {
                    readFailed(screen, error);
                    then.run();
                });
    }

    /**
     * Shows the lists {@link EarlyStart} began to read before the toolkit started, on whatever start
     * screen is on the wall when they arrive; then runs {@code then} on the FX thread.
     */
    void showLists(CompletableFuture<EarlyStart.Lists> early, Runnable then) {
        early.whenComplete((read, error) -> background.later(() -> {
            StartScreen screen = shown.get();
            if (screen != null && error != null) {
                readFailed(screen, error);
            } else if (screen != null) {
                Messages m = messages.get();
                show(screen, read.lists(), read.problems().stream().flatMap(p -> p.describe(m).stream()).toList());
            }
            then.run();
        }));
    }

    private static void show(StartScreen screen, StartLists lists, List<String> problems) {
        screen.setLists(lists);
        if (!problems.isEmpty()) {
            screen.showProblem(problems);
        }
    }

    private void readFailed(StartScreen screen, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        screen.showProblem(List.of(paths.sessions() + ": "
                + messages.get().format("load.failed", String.valueOf(cause.getMessage()))));
    }

    private void loadFailed(Throwable error) {
        Messages m = messages.get();
        List<String> lines = error instanceof FileProblemException e ? e.describe(m)
                : List.of(m.format("load.failed", String.valueOf(error.getMessage())));
        StartScreen screen = shown.get();
        if (screen != null) {
            screen.showProblem(lines);
        }
    }
}
