package nl.labtafel.ui.inventory;

import nl.labtafel.ui.common.TextBreaks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.DoubleProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.ui.common.ActorGroupStyles;
import nl.labtafel.ui.common.ChangeMark;

/**
 * The board: one Pane of notes under a Group, with one translate and one scale for pan and zoom.
 * Only notes inside the visible area (plus a margin) have a Node, taken from a pool the way
 * VirtualFlow reuses cells; the rest of thousands of notes cost nothing per frame. Work is done once
 * per pulse, in layoutChildren, whatever changed in between.
 *
 * <p>Over 300 lines because culling, the node pool and pan/zoom share one layout pass per pulse; split apart
 * they would have to expose that pass.
 */
public final class BoardView extends Region {
    /** Below this on-screen scale text is too small to read: notes are drawn as coloured blocks on a Canvas. */
    static final double OVERVIEW_BELOW = 0.3;
    private static final double MARGIN = NotePlacer.COLUMN_WIDTH;

    private final BoardViewModel model;
    private final BoardCamera camera;
    private final Pane content = new Pane();
    private final Rectangle clip = new Rectangle();
    private final PauseTransition sharpen = new PauseTransition(Duration.millis(250));
    private final Rectangle rubberBand = new Rectangle();
    private final ColumnHeaders headers;
    private final Map<String, NoteNode> shown = new HashMap<>();
    private final Deque<NoteNode> pool = new ArrayDeque<>();
    private boolean modelDirty = true;
    private final NoteEditor editor;
    private final OverviewPainter overview = new OverviewPainter();
    private Set<Note> dragged = Set.of();
    /** The note undo or redo just changed, marked for a moment (issue 13). */
    private String flashed;
    private BiConsumer<List<Note>, ActorGroup> onRegrouped;
    private final PauseTransition flashOff = new PauseTransition(ChangeMark.SHOWN);
    private double dragX;
    private double dragY;

    public BoardView(BoardViewModel model, DoubleProperty textScale) {
        this(model, textScale, TextBreaks.NONE);
    }

    /** With the room's line breaking for the group titles (see {@link ColumnHeaders}). */
    public BoardView(BoardViewModel model, DoubleProperty textScale, TextBreaks breaks) {
        this.model = model;
        this.camera = new BoardCamera(textScale);
        getStyleClass().add(BoardStyle.BOARD);
        setFocusTraversable(true);
        content.getStyleClass().add(BoardStyle.CONTENT);
        content.setManaged(false);
        content.getTransforms().setAll(camera.pan(), camera.scaleTransform());
        headers = new ColumnHeaders(model, breaks);
        content.getChildren().add(headers);
        editor = new NoteEditor(this, model);
        rubberBand.getStyleClass().add(BoardStyle.RUBBER_BAND);
        rubberBand.setManaged(false);
        rubberBand.setVisible(false);
        getChildren().addAll(new Group(content), overview.canvas(), rubberBand);
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        camera.zoomProperty().addListener(o -> requestLayout());
        textScale.addListener(o -> requestLayout());
        model.searchProperty().addListener(o -> refreshStates());
        model.groupFilterProperty().addListener(o -> modelChanged());
        model.selection().addListener((SetChangeListener<String>) c -> refreshStates());
        new BoardMouse(this, model);
        sharpen.setOnFinished(e -> shown.values().forEach(n -> n.setCacheHint(CacheHint.DEFAULT)));
        flashOff.setOnFinished(e -> {
            flashed = null;
            refreshStates();
        });
    }

    /** Called when the command stack's revision changed: every shown note is bound anew. */
    public void modelChanged() {
        modelDirty = true;
        requestLayout();
    }

