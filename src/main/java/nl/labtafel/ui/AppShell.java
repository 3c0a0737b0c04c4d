package nl.labtafel.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import nl.labtafel.AppPaths;
import nl.labtafel.cluster.ThemeSuggester;
import nl.labtafel.export.ExportService;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.io.RecoveryFiles;
import nl.labtafel.io.FileStamp;
import nl.labtafel.io.SessionFileGuard;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.UiSettings;
import nl.labtafel.ui.export.ExportDialog;
import nl.labtafel.ui.importing.ImportDialog;
import nl.labtafel.ui.series.SeriesOverviewWindow;
import nl.labtafel.series.FollowUpSessions;
import nl.labtafel.io.TemplateStore;
import nl.labtafel.ui.look.Look;
import nl.labtafel.ui.look.Stylesheets;
import nl.labtafel.ui.session.NewFiles;
import nl.labtafel.ui.session.ConflictQuestion;
import nl.labtafel.ui.session.PhaseTimer;
import nl.labtafel.ui.session.SessionWindow;
import nl.labtafel.ui.audience.AudienceWindow;
import nl.labtafel.ui.audience.Displays;
import nl.labtafel.ui.audience.FxDisplays;
import nl.labtafel.ui.common.AudienceScreen;
import nl.labtafel.room.RoomLimits;
import nl.labtafel.ui.common.SessionPanel;
import nl.labtafel.ui.inventory.NotePlacer;
import nl.labtafel.ui.room.RoomPanel;
import nl.labtafel.ui.room.RoomViewModel;
import nl.labtafel.ui.start.StartLists;
import nl.labtafel.ui.start.StartScreen;

/**
 * The composition root: the one place that makes the services (paths, settings, the background
 * executor, the stores, the workspaces) and hands them to the start screen and the session window in
 * the one stage. Nothing else creates services; there are no static singletons.
 */
public final class AppShell implements StartScreen.Host, SessionWindow.Host {
    private final Stage stage;
    private final AppPaths paths;
    private final UiSettings settings;
    private final BackgroundTasks background;
    private static final long WARM_UP_DELAY_MS = 1_000;
    public static final String ROOM_FLAG = "--room";
    private final SessionStore store = new SessionStore();
    private final Workspaces workspaces;
    private final Consumer<String> showDocument;
    private final ThemeSuggester suggester = new ThemeSuggester();
    private Messages messages;
    private StartScreen start;
    private SessionWindow window;
    private Displays displays = new FxDisplays();
    private ConflictQuestion conflictQuestion;
    /** {@code labtafel FILE.json --room}: room input starts as soon as the session window shows. */
    private boolean roomOnOpen;
    private RoomPanel roomPanel;

    public AppShell(Stage stage, AppPaths paths, UiSettings settings, BackgroundTasks background,
                    Workspaces workspaces, Consumer<String> showDocument) {
        this.showDocument = showDocument;
        this.stage = stage;
        this.paths = paths;
        this.settings = settings;
        this.background = background;
        this.workspaces = workspaces;
        this.messages = Messages.forLanguage(settings.language());
        // Before the first control exists: Control's class initialiser loads JavaFX's own Modena
        // stylesheet unless a user-agent stylesheet is already set, and AtlantaFX would replace it anyway.
        Application.setUserAgentStylesheet(settings.theme().userAgentStylesheet());
    }

    /** Shows the start screen at once; with a file argument, opens that session as soon as it has loaded. */
    public void start(List<String> args) {
        showStart();
        // The window's own icon (task bar, Alt+Tab); decoded in the background, not before the first frame.
        stage.getIcons().add(new Image(AppShell.class.getResource("labtafel-icon.png").toExternalForm(), true));
        stage.show();
        // The lists (templates, recent sessions, recovery files) are read, and clustering and export
        // warmed up, once the first frame is laid out: on two cores, doing that alongside would delay
        // the window itself (measured with bench/ColdStart).
        Scene first = stage.getScene();
        afterNextFrame(first, () -> {
            if (start != null && stage.getScene() == first) {
                start.complete();
                afterNextFrame(first, start::focus); // once the form is in the laid-out scene
                afterNextFrame(first, this::refreshLists);
            }
            afterNextFrame(first, this::warmUp);
        });
        roomOnOpen = args.contains(ROOM_FLAG);
        args.stream().filter(a -> !a.equals(ROOM_FLAG)).findFirst().ifPresent(file -> open(Path.of(file)));
    }

    public void showStart() {
        window = null;
        start = new StartScreen(messages, this, settings.language(), settings.theme(), paths.defaultTemplate());
        start.setSessionsFolder(paths.sessions());
        Scene scene = new Scene(start.view(), width(), height());
        applyLook(scene);
        stage.titleProperty().unbind();
        stage.setTitle("Labtafel");
        stage.setOnCloseRequest(null);
        stage.setScene(scene);
        if (stage.isShowing()) {
            start.complete();
            refreshLists();
        }
        Platform.runLater(start::focus);
    }

