package nl.labtafel.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import nl.labtafel.AppPaths;
import nl.labtafel.cluster.ThemeSuggester;
import nl.labtafel.io.SessionFileGuard;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import nl.labtafel.room.RoomLimits;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.audience.AudienceWindow;
import nl.labtafel.ui.audience.RoomPictures;
import nl.labtafel.ui.audience.Displays;
import nl.labtafel.ui.audience.FxDisplays;
import nl.labtafel.ui.common.AudienceScreen;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.FxDialogs;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.SessionPanel;
import nl.labtafel.ui.common.UiSettings;
import nl.labtafel.ui.export.ExportDialog;
import nl.labtafel.ui.importing.ImportDialog;
import nl.labtafel.ui.inventory.NotePlacer;
import nl.labtafel.ui.look.Look;
import nl.labtafel.ui.look.Stylesheets;
import nl.labtafel.ui.room.RoomPanel;
import nl.labtafel.ui.room.RoomViewModel;
import nl.labtafel.ui.series.SeriesOverviewWindow;
import nl.labtafel.ui.session.ConflictQuestion;
import nl.labtafel.ui.session.PhaseTimer;
import nl.labtafel.ui.session.SessionWindow;
import nl.labtafel.ui.start.StartScreen;

/**
 * The composition root: the one place that makes the services (paths, settings, the background
 * executor, the stores, the workspaces) and hands them to the start screen and the session window in
 * the one stage. Nothing else creates services; there are no static singletons.
 *
 * <p>A little over 300 lines because every feature's window is made here (export, import, series, room,
 * audience): the composition root by design. What the start screen's choices do is in StartActions, the
 * start-up timing in WarmUp.
 */
public final class AppShell implements StartScreen.Host, SessionWindow.Host {
    private final Stage stage;
    private final AppPaths paths;
    private final UiSettings settings;
    private final BackgroundTasks background;
    public static final String ROOM_FLAG = "--room";
    private final SessionStore store = new SessionStore();
    private final Workspaces workspaces;
    private final Consumer<String> showDocument;
    private final ThemeSuggester suggester = new ThemeSuggester();
    private final StartActions startActions;
    private Messages messages;
    private StartScreen start;
    private SessionWindow window;
    private Displays displays = new FxDisplays();
    private ConflictQuestion conflictQuestion;
    /** {@code labtafel FILE.json --room}: room input starts as soon as the session window shows. */
    private boolean roomOnOpen;
    private RoomPanel roomPanel;
    private boolean warmedUp;

    public AppShell(Stage stage, AppPaths paths, UiSettings settings, BackgroundTasks background,
                    Workspaces workspaces, Consumer<String> showDocument) {
        this.showDocument = showDocument;
        this.stage = stage;
        this.paths = paths;
        this.settings = settings;
        this.background = background;
        this.workspaces = workspaces;
        this.messages = Messages.forLanguage(settings.language());
        this.startActions = new StartActions(paths, background, store, () -> messages,
                () -> window == null ? start : null, () -> new FxDialogs(stage, this::showDocument),
                (session, file, unsaved, guard) -> openSession(session, file, unsaved, null, guard));
        // Before the first control exists: Control's class initialiser loads JavaFX's own Modena
        // stylesheet unless a user-agent stylesheet is already set, and AtlantaFX would replace it anyway.
        // Only the start screen's share of the theme: the whole one when another window needs it (Stylesheets).
        Application.setUserAgentStylesheet(settings.theme().startUserAgentStylesheet());
    }

    /** Shows the start screen at once; with a file argument, opens that session as soon as it has loaded. */
    public void start(List<String> args) {
        start(args, null);
    }

    /**
     * The same, with the start screen's lists from {@link EarlyStart} (read beside the toolkit's start)
     * instead of read now. The whole start screen is in the first frame, the title field has the keyboard,
     * and the lists follow as soon as they are read: a facilitator can type at once. Clustering and export
     * are warmed up only after that (see WarmUp), so they do not compete with it on two cores.
     */
    void start(List<String> args, EarlyStart early) {
        roomOnOpen = args.contains(ROOM_FLAG);
        showStart(early == null ? null : early.lists());
        // The window's own icon (task bar, Alt+Tab); decoded in the background, not before the first frame.
        stage.getIcons().add(new Image(AppShell.class.getResource("labtafel-icon.png").toExternalForm(), true));
        stage.show();
        start.focus(); // a focus asked for before the window showed is lost when it shows
        args.stream().filter(a -> !a.equals(ROOM_FLAG)).findFirst().ifPresent(file -> open(Path.of(file)));
    }

    public void showStart() {
        showStart(null);
    }

    private void showStart(CompletableFuture<EarlyStart.Lists> early) {
        window = null;
        start = new StartScreen(messages, this, settings.language(), settings.theme(), paths.defaultTemplate());
        start.setSessionsFolder(paths.sessions());
        Scene scene = new Scene(start.view(), width(), height());
        Stylesheets.applyStart(scene, settings.theme(), settings.textScale());
        stage.titleProperty().unbind();
        stage.setTitle("Labtafel");
        stage.setOnCloseRequest(null);
        stage.setScene(scene);
        start.focus();
        if (early != null) {
            startActions.showLists(early, this::warmUp);
        } else {
            startActions.refreshLists(this::warmUp);
        }
    }

    /** Once, after the start screen's lists first arrived (or failed): see {@link WarmUp}. */
    private void warmUp() {
        if (!warmedUp) {
            warmedUp = true;
            WarmUp.afterNextFrame(stage.getScene(), () -> WarmUp.start(suggester, paths.templates()));
        }
    }

    // The first window is 1280x720, but never larger than the screen's free area: on a 1024x768 laptop a
    // 1280-wide window lost its right side (timer, clock) off the screen (issue 12).
    private double width() {
        return stage.getScene() != null ? stage.getScene().getWidth()
                : Math.min(1280, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth());
    }

    private double height() {
        return stage.getScene() != null ? stage.getScene().getHeight()
                : Math.min(720, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 40);
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
        ExportDialog.show(owner, context, settings, this::showDocument, new RoomPictures());
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
        startActions.create(session);
    }

    @Override
    public void open(Path file) {
        startActions.open(file);
    }

    @Override
    public void continueFrom(Path previous) {
        startActions.continueFrom(previous);
    }

    @Override
    public void chooseAndOpen() {
        startActions.chooseAndOpen();
    }

    @Override
    public void restore(Path recovery) {
        startActions.restore(recovery);
    }

    @Override
    public void discardRecovery(Path recovery) {
        startActions.discardRecovery(recovery);
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
        Stylesheets.applyStart(stage.getScene(), theme, settings.textScale());
    }

    // ---- session window

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