    double effectiveScale() {
        return camera.scale();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 500;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        Session session = model.session();
        if (modelDirty) {
            headers.rebuild();
            overview.groupsChanged(session.getActorGroups());
        }
        Rectangle2D visible = visibleBoardArea();
        boolean zoomedOut = effectiveScale() < OVERVIEW_BELOW;
        List<Note> inView = new ArrayList<>();
        for (Note note : session.getNotes()) {
            if (model.isShown(note) && visible.intersects(note.getX(), note.getY(), NotePlacer.NOTE_WIDTH,
                    NotePlacer.NOTE_HEIGHT)) {
                inView.add(note);
            }
        }
        if (zoomedOut) {
            overview.paint(getWidth(), getHeight(), inView, effectiveScale(), camera.pan().getX(), camera.pan().getY(), model, dragged,
                    dragX, dragY);
            release(Set.of());
        } else {
            overview.hide();
            showNodes(inView, session);
        }
        modelDirty = false;
    }

    /** Gives each note in view a node, binding it anew only when it is new in view or the model changed. */
    private void showNodes(List<Note> inView, Session session) {
        Set<String> keep = new HashSet<>();
        List<ActorGroup> groups = session.getActorGroups();
        for (Note note : inView) {
            keep.add(note.getId());
            NoteNode node = shown.get(note.getId());
            boolean fresh = node == null;
            if (fresh) {
                node = pool.isEmpty() ? newNode() : pool.pop();
                node.setVisible(true);
                shown.put(note.getId(), node);
            }
            if (fresh || modelDirty) {
                int index = NotePlacer.columnOf(session, note.getActorGroupId());
                ActorGroup group = index < groups.size() ? groups.get(index) : null;
                node.bind(note, ActorGroupStyles.styleClass(group == null ? -1 : index), group == null ? null : group.getIcon());
                applyState(node);
            }
        }
        release(keep);
    }

    /** Puts the nodes of notes no longer in view back in the pool (the one being edited stays). */
    private void release(Set<String> keep) {
        shown.entrySet().removeIf(e -> {
            if (keep.contains(e.getKey()) || editor.isEditing(e.getValue())) {
                return false;
            }
            e.getValue().setVisible(false);
            e.getValue().setTranslateX(0);
            e.getValue().setTranslateY(0);
            pool.push(e.getValue());
            return true;
        });
    }

    private NoteNode newNode() {
        NoteNode node = new NoteNode();
        content.getChildren().add(node);
        return node;
    }

    private void refreshStates() {
        shown.values().forEach(this::applyState);
    }

    private void applyState(NoteNode node) {
        Note note = node.note();
        boolean match = model.matches(note);
        boolean selected = model.selection().contains(note.getId());
        node.pseudoClassStateChanged(BoardStyle.SELECTED, selected);
        node.setExpanded(selected && model.selection().size() == 1);
        node.pseudoClassStateChanged(BoardStyle.MATCH, match);
        node.pseudoClassStateChanged(BoardStyle.DIMMED, model.isSearching() && !match);
        node.pseudoClassStateChanged(ChangeMark.CHANGED, note.getId().equals(flashed));
    }

    /** The part of the board on screen, in board units, with a margin so a small pan needs no new nodes. */
    Rectangle2D visibleBoardArea() {
        return camera.visibleArea(getWidth(), getHeight(), MARGIN);
    }

    public Point2D toBoard(double viewX, double viewY) {
        return camera.toBoard(viewX, viewY);
    }

    public void panBy(double dx, double dy) {
        camera.panBy(dx, dy);
        requestLayout();
    }

    /** Zooms by a factor keeping the board point under (viewX, viewY) where it is. */
    public void zoomBy(double factor, double viewX, double viewY) {
        zoomGesture();
        camera.zoomBy(factor, viewX, viewY);
        requestLayout();
    }

    /** Pans just enough to bring the note into view, so a note typed in is seen arriving. */
    public void reveal(Note note) {
        camera.reveal(new Rectangle2D(note.getX(), note.getY(), NotePlacer.NOTE_WIDTH, NotePlacer.NOTE_HEIGHT),
                getWidth(), getHeight());
        requestLayout();
    }

    /** Brings the note into view and marks it for a moment: what undo or redo just changed. */
    public void flash(Note note) {
        flashed = note.getId();
        flashOff.playFromStart();
        reveal(note);
        refreshStates();
    }

