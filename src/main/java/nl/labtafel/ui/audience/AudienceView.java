package nl.labtafel.ui.audience;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import nl.labtafel.model.Phase;
import nl.labtafel.model.Session;
import nl.labtafel.room.RoomVotes;
import nl.labtafel.ui.common.AudienceItem;
import nl.labtafel.ui.common.AudienceState;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.look.Styles;
import nl.labtafel.ui.undo.Change;

/**
 * What the room sees, live: lays the session out for its own size whenever the console edits, moves phase,
 * team or selection, and draws the room's page. Frozen, it keeps laying out the session as it was at the freeze
 * (page turns and spotlight still work); blank covers it all in black.
 * <p>
 * Changes only mark the layout stale; it is made once, in the next layout pass of the room's scene (the pulse that
 * draws the next frame), however many edits came in between. Whoever reads {@link #pages()} gets it made at once.
 * What each edit changed ({@link Change}) goes to the layout, which redoes only that; an edit the room cannot see
 * (a post-it moved on the board) lays out nothing. An edit of a long inventory is laid out on the room's own thread
 * ({@link RoomLayouts}, {@link LayoutThread}) from the moment it is recorded, while the FX thread finishes the
 * console's frame; the layout pass takes the pages and draws (if the layout thread has not even started, the FX
 * thread lays it out itself).
 */
public final class AudienceView extends StackPane {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final SessionContext context;
    private final AudienceState room;
    private final RoomLayouts layouts;
    private final PageView pageView;
    private final Rectangle blank = new Rectangle();
    private final RoomJoinCorner roomCorner;
    private final Timeline clock;
    private final InvalidationListener follow = o -> {
        asked = null;
        onFollowedChange(o);
    };
    private final InvalidationListener edited = o -> onEdit();
    private final InvalidationListener relayout = o -> {
        asked = null;
        invalidate();
    };
    private final InvalidationListener redraw = o -> draw();
    private final Supplier<LocalTime> now;
    private Session frozenSession;
    private AudienceLayout.Request frozenRequest;
    /** The pages as laid out, and as shown: with the selection marked since. */
    private List<Page> laid = List.of();
    private List<Page> pages = List.of();
    private long relayouts;
    /** The request an edit just made, for the layout pass after it; any other change of the room's state drops it. */
    private AudienceLayout.Request asked;
    private boolean stale = true;
    private boolean turnToSelection;
    /** The clock as the room sees it, formatted once a second by the clock, not on every drawing of a page. */
    private String clockText;

    public AudienceView(SessionContext context, FxTextMeasure measure) {
        this(context, measure, LocalTime::now);
    }

    AudienceView(SessionContext context, FxTextMeasure measure, Supplier<LocalTime> now) {
        this(context, measure, measure, now);
    }

