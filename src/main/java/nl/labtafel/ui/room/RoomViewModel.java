package nl.labtafel.ui.room;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import nl.labtafel.model.Note;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.RoomItem;
import nl.labtafel.model.RoomState;
import nl.labtafel.model.Session;
import nl.labtafel.room.InboxChange;
import nl.labtafel.room.RoomAddresses;
import nl.labtafel.room.RoomKeys;
import nl.labtafel.room.RoomLimits;
import nl.labtafel.room.RoomRules;
import nl.labtafel.room.RoomServer;
import nl.labtafel.room.RoomVotes;
import nl.labtafel.room.SessionDesk;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;

/**
 * Room input of one open session: starts and stops the server (off the FX thread), keeps the inbox and
 * the room's dots for the panel, and turns the facilitator's decisions into undoable commands. Holds
 * no Nodes. The server reaches the session only through the {@link SessionDesk}, on this thread.
 *
 * <p>Over 300 lines: the server's life, the inbox and the room's votes share the one desk the server reaches
 * the session through.
 */
public final class RoomViewModel {
    /** Seconds after the start without any phone before the console says the page may be unreachable. */
    static final int UNREACHED_AFTER = 90;

    private final SessionContext context;
    private final Messages m;
    private final Consumer<List<Note>> placer;
    private final String host;
    private final SessionDesk desk;
    private final RoomServer server;
    private final RoomSettings settings;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final ObservableList<RoomAddresses.Candidate> addresses = FXCollections.observableArrayList();
    private final ObjectProperty<RoomAddresses.Candidate> address = new SimpleObjectProperty<>(this, "address");
    private final ObservableList<RoomItem> inbox = FXCollections.observableArrayList();
    private final BooleanProperty autoAccept = new SimpleBooleanProperty(this, "autoAccept");
    private final BooleanProperty allowNames = new SimpleBooleanProperty(this, "allowNames");
    private final IntegerProperty phones = new SimpleIntegerProperty(this, "phones");
    private final StringProperty votes = new SimpleStringProperty(this, "votes", "");
    private final BooleanProperty votingOpen = new SimpleBooleanProperty(this, "votingOpen");
    private final ChangeListener<Number> onRevision = (obs, o, n) -> refreshSoon();
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    private long startedAt;
    /** Items from phones show at most this often: a burst costs the list a few updates a second, not one a frame. */
    static final Duration PHONE_REFRESH_GAP = Duration.millis(60);
    private final PauseTransition phoneRefresh = new PauseTransition(PHONE_REFRESH_GAP);
    private long lastRefresh;
    private boolean refreshQueued;
    private boolean disposed;

    /**
     * @param placer gives accepted post-its their place on the board (the inventory's rule, from the composition root)
     * @param host   the address to listen on: every network ("0.0.0.0") in the app, loopback in tests
     */
    public RoomViewModel(SessionContext context, Consumer<List<Note>> placer, String host, RoomLimits limits) {
        this.context = context;
        this.m = context.messages();
        this.placer = placer;
        this.host = host;
        this.desk = new SessionDesk(context.session(), Platform::runLater, context::persistNow, limits,
                Clock.systemUTC());
        this.server = new RoomServer(desk);
        this.settings = new RoomSettings(context, desk);
        settings.dotsLiveProperty().addListener((obs, o, n) -> refreshVotes());
        desk.setListener(new SessionDesk.Listener() {
            @Override
            public void changed() {
                fromPhones();
            }

            @Override
            public void dotsChanged() {
                context.roomDotsProperty().set(context.roomDotsProperty().get() + 1);
            }

            @Override
            public void arrived(List<RoomItem> items) {
                if (autoAccept.get()) {
                    accept(items); // in the same turn, one undo step per burst: the phones hear "accepted" at once
                }
            }
        });
        RoomState room = context.session().getRoom();
        autoAccept.set(room != null && room.isAutoAccept());
        allowNames.set(room != null && room.isAllowNames());
        autoAccept.addListener((obs, o, on) -> setting(r -> r.setAutoAccept(on)));
        allowNames.addListener((obs, o, on) -> setting(r -> r.setAllowNames(on)));
        address.addListener((obs, o, n) -> publishAddress());
        context.commands().revisionProperty().addListener(onRevision);
        ticker.setCycleCount(Timeline.INDEFINITE);
        phoneRefresh.setOnFinished(e -> refresh());
        status.set(m.get("room.off"));
        refresh();
    }

    // ---- starting and stopping

