package nl.labtafel.ui.audience;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import nl.labtafel.ui.look.Styles;

/**
 * Draws one {@link Page}: each box becomes a region and its lines, at the place the layout decided. Nothing
 * here decides a size or a place. Timer and clock texts stay reachable so they tick without a new page.
 * <p>
 * A new page keeps the nodes of every box that is still there (moved if it moved), so an edit on a busy page
 * costs nodes only for the cards that changed.
 */
public final class PageView extends Pane {
    /** Style class of the text of a card (post-it, insight, canvas note, action): what legibility tests measure. */
    public static final String CARD_TEXT = "lt-audience-card-text";
    public static final String TIMER = "lt-audience-timer";
    public static final String CLOCK = "lt-audience-clock";

    private final FxTextMeasure measure;
    private final List<Text> timers = new ArrayList<>();
    private final List<Text> clocks = new ArrayList<>();
    /**
     * The nodes of each box shown, by the very box (a box on a page twice is drawn twice, the second keyed by an equal
     * copy). Kept from page to page and changed in place: an edit changes a few boxes of a page.
     */
    private final Map<Box, Shown> byBox = new IdentityHashMap<>();
    /** Counts {@link #show} calls; a shown box's {@code seen} says in which call it was last found on the page. */
    private int showing;
    private final ReadOnlyObjectWrapper<Page> current = new ReadOnlyObjectWrapper<>(this, "page");

    private static final class Shown {
        final Box box;
        final List<Node> nodes;
        int seen;

        Shown(Box box, List<Node> nodes, int seen) {
            this.box = box;
            this.nodes = nodes;
            this.seen = seen;
        }
    }

    public PageView(FxTextMeasure measure) {
        this.measure = measure;
        getStyleClass().add(Styles.AUDIENCE_PAGE);
        setBackground(new Background(new BackgroundFill(Color.web(Palette.GROUND), null, null)));
    }

    public void show(Page page) {
        Page was = current.get();
        if (page == was || page.equals(was)) {
            return;
        }
        int now = ++showing;
        timers.clear();
        clocks.clear();
        // The layout hands on the very boxes that did not change (Reflow, the legend, the chrome): those keep their
        // nodes with one identity look-up. Only the rest are matched by value, moved or given new words.
        List<Box> unmatched = new ArrayList<>();
        for (Box b : page.boxes()) {
            Shown kept = byBox.get(b);
            if (kept == null || kept.seen == now) {
                unmatched.add(b);
            } else {
                kept.seen = now;
                collectLive(b, kept.nodes);
            }
        }
        setPrefSize(page.width(), page.height());
        setMinSize(page.width(), page.height());
        setMaxSize(page.width(), page.height());
        if (unmatched.isEmpty() && byBox.size() == page.boxes().size()) {
            current.set(page); // the same boxes (another page object, a mark moved off and back)
            return;
        }
        Map<Box, ArrayDeque<Shown>> old = new HashMap<>();
        for (var it = byBox.values().iterator(); it.hasNext(); ) {
            Shown x = it.next();
            if (x.seen != now) {
                it.remove();
                old.computeIfAbsent(x.box.moveTo(0, 0), k -> new ArrayDeque<>(1)).add(x);
            }
        }
        List<Box> fresh = new ArrayList<>();
        for (Box b : unmatched) {
            ArrayDeque<Shown> q = old.get(b.moveTo(0, 0));
            Shown kept = q == null ? null : q.poll();
            if (kept == null) {
                fresh.add(b);
                continue;
            }
            double dx = b.x() - kept.box.x();
            double dy = b.y() - kept.box.y();
            if (dx != 0 || dy != 0) {
                for (Node n : kept.nodes) {
                    n.setLayoutX(n.getLayoutX() + dx);
                    n.setLayoutY(n.getLayoutY() + dy);
                }
            }
            keep(b, kept.nodes, now);
        }
        // A box with new words but the same look (a legend chip's count, an edited card) takes over the nodes of one
        // that went: new text in old nodes costs no new nodes to style and add to the scene.
        Map<Look, ArrayDeque<Shown>> left = new HashMap<>();
        old.values().forEach(q -> q.forEach(x -> left.computeIfAbsent(Look.of(x.box), k -> new ArrayDeque<>(1)).add(x)));
        List<Node> added = new ArrayList<>();
        for (Box b : fresh) {
            ArrayDeque<Shown> q = left.get(Look.of(b));
            Shown reused = q == null ? null : q.poll();
            List<Node> nodes;
            if (reused != null) {
                nodes = reused.nodes;
                redraw(b, nodes);
            } else {
                nodes = new ArrayList<>(b.lines().size() + 1);
                draw(b, nodes);
                added.addAll(nodes);
            }
            keep(b, nodes, now);
        }
        Set<Node> gone = new HashSet<>();
        left.values().forEach(q -> q.forEach(x -> gone.addAll(x.nodes)));
        if (!gone.isEmpty()) {
            getChildren().removeAll(gone); // one change for the scene graph; removeIf makes one per node
        }
        if (!added.isEmpty()) {
            getChildren().addAll(added);
        }
        current.set(page);
    }

