package nl.labtafel.ui.common;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import nl.labtafel.AppPaths;
import nl.labtafel.cluster.ThemeSuggester;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.undo.CommandStack;

/**
 * What every part of an open session window shares: the session (plain model, FX thread only), its
 * file, the one undo stack, the interface texts, the background executor and the room's text scale.
 * Made in one place (the composition root) and passed to each view's constructor.
 */
public final class SessionContext {
    private final Session session;
    private ThemeSuggester suggester = new ThemeSuggester();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final CommandStack commands;
    private final Messages messages;
    private final BackgroundTasks background;
    private final AppPaths paths;
    /** 1.0 = 100 %; Ctrl+Shift+plus/minus change it; every size in the window follows it. */
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1.0);
    /** Presentation mode (F5): menus, toolbar, agenda and side panels hide; workspace, capture bar and timer stay. */
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    /** What the room's screen shows and follows (issue 12): the console writes it, the audience view reads it. */
    private final AudienceState audience = new AudienceState();
    /** The id of the action selected in the action list, for panels beside it ("Herkomst"); null for none. */
    private final ObjectProperty<String> selectedAction = new SimpleObjectProperty<>(this, "selectedAction");
    /** Room input: the URL phones open (the QR code's content), "" while room input is off. */
    private final StringProperty roomUrl = new SimpleStringProperty(this, "roomUrl", "");
    /** Room input: the address and room code to type by hand, "" while off. */
    private final StringProperty roomShortUrl = new SimpleStringProperty(this, "roomShortUrl", "");
    private final StringProperty roomCode = new SimpleStringProperty(this, "roomCode", "");
    /** Counts changes from phones that are not undo steps (new inbox items, dots), so views can look again. */
    private final LongProperty roomChanges = new SimpleLongProperty(this, "roomChanges");
    /** Counts changes to what the room's screen shows of the room's open dots (ballots, the facilitator's switch). */
    private final LongProperty roomDots = new SimpleLongProperty(this, "roomDots");
    private Supplier<CompletableFuture<Void>> persistNow = () -> CompletableFuture.failedFuture(
            new IllegalStateException("No autosave for this session"));

    /** A short line for the status bar (what a key just did, e.g. a post-it moved to another group). */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(
            this, "notice", "");

    public SessionContext(Session session, Path file, Messages messages, BackgroundTasks background, AppPaths paths) {
        this(session, file, messages, background, paths, new CommandStack());
    }

    /** With the undo history of a window that is being rebuilt (e.g. after switching the interface language). */
    public SessionContext(Session session, Path file, Messages messages, BackgroundTasks background, AppPaths paths,
                          CommandStack commands) {
        this.commands = commands;
        this.session = session;
        this.file.set(file);
        this.messages = messages;
        this.background = background;
        this.paths = paths;
    }

    /** The one theme suggester of the app (warmed up at start); a fresh one where none was handed in. */
    public ThemeSuggester suggester() {
        return suggester;
    }

    /** Hands in the app's warmed-up suggester (composition root). */
    public SessionContext withSuggester(ThemeSuggester shared) {
        this.suggester = shared;
        return this;
    }

    public Session session() {
        return session;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public CommandStack commands() {
        return commands;
    }

    public Messages messages() {
        return messages;
    }

    public BackgroundTasks background() {
        return background;
    }

    public AppPaths paths() {
        return paths;
    }

    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    public AudienceState audience() {
        return audience;
    }

    public ObjectProperty<String> selectedActionProperty() {
        return selectedAction;
    }

    /** Says something in the status line; the same text twice is shown twice. */
    public void notice(String text) {
        notice.set("");
        notice.set(text);
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    public StringProperty roomUrlProperty() {
        return roomUrl;
    }

    public StringProperty roomShortUrlProperty() {
        return roomShortUrl;
    }

    public StringProperty roomCodeProperty() {
        return roomCode;
    }

    public LongProperty roomChangesProperty() {
        return roomChanges;
    }

    public LongProperty roomDotsProperty() {
        return roomDots;
    }

    /**
     * Writes the recovery file with the session as it is now; completes once it is on disk. Call on the FX
     * thread; it never blocks it (the write runs on the background executor). Installed by the window's
     * autosave.
     */
    public CompletableFuture<Void> persistNow() {
        return persistNow.get();
    }

    public void setPersister(Supplier<CompletableFuture<Void>> persister) {
        this.persistNow = persister;
    }
}