    public void start() {
        if (running.get() || busy.get() || disposed) {
            return;
        }
        addresses.setAll(RoomAddresses.list());
        if (address.get() == null || !addresses.contains(address.get())) {
            address.set(addresses.isEmpty() ? null : addresses.get(0));
        }
        RoomState room = RoomKeys.ensure(context.session());
        context.commands().markUnsaved();
        String secret = room.getSecret();
        String code = room.getCode();
        int port = room.getPort() > 0 ? room.getPort() : RoomServer.DEFAULT_PORT;
        busy.set(true);
        problem.set("");
        status.set(m.get("room.starting"));
        context.background().run(() -> {
            server.start(host, port, secret, code);
            return server.port();
        }, actual -> {
            busy.set(false);
            if (disposed) {
                context.background().run(() -> { server.stop(); return null; }, ok -> { }, RoomViewModel::stopFailed);
                return;
            }
            room.setPort(actual);
            // The secret, code and port go into the recovery file now: after a crash the same QR code works.
            context.persistNow().whenComplete((ok, e) -> {
                if (e != null) {
                    Platform.runLater(() -> problem.set(m.format("room.startFailed", String.valueOf(e.getMessage()))));
                }
            });
            running.set(true);
            startedAt = System.nanoTime();
            publishAddress();
            ticker.play();
            tick();
        }, error -> {
            busy.set(false);
            status.set(m.get("room.off"));
            problem.set(m.format("room.startFailed", String.valueOf(error.getMessage())));
        });
    }

    public void stop() {
        if (!running.get()) {
            return;
        }
        running.set(false);
        ticker.stop();
        publishAddress();
        status.set(m.get("room.off"));
        problem.set("");
        context.background().run(() -> {
            server.stop();
            return null;
        }, ok -> { }, e -> problem.set(m.format("room.startFailed", String.valueOf(e.getMessage()))));
    }

    /** The window closes or is rebuilt: the server stops and nothing keeps listening to the session. */
    public void dispose() {
        disposed = true;
        ticker.stop();
        phoneRefresh.stop();
        context.commands().revisionProperty().removeListener(onRevision);
        desk.setListener(() -> { });
        if (running.get()) {
            running.set(false);
            publishAddress();
        }
        context.background().run(() -> {
            server.stop();
            return null;
        }, ok -> { }, RoomViewModel::stopFailed);
    }

    /** The window is going: nobody to tell on screen, so the log has it. */
    private static void stopFailed(Throwable e) {
        System.getLogger(RoomViewModel.class.getName()).log(System.Logger.Level.WARNING, "room server did not stop", e);
    }

    private void publishAddress() {
        RoomState room = context.session().getRoom();
        RoomAddresses.Candidate at = address.get();
        boolean on = running.get() && room != null;
        String where = at == null ? "127.0.0.1" : at.address();
        context.roomUrlProperty().set(on ? RoomAddresses.roomUrl(where, server.port(), room.getSecret()) : "");
        context.roomShortUrlProperty().set(on ? RoomAddresses.shortUrl(where, server.port()) : "");
        context.roomCodeProperty().set(on ? room.getCode() : "");
        if (on && at == null) {
            problem.set(m.get("room.noNetwork"));
        }
    }

    private void tick() {
        if (!running.get()) {
            return;
        }
        phones.set(server.devices());
        status.set(m.format("room.listening", phones.get()));
        long seconds = (System.nanoTime() - startedAt) / 1_000_000_000L;
        if (phones.get() == 0 && seconds >= UNREACHED_AFTER && address.get() != null) {
            problem.set(m.get("room.unreached"));
        } else if (phones.get() > 0 && m.get("room.unreached").equals(problem.get())) {
            problem.set("");
        }
        refreshVotes();
    }

    // ---- what phones changed (FX thread, called by the desk)

    private void fromPhones() {
        context.commands().markUnsaved();
        context.roomChangesProperty().set(context.roomChangesProperty().get() + 1);
        if (phoneRefresh.getStatus() == Animation.Status.RUNNING) {
            return; // the refresh already planned shows these too
        }
        double since = (System.nanoTime() - lastRefresh) / 1e6;
        if (since >= PHONE_REFRESH_GAP.toMillis()) {
            refreshSoon();
        } else {
            phoneRefresh.setDuration(PHONE_REFRESH_GAP.subtract(Duration.millis(since)));
            phoneRefresh.playFromStart();
        }
    }

    /** Many items in one burst cost one refresh of the list, not one each. */
    private void refreshSoon() {
        if (!refreshQueued) {
            refreshQueued = true;
            Platform.runLater(() -> {
                refreshQueued = false;
                refresh();
            });
        }
    }