    /** True while this note carries the change mark (tests). */
    public boolean isFlashed(Note note) {
        return note.getId().equals(flashed);
    }

    public void zoomIn() {
        zoomBy(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomBy(1 / 1.25, getWidth() / 2, getHeight() / 2);
    }

    /** Shows every shown note and the column headers, as large as the window allows. */
    public void fitAll() {
        if (getWidth() > 0 && getHeight() > 0) {
            camera.fit(headers.boundsWith(model.session().getNotes().stream().filter(model::isShown).toList()),
                    getWidth(), getHeight());
            requestLayout();
        }
    }

    /** Told when a drop moved notes into another group's column (the workspace says it and marks them). */
    public void setOnRegrouped(BiConsumer<List<Note>, ActorGroup> onRegrouped) {
        this.onRegrouped = onRegrouped;
    }

    void regrouped(List<Note> notes, ActorGroup group) {
        if (onRegrouped != null) {
            onRegrouped.accept(notes, group);
        }
    }

    /** During a drag only translate changes; the model is written once, on release. */
    void dragOffset(Collection<Note> notes, double dx, double dy) {
        headers.markDropTarget(dropColumn(notes, dx));
        dragged = dx == 0 && dy == 0 ? Set.of() : Set.copyOf(notes);
        dragX = dx;
        dragY = dy;
        if (isOverview()) {
            requestLayout();
        }
        for (Note note : notes) {
            NoteNode node = shown.get(note.getId());
            if (node != null) {
                node.setTranslateX(dx);
                node.setTranslateY(dy);
            }
        }
    }

    /** The column of another group that the dragged notes would join if dropped now, or -1. */
    private int dropColumn(Collection<Note> notes, double dx) {
        if (notes.isEmpty() || dx == 0) {
            return -1;
        }
        Note lead = notes.iterator().next();
        int column = NotePlacer.columnAt(lead.getX() + dx + NotePlacer.NOTE_WIDTH / 2);
        List<ActorGroup> groups = model.session().getActorGroups();
        if (column < 0 || column >= groups.size()) {
            return -1;
        }
        String target = groups.get(column).getId();
        return notes.stream().allMatch(n -> target.equals(n.getActorGroupId())) ? -1 : column;
    }

    boolean isOverview() {
        return effectiveScale() < OVERVIEW_BELOW;
    }

    /** The topmost shown note under a point of the view, from the model (the overview has no nodes). */
    Note noteAt(double viewX, double viewY) {
        Point2D p = toBoard(viewX, viewY);
        List<Note> notes = model.session().getNotes();
        for (int i = notes.size() - 1; i >= 0; i--) {
            Note n = notes.get(i);
            if (model.isShown(n) && p.getX() >= n.getX() && p.getX() <= n.getX() + NotePlacer.NOTE_WIDTH
                    && p.getY() >= n.getY() && p.getY() <= n.getY() + NotePlacer.NOTE_HEIGHT) {
                return n;
            }
        }
        return null;
    }

    /** Zoom gestures reuse each note's cached bitmap, scaled; a moment after the last step they are drawn sharp again. */
    private void zoomGesture() {
        shown.values().forEach(n -> n.setCacheHint(CacheHint.SCALE));
        sharpen.playFromStart();
    }

    NoteNode nodeOf(String noteId) {
        return shown.get(noteId);
    }

    /** Notes (shown by the filter) whose rectangle lies in the board area. */
    List<Note> notesIn(Rectangle2D area) {
        return model.session().getNotes().stream().filter(model::isShown).filter(n -> area.contains(n.getX(), n.getY())
                && area.contains(n.getX() + NotePlacer.NOTE_WIDTH, n.getY() + NotePlacer.NOTE_HEIGHT)).toList();
    }

    Pane content() {
        return content;
    }

    Rectangle rubberBand() {
        return rubberBand;
    }

    public NoteEditor editor() {
        return editor;
    }

    public DoubleProperty zoomProperty() {
        return camera.zoomProperty();
    }
}
