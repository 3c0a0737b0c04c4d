package nl.labtafel.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.labtafel.diagnostics.Diagnostics;
import nl.labtafel.io.SessionFileGuard;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Phase;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.WholeWords;
import nl.labtafel.ui.common.MessageBanner;
import nl.labtafel.ui.common.AudienceScreen;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.SessionPanel;
import nl.labtafel.ui.common.UiSettings;
import nl.labtafel.ui.common.WorkspaceCatalog;
import nl.labtafel.ui.common.ChangeMark;
import nl.labtafel.ui.common.GettingStarted;
import nl.labtafel.ui.common.Workspace;
import nl.labtafel.ui.undo.CommandStack;
import nl.labtafel.ui.undo.Location;
import nl.labtafel.ui.edit.FieldBinding;
import nl.labtafel.ui.edit.PhaseSummaryPane;
import nl.labtafel.ui.look.Look;
import nl.labtafel.ui.look.Styles;
import nl.labtafel.ui.shortcuts.ShortcutMenus;
import nl.labtafel.ui.shortcuts.ShortcutSheet;
import nl.labtafel.ui.shortcuts.ShortcutTable;

/**
 * The window a facilitator runs the session in: menus and toolbar (from the table of actions), the
 * agenda rail, the phase's workspace with the phase title and timer above it, and a quiet status line.
 *
 * <p>Its length (over 500 lines) has a reason and a limit: it is where the window's parts meet — menus, agenda,
 * timer, workspace, the summary, room and audience panels — and several features hooked in here in parallel.
 * Its jobs already live elsewhere (SessionActions: the menu table, SessionFiles: saving, Navigator: phases);
 * moving the panel hooks into their own class is the next step.
 */
public final class SessionWindow implements SessionActions.Handlers {

    /** What the window needs from the app around it (the composition root). */
    public interface Host {
        UiSettings settings();
        void applyLook(Scene scene);
        /** The session was closed (saved or discarded): show the start screen. */
        void sessionClosed();
        /** Rebuild this window in the newly chosen interface language, keeping session and undo history. */
        void reopen(SessionWindow window, Language language);
        /** Opens a document or folder in the desktop's own program (Word, the file manager). */
        void showDocument(Path file);
        /** Opens the export dialog for this session over {@code owner}. */
        void export(Stage owner, SessionContext context);
        /** The room's screen (audience view) of this session, steered from {@code console}. */
        AudienceScreen audienceScreen(Stage console, SessionContext context);
        /** Opens the import preview (post-its from a file or pasted cells) over {@code owner}. */
        void importNotes(Stage owner, SessionContext context);
        /** Opens the overview of every action in this session's series. */
        void seriesOverview(Stage owner, SessionContext context);
        /** The room-input panel for this session (made once per window), or null where there is none. */
        default SessionPanel roomPanel(SessionContext context) {
            return null;
        }

        /** "Load theirs" after a conflict: close this window without saving and open {@code file} as it is now. */
        default void loadTheirs(SessionWindow window, Path file) {
            window.closeSession(this::sessionClosed);
        }

        /** Who answers "the file changed on disk" (tests answer themselves); null: a dialog asks the person. */
        default ConflictQuestion conflictQuestion() {
            return null;
        }
    }

    private final Host host;
    private final Stage stage;
    private final SessionContext context;
    private final Messages m;
    private final PhaseTimer timer;
    private final SessionFiles files;
    private final Navigator navigator;
    private final ShortcutMenus actionsUi;
    private final BorderPane root = new BorderPane();
    private final VBox chrome = new VBox();
    private final AgendaRail rail;
    /** The agenda and, below it, the room's preview. */
    private final VBox left = new VBox();
    private final Label phaseTitle = new Label();
    private final TimerBar timerBar;
    private final MessageBanner banner;
    private String fileProblemShown;
    private final HBox status;
    private final BorderPane centre = new BorderPane();
    /** One summary pane per phase, made when the phase is first shown and kept, like its workspace. */
    private final Map<String, PhaseSummaryPane> summaries = new HashMap<>();
    private final Scene scene;
    private final AudienceScreen audienceScreen;
    private final AudiencePreview preview;
    private ShortcutTable table;
    private boolean closed;
    /** What undo or redo just did, in the status line for a few seconds. */
    private final Label changeNotice = new Label();
    private final PauseTransition noticeOff = new PauseTransition(
            Duration.seconds(8));
    private final InvalidationListener showChange = o -> showChange(
            ((ObservableValue<CommandStack.Shown>) o).getValue());
    private SessionPanel roomPanel;