    void refresh() {
        lastRefresh = System.nanoTime();
        phoneRefresh.stop();
        RoomState room = context.session().getRoom();
        if (room == null) {
            inbox.clear();
        } else if (startsWith(room.getInbox(), inbox)) {
            // Phones only add at the end: add the new tail, so the list keeps its cells and selection.
            if (room.getInbox().size() > inbox.size()) {
                inbox.addAll(room.getInbox().subList(inbox.size(), room.getInbox().size()));
            }
        } else {
            inbox.setAll(room.getInbox());
        }
        refreshVotes();
    }

    private static boolean startsWith(List<RoomItem> all, List<RoomItem> shown) {
        if (shown.size() > all.size()) {
            return false;
        }
        for (int i = 0; i < shown.size(); i++) {
            if (all.get(i) != shown.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void refreshVotes() {
        Session s = context.session();
        RoomState room = s.getRoom();
        boolean themes = RoomRules.phase(s) == PhaseKind.THEMES;
        boolean closed = room != null && room.isVotingClosed();
        votingOpen.set(themes && !closed && room != null);
        if (!themes || room == null) {
            votes.set("");
            return;
        }
        int dots = RoomVotes.tally(room).values().stream().mapToInt(Integer::intValue).sum();
        votes.set(closed ? m.get("room.votingClosed") : m.format("room.votes", RoomVotes.voters(room), dots) + " "
                + m.get(settings.dotsLiveProperty().get() ? "room.votes.live" : "room.votes.atClose"));
    }

    private void setting(Consumer<RoomState> change) {
        change.accept(RoomKeys.ensure(context.session()));
        context.commands().markUnsaved();
    }

    // ---- the facilitator's decisions: each one undo step

    public void accept(List<RoomItem> items) {
        decide("room.command.accept", InboxChange.accept(context.session(), items, Map.of(), placer));
    }

    public void acceptEdited(RoomItem item, String text) {
        if (text == null || RoomRules.clean(text).isEmpty()) {
            return;
        }
        decide("room.command.accept", InboxChange.accept(context.session(), List.of(item),
                Map.of(item.getKey(), text), placer));
    }

    public void acceptAll() {
        accept(List.copyOf(inbox));
    }

    public void reject(List<RoomItem> items) {
        decide("room.command.reject", InboxChange.reject(context.session(), items));
    }

    public void mergeInto(RoomItem item, String noteId) {
        InboxChange change = InboxChange.mergeInto(context.session(), item, noteId);
        if (change.count() > 0) {
            context.commands().execute(InboxCommand.of(m.get("room.command.merge"), change));
        }
    }

    private void decide(String nameKey, InboxChange change) {
        if (change.count() > 0) {
            context.commands().execute(InboxCommand.of(m.format(nameKey, change.count()), change));
        }
    }

    public void closeVoting() {
        if (votingOpen.get()) {
            context.commands().execute(InboxCommand.closeVoting(m.get("room.command.closeVoting"),
                    RoomVotes.close(context.session())));
        }
    }

    /** The post-its an item can be merged into: same group first, then the rest. */
    public List<Note> mergeTargets(RoomItem item) {
        return context.session().getNotes().stream()
                .sorted((a, b) -> Boolean.compare(!a.getActorGroupId().equals(item.getActorGroupId()),
                        !b.getActorGroupId().equals(item.getActorGroupId())))
                .toList();
    }

    // ---- for the view

    public Session session() {
        return context.session();
    }

    public RoomSettings settings() {
        return settings;
    }

    public Messages messages() {
        return m;
    }

    public SessionContext context() {
        return context;
    }

    public BooleanProperty runningProperty() { return running; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty statusProperty() { return status; }
    public StringProperty problemProperty() { return problem; }
    public ObservableList<RoomAddresses.Candidate> addresses() { return addresses; }
    public ObjectProperty<RoomAddresses.Candidate> addressProperty() { return address; }
    public ObservableList<RoomItem> inbox() { return inbox; }
    public BooleanProperty autoAcceptProperty() { return autoAccept; }
    public BooleanProperty allowNamesProperty() { return allowNames; }
    public IntegerProperty phonesProperty() { return phones; }
    public StringProperty votesProperty() { return votes; }
    public BooleanProperty votingOpenProperty() { return votingOpen; }

    /** Port listened on while running (tests and the benchmark talk to it on loopback). */
    public int port() {
        return server.port();
    }

    /** How long the last server start took. */
    public java.time.Duration serverStartTime() {
        return server.startTime();
    }
}