    /** What decides a box's nodes apart from its place, size and words. */
    private record Look(Box.Role role, int lines, double size, boolean bold, String fill, String ink, boolean highlighted) {
        static Look of(Box b) {
            return new Look(b.role(), b.lines().size(), b.size(), b.bold(), b.fill(), b.ink(), b.highlighted());
        }
    }

    private void keep(Box b, List<Node> nodes, int now) {
        collectLive(b, nodes);
        if (byBox.putIfAbsent(b, new Shown(b, nodes, now)) != null) {
            Box twice = b.moveTo(b.x(), b.y()); // the same box twice on one page: keyed by an equal copy
            byBox.put(twice, new Shown(twice, nodes, now));
        }
    }

    /** Puts the nodes {@link #draw} made for a box of the same {@link Look} at this box's place, with its words. */
    private static void redraw(Box b, List<Node> nodes) {
        int line = 0;
        for (Node n : nodes) {
            if (n instanceof Text t) {
                t.setText(b.lines().get(line));
                t.relocate(b.x() + b.padding(), b.y() + b.padding() + line * b.lineHeight());
                line++;
            } else if (n instanceof Region r) {
                r.resizeRelocate(b.x(), b.y(), b.w(), b.h());
            } else if (n instanceof Rectangle bar) {
                bar.setLayoutX(0); // a bar that moved before carries the move in its layout
                bar.setLayoutY(0);
                bar.setX(b.x());
                bar.setY(b.y());
                bar.setWidth(b.w());
                bar.setHeight(b.h());
            }
        }
    }

    /** The page shown now. */
    public ReadOnlyObjectProperty<Page> pageProperty() {
        return current.getReadOnlyProperty();
    }

    private void collectLive(Box b, List<Node> nodes) {
        if (b.role() != Box.Role.TIMER && b.role() != Box.Role.CLOCK) {
            return;
        }
        for (Node n : nodes) {
            if (n instanceof Text t) {
                (b.role() == Box.Role.TIMER ? timers : clocks).add(t);
            }
        }
    }

    public void setTimer(String text) {
        timers.forEach(t -> t.setText(text));
    }

    public void setClock(String text) {
        clocks.forEach(t -> t.setText(text));
    }

    private void draw(Box b, List<Node> nodes) {
        switch (b.role()) {
            case BAR -> {
                Rectangle bar = new Rectangle(b.x(), b.y(), b.w(), b.h());
                bar.setFill(Color.web(b.fill()));
                nodes.add(bar);
                return;
            }
            case CARD, HEADING -> {
                if (b.fill() != null || b.role() == Box.Role.CARD || b.highlighted()) {
                    nodes.add(background(b));
                }
            }
            default -> { }
        }
        double lh = b.lineHeight();
        for (int i = 0; i < b.lines().size(); i++) {
            Text t = new Text(b.lines().get(i));
            t.setFont(measure.font(b.size(), b.bold()));
            t.setFill(Color.web(b.ink()));
            t.setTextOrigin(VPos.TOP);
            t.relocate(b.x() + b.padding(), b.y() + b.padding() + i * lh);
            t.setManaged(false);
            if (b.role() == Box.Role.CARD) {
                t.getStyleClass().add(CARD_TEXT);
            } else if (b.role() == Box.Role.TIMER) {
                t.getStyleClass().add(TIMER);
            } else if (b.role() == Box.Role.CLOCK) {
                t.getStyleClass().add(CLOCK);
            }
            nodes.add(t);
        }
    }

    private static Region background(Box b) {
        Region r = new Region();
        r.setManaged(false);
        r.resizeRelocate(b.x(), b.y(), b.w(), b.h());
        CornerRadii corners = new CornerRadii(Math.max(3, b.size() * 0.25));
        String fill = b.fill() == null ? Palette.GROUND : b.fill();
        boolean tintedCard = b.role() == Box.Role.CARD && Palette.tinted(b.fill());
        String face = tintedCard ? Palette.face(fill) : fill;
        r.setBackground(new Background(new BackgroundFill(Color.web(face), corners, Insets.EMPTY)));
        if (b.highlighted()) {
            r.setBorder(new Border(new BorderStroke(Color.web(Palette.INK), BorderStrokeStyle.SOLID, corners,
                    new BorderWidths(Math.max(4, b.size() * 0.22)))));
            r.getStyleClass().add(Styles.AUDIENCE_SELECTED);
        } else if (tintedCard) {
            // The group's colour as a band on the left edge only: outlines round every card made whole-page OCR
            // (our stand-in for a reader at the back) lose cards, and the eye needs no frame on a tinted face.
            r.setBorder(new Border(new BorderStroke(Color.web(fill), BorderStrokeStyle.SOLID, corners,
                    new BorderWidths(0, 0, 0, Palette.band(b.size())))));
        } else if (Palette.CARD.equals(fill)) {
            r.setBorder(new Border(new BorderStroke(Color.web(Palette.CARD_LINE), BorderStrokeStyle.SOLID, corners,
                    new BorderWidths(Math.max(1, b.size() * 0.08)))));
        }
        return r;
    }
}