    public SessionWindow(Host host, Stage stage, SessionContext context, WorkspaceCatalog workspaces, SessionStore store,
                         PhaseTimer timer) {
        this(host, stage, context, workspaces, store, timer, SessionFileGuard.unlocked(context.fileProperty().get(), null));
    }

    /** With the lock and stamp of the session's file ({@link SessionFileGuard}), taken when it was opened. */
    public SessionWindow(Host host, Stage stage, SessionContext context, WorkspaceCatalog workspaces, SessionStore store,
                         PhaseTimer timer, SessionFileGuard guard) {
        this.host = host;
        this.stage = stage;
        this.context = context;
        this.m = context.messages();
        this.timer = timer;
        this.actionsUi = new ShortcutMenus(m);
        this.banner = new MessageBanner(m);
        ConflictQuestion conflicts = (file, differences, answer) -> {
            ConflictQuestion asked = host.conflictQuestion();
            (asked != null ? asked : new ConflictDialog(stage, scene(), m)).changedOnDisk(file, differences, answer);
        };
        this.files = new SessionFiles(context, store, this::fileProblem, guard, conflicts, file -> host.loadTheirs(this, file));
        if (guard.readOnly()) {
            banner.show(files.readOnlyNotice());
        }
        this.navigator = new Navigator(context, workspaces, this::show);
        this.rail = new AgendaRail(context.session().getPhases(), m, navigator::goTo);
        this.timerBar = new TimerBar(timer, context.session().getHeader(), m);
        this.status = statusBar();
        this.audienceScreen = host.audienceScreen(stage, context);
        this.preview = new AudiencePreview(audienceScreen, context.audience(), m);
        context.audience().timerProperty().bind(Bindings.createStringBinding(
                () -> PhaseTimer.format(timer.remainingSecondsProperty().get()), timer.remainingSecondsProperty()));

        phaseTitle.setId("phase-title");
        phaseTitle.getStyleClass().add(Styles.HEADING);
        // With the room panel open at 1280x720 the title was cut to "Blik van vandaag, (over)m…": it wraps instead.
        phaseTitle.setWrapText(true);
        // ... but never inside a word: at 120 % text beside the room panel it broke "(over)morge|n".
        WholeWords.keep(phaseTitle, 160);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(phaseTitle, spacer, timerBar);
        header.getStyleClass().add(Styles.PHASE_HEADER);
        header.setAlignment(Pos.CENTER_LEFT);
        centre.setTop(new VBox(header, banner));

        chrome.getStyleClass().add(Styles.CHROME);
        root.getStyleClass().addAll(Styles.APP, Styles.SESSION_WINDOW);
        root.setTop(chrome);
        left.getChildren().setAll(rail, preview);
        VBox.setVgrow(rail, Priority.ALWAYS);
        left.getStyleClass().add(Styles.CONSOLE_LEFT);
        root.setLeft(left);
        root.setCenter(centre);
        root.setBottom(status);

        scene = new Scene(root, sceneWidth(stage), sceneHeight(stage));
        host.applyLook(scene);
        ShortcutMenus.bindKeys(scene, () -> table);
        context.presentationProperty().addListener((obs, was, is) -> presentation(is));
        context.textScaleProperty().addListener((obs, o, n) -> host.applyLook(scene));
        stage.titleProperty().bind(Bindings.createStringBinding(this::windowTitle,
                context.commands().dirtyProperty(), context.fileProperty(), context.commands().revisionProperty()));
        stage.setFullScreenExitHint(m.get("fullScreen.hint"));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            closeSession(stage::close);
        });
        context.commands().setLocator(() -> new Location(navigator.currentKind(),
                navigator.currentWorkspace() == null ? null : navigator.currentWorkspace().focusedItem()));
        context.commands().shownProperty().addListener(showChange);
        noticeOff.setOnFinished(e -> changeNotice.setText(""));
        context.noticeProperty().addListener(noticed);
        Phase first = navigator.currentPhase();
        if (first != null) {
            navigator.goTo(first);
        }
    }

    /**
     * Undo and redo show what they changed (issue 13): the phase it is in, the item selected and marked
     * for a moment, and a line in the status bar.
     */
    private final ChangeListener<String> noticed = (obs, old, text) -> {
        if (!text.isEmpty()) {
            changeNotice.setText(text);
            noticeOff.playFromStart();
        }
    };

    /** A failed save or autosave in the banner; an empty list (a later write worked) takes that problem away. */
    private void fileProblem(List<String> lines) {
        if (!lines.isEmpty()) {
            fileProblemShown = String.join("\n", lines);
            banner.show(lines);
        } else if (fileProblemShown != null && banner.isVisible() && banner.showsText(fileProblemShown)) {
            banner.hide();
            fileProblemShown = null;
        }
    }

    private void showChange(CommandStack.Shown change) {
        if (change == null || closed) {
            return;
        }
        Location where = change.where();
        if (where != null && where.phase() != null) {
            navigator.showKind(where.phase());
        }
        Phase phase = navigator.currentPhase();
        String place = phase == null ? "" : phase.getName().get(m.language());
        changeNotice.setText(m.format(change.undone() ? "change.undone" : "change.redone", change.name(), place));
        noticeOff.playFromStart();
        if (where != null && where.item() != null) {
            Workspace shown = navigator.currentWorkspace();
            String item = where.item();
            // After the workspace has re-read the model and laid itself out.
            Platform.runLater(() -> reveal(shown, item));
        }
    }

    private static void reveal(Workspace workspace, String item) {
        if (workspace == null || workspace.reveal(item) || !item.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            return;
        }
        Node field = workspace.view().lookup("#" + item);
        if (field != null) {
            field.requestFocus();
            ChangeMark.flash(field);
        }
    }

    private static double sceneWidth(Stage stage) {
        return stage.getScene() != null ? stage.getScene().getWidth() : 1280;
    }

    private static double sceneHeight(Stage stage) {
        return stage.getScene() != null ? stage.getScene().getHeight() : 720;
    }

    private String windowTitle() {
        String title = context.session().getHeader().getTitle();
        String name = title == null || title.isBlank() ? context.fileProperty().get().getFileName().toString() : title;
        return (context.commands().dirtyProperty().get() ? "\u25CF " : "") + name + " \u2013 Labtafel";
    }

    private HBox statusBar() {
        Label message = new Label();
        message.setId("status");
        message.textProperty().bind(files.statusProperty());
        Label file = new Label();
        file.getStyleClass().add(Styles.MUTED);
        file.textProperty().bind(Bindings.createStringBinding(() -> context.fileProperty().get().toString(),
                context.fileProperty()));
        Label scale = new Label();
        scale.setId("text-scale");
        scale.textProperty().bind(Bindings.createStringBinding(
                () -> m.format("status.scale", Math.round(context.textScaleProperty().get() * 100)),
                context.textScaleProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        changeNotice.setId("change-notice");
        changeNotice.getStyleClass().add(Styles.MUTED);
        HBox bar = new HBox(message, changeNotice, spacer, file, scale);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void show(Phase phase) {
        rail.showCurrent(phase.getId());
        phaseTitle.setText(phase.getName().get(m.language()));
        timer.select(phase);
        centre.setCenter(navigator.currentWorkspace().view());
        centre.setBottom(summaries.computeIfAbsent(phase.getId(), id -> {
            PhaseSummaryPane pane = new PhaseSummaryPane(context, id);
            if (lowWindow()) {
                pane.setExpanded(false); // a low screen gives its height to the workspace; one click opens it
            }
            return pane;
        }));
        table = SessionActions.table(context, this, navigator.currentWorkspace());
        MenuBar menuBar = actionsUi.menuBar(table);
        if (chrome.getChildren().isEmpty()) {
            ToolBar tools = actionsUi.toolBar(table);
            // Below 800 px of height the toolbar goes (every action is in the menus and on F1): the workspace
            // gets the height (issue 12: 1280x720 and 1366x768 laptops).
            tools.managedProperty().bind(scene.heightProperty().greaterThanOrEqualTo(COMPACT_BELOW));
            tools.visibleProperty().bind(tools.managedProperty());
            chrome.getChildren().setAll(menuBar, tools);
        } else {
            chrome.getChildren().set(0, menuBar);
        }
    }

    /** Window heights below this hide the toolbar and start summaries folded. */
    private static final double COMPACT_BELOW = 800;

    private boolean lowWindow() {
        return scene.getHeight() < COMPACT_BELOW + 100;
    }

    private void presentation(boolean on) {
        for (Node n : List.of(chrome, root.getLeft(), status)) {
            n.setVisible(!on);
            n.setManaged(!on);
        }
        root.pseudoClassStateChanged(Styles.PRESENTATION, on);
    }

    /** Asks about unsaved changes, then runs {@code then} once the session is safely put away. */
    public void closeSession(Runnable then) {
        FieldBinding.commitFocused(scene);
        if (!context.commands().dirtyProperty().get()) {
            shutDown(false, then);
            return;
        }
        CloseDialog.ask(stage, scene, m, choice -> {
            switch (choice) {
                case SAVE -> files.save(() -> shutDown(false, then));
                case DISCARD -> shutDown(true, then);
                case CANCEL -> { }
            }
        });
    }

    /** Closes without saving and without asking (the user chose "load theirs"); the recovery file goes too. */
    public void discardAndClose(Runnable then) {
        shutDown(true, then);
    }

    private void shutDown(boolean discard, Runnable then) {
        closed = true;
        letGoOfCommands();
        timerBar.stop();
        disposeRoom();
        disposeAudience();
        files.finish(discard, then);
    }

    /** For the app's last moments (stop()): the recovery file gets the latest state, no questions. */
    public void flushRecovery() {
        if (!closed) {
            files.flushNow();
        }
    }

    /** The undo stack outlives this window when it is rebuilt: it must not keep showing changes here. */
    private void letGoOfCommands() {
        context.commands().shownProperty().removeListener(showChange);
        context.commands().setLocator(null);
        context.noticeProperty().removeListener(noticed);
        noticeOff.stop();
    }

    public SessionContext context() {
        return context;
    }

    public PhaseTimer timer() {
        return timer;
    }

    public Scene scene() {
        return scene;
    }

    /**
     * Stops this window's timers, autosave and workspaces without touching files (it is being rebuilt); the
     * session file's lock stays held and is handed to the new window ({@link #fileGuard()}).
     */
    public void dispose() {
        closed = true;
        letGoOfCommands();
        timerBar.stop();
        disposeRoom();
        disposeAudience();
        files.close();
        navigator.dispose();
        centre.setCenter(null);
    }

    /** The open file's lock and stamp, for the window that replaces this one. */
    public SessionFileGuard fileGuard() {
        return files.guard();
    }

    private void disposeAudience() {
        audienceScreen.dispose();
        preview.dispose();
        context.audience().timerProperty().unbind();
    }

    /** The room's screen (tests). */
    public AudienceScreen audienceScreen() {
        return audienceScreen;
    }

    private void disposeRoom() {
        if (roomPanel != null) {
            roomPanel.dispose();
            roomPanel = null;
            root.setRight(null);
        }
    }

    /** Shows or hides the room-input panel beside the workspace (the room's server keeps its state). */
    @Override
    public void toggleRoom() {
        showRoom(root.getRight() == null);
    }

    /** The room-input panel, shown or hidden; made on first use. Returns it (null where the app has none). */
    public SessionPanel showRoom(boolean show) {
        if (roomPanel == null && show) {
            roomPanel = host.roomPanel(context);
        }
        if (roomPanel != null) {
            root.setRight(show ? roomPanel.view() : null);
        }
        return roomPanel;
    }

    // ---- handlers of the table of actions

    @Override
    public void toggleAudience() {
        FieldBinding.commitFocused(scene);
        audienceScreen.toggle();
    }

    @Override
    public void turnAudiencePage(int delta) {
        context.audience().turnPage(delta);
    }

    @Override
    public void save() {
        FieldBinding.commitFocused(scene);
        files.save(() -> { });
    }

    @Override
    public void saveAs() {
        FieldBinding.commitFocused(scene);
        files.saveAs(stage);
    }

    /** Save as without the file dialog (tests). */
    public void saveTo(Path file) {
        FieldBinding.commitFocused(scene);
        files.saveTo(file);
    }

    @Override
    public void export() {
        FieldBinding.commitFocused(scene);
        host.export(stage, context);
    }

    @Override
    public void importNotes() {
        FieldBinding.commitFocused(scene);
        host.importNotes(stage, context);
    }

    @Override
    public void seriesOverview() {
        FieldBinding.commitFocused(scene);
        host.seriesOverview(stage, context);
    }

    @Override
    public void closeSession() {
        closeSession(host::sessionClosed);
    }

    @Override
    public void undo() {
        FieldBinding.commitFocused(scene);
        context.commands().undo();
    }

    @Override
    public void redo() {
        FieldBinding.commitFocused(scene);
        context.commands().redo();
    }

    @Override
    public void step(int delta) {
        FieldBinding.commitFocused(scene);
        navigator.step(delta);
    }

    @Override
    public void toggleTimer() {
        timer.toggle();
    }

    @Override
    public void extraTime() {
        timer.addFiveMinutes();
    }

    @Override
    public void togglePresentation() {
        context.presentationProperty().set(!context.presentationProperty().get());
    }

    /** Folded, the agenda shows only phase numbers and the room's preview steps aside: the workspace gets the width. */
    @Override
    public void toggleAgenda() {
        boolean fold = !rail.isFolded();
        rail.fold(fold);
        if (fold) {
            left.getChildren().setAll(rail);
        } else {
            left.getChildren().setAll(rail, preview);
        }
    }

    @Override
    public void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    @Override
    public void scaleText(int steps) {
        double scale = steps == 0 ? 1.0
                : UiSettings.clampScale(context.textScaleProperty().get() + steps * UiSettings.SCALE_STEP);
        host.settings().setTextScale(scale);
        context.textScaleProperty().set(scale);
    }

    @Override
    public void setTheme(Look theme) {
        host.settings().setTheme(theme);
        host.applyLook(scene);
    }

    @Override
    public void setLanguage(Language language) {
        FieldBinding.commitFocused(scene);
        host.settings().setLanguage(language);
        host.reopen(this, language);
    }

    /** Help → Open log folder: where the details of every failure are, to send along with a question. */
    @Override
    public void openLogFolder() {
        Path folder = Diagnostics.logFolder();
        context.background().run(() -> Files.createDirectories(folder), host::showDocument,
                e -> banner.show(List.of(m.quoted("load.failed", folder + ": " + e.getMessage()))));
    }

    /** Writes the recovery file soon, without closing anything: an unexpected failure just happened. */
    public void saveRecoveryNow() {
        if (!closed) {
            files.persistSoon();
        }
    }

    @Override
    public Look currentLook() {
        return host.settings().theme();
    }

    @Override
    public void showGettingStarted() {
        GettingStarted.show(stage, scene, m);
    }

    @Override
    public void showShortcuts() {
        ShortcutSheet.show(stage, scene, table, m);
    }
}