    /**
     * Runs {@code work} once, just after the scene's next layout pulse (the frame is then on its way);
     * outside the pulse, so the work may change the scene and its listeners.
     */
    private static void afterNextFrame(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        boolean[] queued = new boolean[1];
        once[0] = () -> {
            if (!queued[0]) {
                queued[0] = true;
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    work.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void refreshLists() {
        if (start == null) {
            return;
        }
        StartScreen shown = start;
        background.run(() -> StartLists.read(paths.templates(), paths.sessions(), e -> e.describe(messages)),
                lists -> {
                    shown.setLists(lists);
                    if (!lists.problems().isEmpty()) {
                        shown.showProblem(lists.problems());
                    }
                }, error -> shown.showProblem(List.of(paths.sessions() + ": "
                        + messages.format("load.failed", String.valueOf(error.getMessage())))));
    }

    private double width() {
        return stage.getScene() != null ? stage.getScene().getWidth() : 1280;
    }

    private double height() {
        return stage.getScene() != null ? stage.getScene().getHeight() : 720;
    }

    /**
     * Loads the clustering language resources and POI's classes after the first frame, so neither a
     * "suggest themes" nor the first export makes a facilitator wait. Its own low-priority thread, not the
     * I/O executor: a session opened right at start must not queue behind it.
     */
    private void warmUp() {
        Thread warm = new Thread(() -> {
            try {
                Thread.sleep(WARM_UP_DELAY_MS); // after the start screen's lists, which the user sees
                suggester.warmUp();
                new ExportService(paths.templates()).warmUp();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // Only a head start: the real call does the same work and reports its own problems.
                System.getLogger(AppShell.class.getName()).log(System.Logger.Level.INFO, "warm-up failed", e);
            }
        }, "labtafel-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    @Override
    public AudienceScreen audienceScreen(Stage console, SessionContext context) {
        return new AudienceWindow(context, console, displays);
    }

    /** The screens the room's window chooses from (tests plug a projector in and out). */
    public AppShell withDisplays(Displays screens) {
        this.displays = screens;
        return this;
    }

    @Override
    public void export(Stage owner, SessionContext context) {
        ExportDialog.show(owner, context, settings, this::showDocument);
    }

    @Override
    public void importNotes(Stage owner, SessionContext context) {
        ImportDialog.show(owner, context);
    }

    @Override
    public void seriesOverview(Stage owner, SessionContext context) {
        SeriesOverviewWindow.show(owner, context, this::showDocument);
    }

    @Override
    public void showDocument(Path file) {
        showDocument.accept(file.toUri().toString());
    }

    @Override
    public UiSettings settings() {
        return settings;
    }

    @Override
    public void applyLook(Scene scene) {
        double scale = window != null && window.scene() == scene
                ? window.context().textScaleProperty().get() : settings.textScale();
        Stylesheets.apply(scene, settings.theme(), scale);
    }

    // ---- start screen

    @Override
    public void create(Session session) {
        background.run(() -> {
            Path file = NewFiles.forNewSession(paths.sessions(), session.getHeader().getTitle(),
                    session.getHeader().getDate());
            return SessionFileGuard.open(file, FileStamp.ABSENT);
        }, guard -> openSession(session, guard.file(), true, null, guard), this::loadFailed);
    }

    @Override
    public void open(Path file) {
        background.run(() -> {
            SessionStore.Loaded loaded = store.loadStamped(file);
            return new Opened(loaded.session(), SessionFileGuard.open(file, loaded.stamp()));
        }, opened -> openSession(opened.session(), file, false, null, opened.guard()), this::loadFailed);
    }

    /** The follow-up starts from the default template, saved beside the previous one in the sessions folder. */
    @Override
    public void continueFrom(Path previous) {
        background.run(() -> {
            Session before = store.load(previous);
            Session fresh = new TemplateStore().newSession(paths.defaultTemplate(), "", null);
            Path file = NewFiles.forNewSession(paths.sessions(), before.getHeader().getTitle(), null);
            FollowUpSessions.continueFrom(before, FollowUpSessions.linkName(file, previous), fresh);
            return new Opened(fresh, SessionFileGuard.open(file, FileStamp.ABSENT));
        }, made -> openSession(made.session(), made.guard().file(), true, null, made.guard()), this::loadFailed);
    }

    @Override
    public void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("start.openOther"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("file.sessions"), "*.json"));
        File folder = paths.sessions().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** The recovery file is read as a session; it stays on disk until the session is saved. */
    @Override
    public void restore(Path recovery) {
        Path sessionFile = RecoveryFiles.sessionOf(recovery);
        background.run(() -> new Opened(store.load(recovery),
                        SessionFileGuard.open(sessionFile, FileStamp.current(sessionFile))),
                opened -> openSession(opened.session(), sessionFile, true, null, opened.guard()),
                this::loadFailed);
    }

    @Override
    public void discardRecovery(Path recovery) {
        ButtonType discard = new ButtonType(messages.get("start.discardConfirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("start.discardKeep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                messages.format("start.discardQuestion", recovery.getFileName()), discard, keep);
        confirm.initOwner(stage);
        confirm.setTitle(messages.get("start.discardTitle"));
        confirm.setHeaderText(null);
        confirm.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
        confirm.setOnHidden(e -> {
            if (confirm.getResult() == discard) {
                background.run(() -> Files.deleteIfExists(recovery), ok -> refreshLists(), this::loadFailed);
            }
        });
        confirm.show();
    }

    private void loadFailed(Throwable error) {
        List<String> lines = error instanceof FileProblemException e ? e.describe(messages)
                : List.of(messages.format("load.failed", String.valueOf(error.getMessage())));
        if (start != null && window == null) {
            start.showProblem(lines);
        }
    }

    @Override
    public void setLanguage(Language language) {
        settings.setLanguage(language);
        messages = Messages.forLanguage(language);
        showStart();
    }

    @Override
    public void setTheme(Look theme) {
        settings.setTheme(theme);
        applyLook(stage.getScene());
    }

    // ---- session window

    /** A session read in the background with its file's lock and stamp. */
    private record Opened(Session session, SessionFileGuard guard) {
    }

    private void openSession(Session session, Path file, boolean unsaved, PhaseTimer timer, SessionFileGuard guard) {
        SessionContext context = new SessionContext(session, file, messages, background, paths)
                .withSuggester(suggester);
        context.textScaleProperty().set(settings.textScale());
        if (unsaved) {
            context.commands().markUnsaved();
        }
        show(context, timer, guard);
    }

    private void show(SessionContext context, PhaseTimer timer, SessionFileGuard guard) {
        start = null;
        roomPanel = null;
        window = new SessionWindow(this, stage, context, workspaces, store,
                timer != null ? timer : new PhaseTimer(System::nanoTime), guard);
        if (roomOnOpen) {
            roomOnOpen = false;
            startRoom();
        }
    }

    /** Shows the room-input panel of the open session and starts its server. */
    public RoomPanel startRoom() {
        if (window != null && window.showRoom(true) instanceof RoomPanel panel) {
            panel.model().start();
            return panel;
        }
        return null;
    }

    /**
     * Room input for a session window: the server listens on every network of the laptop (loopback only
     * with -Dlabtafel.room.host=127.0.0.1, as the tests and benchmarks run it); accepted post-its are placed
     * by the inventory's own rule.
     */
    @Override
    public SessionPanel roomPanel(SessionContext context) {
        String host = System.getProperty("labtafel.room.host", "0.0.0.0");
        roomPanel = new RoomPanel(new RoomViewModel(context,
                notes -> NotePlacer.place(context.session(), notes), host, RoomLimits.defaults()));
        return roomPanel;
    }

    @Override
    public void sessionClosed() {
        showStart();
    }

    @Override
    public void reopen(SessionWindow old, Language language) {
        messages = Messages.forLanguage(language);
        roomOnOpen = roomPanel != null && roomPanel.model().runningProperty().get();
        old.dispose();
        SessionContext was = old.context();
        // A new stack with the history: the old window's views keep listening only to the emptied old one.
        SessionContext context = new SessionContext(was.session(), was.fileProperty().get(), messages, background,
                paths, was.commands().handOver()).withSuggester(suggester);
        context.textScaleProperty().set(was.textScaleProperty().get());
        context.presentationProperty().set(was.presentationProperty().get());
        show(context, old.timer(), old.fileGuard());
    }

    @Override
    public void loadTheirs(SessionWindow old, Path file) {
        old.discardAndClose(() -> open(file));
    }

    @Override
    public ConflictQuestion conflictQuestion() {
        return conflictQuestion;
    }

    /** Tests answer "the file changed on disk" themselves. */
    public void setConflictQuestion(ConflictQuestion question) {
        this.conflictQuestion = question;
    }

    /** The interface language's texts of now (the failure dialog follows a language switch). */
    public Messages messages() {
        return messages;
    }

    /** The open session window, if any (tests drive it). */
    public SessionWindow window() {
        return window;
    }

    /** Last moments of the app: a dirty session's recovery file gets the latest state. */
    public void stop() {
        if (window != null) {
            window.flushRecovery();
        }
        background.close();
    }
}