    /** {@code layoutMeasure} measures for the layout (tests: one that fails on the room's layout thread). */
    AudienceView(SessionContext context, FxTextMeasure measure, TextMeasure layoutMeasure, Supplier<LocalTime> now) {
        this.context = context;
        this.room = context.audience();
        this.now = now;
        this.layouts = new RoomLayouts(new AudienceLayout(layoutMeasure, context.messages()));
        this.pageView = new PageView(measure);
        getStyleClass().add(Styles.AUDIENCE);
        setId("audience-view");
        blank.setFill(Color.BLACK);
        blank.widthProperty().bind(widthProperty());
        blank.heightProperty().bind(heightProperty());
        blank.visibleProperty().bind(room.blankProperty());
        blank.setManaged(false);
        blank.setId("audience-blank");
        roomCorner = new RoomJoinCorner(context, heightProperty());
        StackPane.setAlignment(roomCorner, javafx.geometry.Pos.BOTTOM_RIGHT);
        StackPane.setMargin(roomCorner, new javafx.geometry.Insets(0, 12, 12, 0));
        StackPane.setAlignment(pageView, javafx.geometry.Pos.TOP_LEFT);
        getChildren().addAll(pageView, roomCorner, blank);
        roomCorner.visibleProperty().addListener(relayout);
        roomCorner.widthProperty().addListener(relayout);
        setStyle("-fx-background-color: " + Palette.GROUND + ";");

        context.commands().revisionProperty().addListener(edited);
        context.roomDotsProperty().addListener(follow); // the room's open dots (room input), not undo steps
        room.phaseIdProperty().addListener(follow);
        room.teamIdProperty().addListener(follow);
        room.selectionProperty().addListener(follow);
        room.spotlightProperty().addListener(relayout);
        room.frozenProperty().addListener(o -> onFreeze());
        room.pageProperty().addListener(redraw);
        room.timerProperty().addListener(o -> pageView.setTimer(room.timerProperty().get()));
        widthProperty().addListener(relayout);
        heightProperty().addListener(relayout);
        clockText = now.get().format(CLOCK);
        clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            clockText = now.get().format(CLOCK);
            pageView.setClock(clockText);
        }));
        clock.setCycleCount(Animation.INDEFINITE);
        pageView.setTimer(room.timerProperty().get());
        pageView.setClock(clockText);
        clock.play();
    }

    /** The pages of the current layout (tests, render). */
    public List<Page> pages() {
        flush();
        return pages;
    }

    public Page shownPage() {
        flush();
        return pages.isEmpty() ? null : pages.get(Math.min(room.pageProperty().get(), pages.size() - 1));
    }

    public PageView pageView() {
        return pageView;
    }

    /** Whether the pages match the session and the room's state now, without laying out (benchmarks, tests). */
    public boolean upToDate() {
        return !stale;
    }

    /** How many layouts came from the room's layout thread's jobs, on whichever thread they ran (tests). */
    long layoutsFromLayoutThread() {
        return layouts.fromLayoutThread();
    }

    /** How many edits the FX thread laid out itself because the room's layout thread had not started them yet. */
    public long laidOutHereForTheLayoutThread() {
        return layouts.laidOutHere();
    }

    /** How many times the session was laid out (benchmarks, tests of freeze). */
    public long relayouts() {
        return relayouts;
    }

    /** Stops the clock and every listener on the session and the room. */
    public void dispose() {
        clock.stop();
        layouts.close();
        roomCorner.dispose();
        context.commands().revisionProperty().removeListener(edited);
        context.roomDotsProperty().removeListener(follow);
        room.phaseIdProperty().removeListener(follow);
        room.teamIdProperty().removeListener(follow);
        room.selectionProperty().removeListener(follow);
        room.spotlightProperty().removeListener(relayout);
        room.pageProperty().removeListener(redraw);
        roomCorner.visibleProperty().removeListener(relayout);
        roomCorner.widthProperty().removeListener(relayout);
        blank.visibleProperty().unbind();
    }

    /** Every edit is noted for the layout, frozen or not; one the room cannot see lays out nothing. */
    private void onEdit() {
        Change change = context.commands().lastChange();
        boolean seen = change.kind() != Change.Kind.PLACES;
        AudienceLayout.Request r = seen ? request() : null;
        layouts.edited(change, context.session(), context.messages().language(), r, frozenRequest != null,
                room.pageProperty().get());
        asked = r;
        if (seen) {
            onFollowedChange(context.commands().revisionProperty());
        }
    }

    private void onFollowedChange(Observable source) {
        if (room.frozenProperty().get()) {
            return;
        }
        boolean newPhase = source == room.phaseIdProperty() || source == room.teamIdProperty();
        if (newPhase) {
            room.spotlightProperty().set(null);
        }
        if (source == room.selectionProperty() && room.spotlightProperty().get() == null && !stale) {
            pages = AudienceLayout.marked(laid, room.selectionProperty().get()); // no new layout for a mark
            draw();
        } else {
            invalidate();
        }
        if (newPhase) {
            room.pageProperty().set(0);
        } else if (source == room.selectionProperty() && room.selectionProperty().get() != null) {
            turnToSelection = true;
            if (!stale) {
                showSelection();
            }
        }
    }

    /** The room follows the console's selection to the page that shows it. */
    private void showSelection() {
        turnToSelection = false;
        AudienceItem selection = room.selectionProperty().get();
        int page = selection == null ? -1 : AudienceLayout.pageOf(pages, selection);
        if (page >= 0) {
            room.pageProperty().set(page);
        }
    }

    private void onFreeze() {
        asked = null;
        if (room.frozenProperty().get()) {
            Session shown = RoomVotes.onScreen(context.session()); // frozen as the room saw it, live dots included
            frozenSession = shown == context.session() ? shown.copy() : shown;
            frozenRequest = liveRequest();
        } else {
            frozenSession = null;
            frozenRequest = null;
        }
        invalidate();
    }

    private AudienceLayout.Request liveRequest() {
        Session s = context.session();
        String phaseId = room.phaseIdProperty().get() != null ? room.phaseIdProperty().get() : s.getCurrentPhaseId();
        Phase phase = s.getPhases().isEmpty() ? null : s.getPhases().get(0);
        for (Phase p : s.getPhases()) { // a loop, not a stream: this runs on every edit, on the FX thread
            if (p.getId().equals(phaseId)) {
                phase = p;
                break;
            }
        }
        String name = phase == null || phase.getName() == null ? "" : phase.getName().get(context.messages().language());
        return new AudienceLayout.Request(phase == null ? null : phase.getKind(), name,
                phase == null ? null : phase.getId(), room.teamIdProperty().get(), room.selectionProperty().get(),
                null, getWidth(), getHeight());
    }

    /** The layout no longer matches the session or the room's state: make it again before the next frame. */
    private void invalidate() {
        stale = true;
        requestLayout();
    }

    private void flush() {
        if (stale) {
            relayout();
        }
    }

    @Override
    protected void layoutChildren() {
        flush(); // at most once per pulse, before the room's frame is drawn
        super.layoutChildren();
    }

    /** The layout request for the current size and state, or null when the view is too small to lay out. */
    private AudienceLayout.Request request() {
        double h = getHeight();
        double w = getWidth() - roomCorner.reservedWidth(12); // the join corner (room input) never covers a card
        if (w < 100 || h < 100) {
            return null;
        }
        AudienceLayout.Request base = frozenRequest != null ? frozenRequest : liveRequest();
        AudienceItem spot = room.spotlightProperty().get();
        return new AudienceLayout.Request(base.phase(), base.phaseName(), base.phaseId(), base.teamId(),
                spot == null ? base.selection() : null, spot, w, h);
    }

    /** Lays the session out again for the current size and state (waiting for the layout thread), then draws. */
    public void relayout() {
        AudienceLayout.Request r = asked != null ? asked : request();
        asked = null;
        if (r == null) {
            return;
        }
        boolean frozen = frozenRequest != null;
        laid = layouts.pages(context.session(), () -> frozen ? frozenSession : RoomVotes.onScreen(context.session()),
                r, frozen);
        laidOut();
    }

    /** The pages are laid out: count them, keep the page in range, turn to the selection, draw. */
    private void laidOut() {
        stale = false;
        pages = laid;
        relayouts++;
        room.pageCountProperty().set(pages.size());
        if (room.pageProperty().get() >= pages.size()) {
            room.pageProperty().set(pages.size() - 1);
        }
        if (turnToSelection) {
            showSelection();
        }
        draw();
    }

    private void draw() {
        if (stale) {
            return; // drawn when laid out, in the coming layout pass
        }
        Page page = shownPage();
        if (page != null) {
            pageView.show(page); // gives a new timer or clock the texts they show now
        }
    }
}
