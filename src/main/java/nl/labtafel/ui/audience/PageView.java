package nl.labtafel.ui.audience;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
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

    private final BoxNodes boxNodes;
    private final List<Text> timers = new ArrayList<>();
    private final List<Text> clocks = new ArrayList<>();
    /**
     * What the timer and the clock show now, once set: given to the texts of a new page's timer and clock (a page
     * drawn for a picture keeps the layout's).
     */
    private String timerText;
    private String clockText;
    private boolean timerSet;
    private boolean clockSet;
    /**
     * The nodes of each box shown, by the very box (a box on a page twice is drawn twice, the second keyed by an equal
     * copy). Kept from page to page and changed in place: an edit changes a few boxes of a page.
     */
    private final Map<Box, Shown> byBox = new IdentityHashMap<>();
    /** Counts {@link #show} calls; a shown box's {@code seen} says in which call it was last found on the page. */
    private int showing;
    /** The page shown has a box twice (its second is keyed by a copy): the next page is matched whole. */
    private boolean twice;
    /** At most this many changed places for {@link #showChanged}; more (a page turned) are matched whole. */
    private static final int FEW = 16;
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
        this.boxNodes = new BoxNodes(measure);
        getStyleClass().add(Styles.AUDIENCE_PAGE);
        setBackground(new Background(new BackgroundFill(Color.web(Palette.GROUND), null, null)));
    }

    public void show(Page page) {
        Page was = current.get();
        if (page == was || page.equals(was)) {
            return;
        }
        int now = ++showing;
        setPrefSize(page.width(), page.height());
        setMinSize(page.width(), page.height());
        setMaxSize(page.width(), page.height());
        if (!showChanged(was, page, now)) {
            showAll(page, now);
        }
        current.set(page);
    }

    /**
     * The common edit: the layout handed on the page's boxes in their places and changed a few (a legend count, a
     * card). Only the places that differ are looked at, in order, with no look-up per box. False, having changed
     * nothing, when the page is not such a page (another length, many changes, a box twice, timer or clock changed).
     */
    private boolean showChanged(Page was, Page page, int now) {
        List<Box> before = was == null ? List.of() : was.boxes();
        List<Box> after = page.boxes();
        if (twice || was == null || before.size() != after.size()) {
            return false;
        }
        List<Box> went = new ArrayList<>();
        List<Box> came = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Box o = before.get(i);
            Box n = after.get(i);
            if (o != n) {
                Shown shown = byBox.get(o);
                if (went.size() == FEW || live(o) || live(n) || byBox.containsKey(n) || shown == null || shown.box != o) {
                    return false; // many changes, a live text to collect again, or a box on the page twice
                }
                went.add(o);
                came.add(n);
            }
        }
        for (Box n : came) {
            for (Box o : went) {
                if (n == o) {
                    return false; // a box that moved to another place in the list: matched by identity below
                }
            }
        }
        if (sameLooks(went, came)) {
            // The usual edit (a legend count, a card's words, a card moved up): each place keeps its nodes, redrawn.
            for (int i = 0; i < went.size(); i++) {
                Shown kept = byBox.remove(went.get(i));
                BoxNodes.redraw(came.get(i), kept.nodes);
                keep(came.get(i), kept.nodes, now);
            }
            return true;
        }
        List<Shown> left = new ArrayList<>(went.size());
        for (Box o : went) {
            left.add(byBox.remove(o));
        }
        replace(came, left, now);
        return true;
    }

    /** Whether each box that came looks like the one that went at its place (see {@link Look}): nodes to redraw. */
    private static boolean sameLooks(List<Box> went, List<Box> came) {
        for (int i = 0; i < went.size(); i++) {
            Box o = went.get(i);
            Box n = came.get(i);
            if (o.role() != n.role() || o.lines().size() != n.lines().size() || !Box.same(o.size(), n.size())
                    || o.bold() != n.bold() || o.highlighted() != n.highlighted() || !Objects.equals(o.fill(), n.fill())
                    || !Objects.equals(o.ink(), n.ink())) {
                return false;
            }
        }
        return true;
    }

    /** Any page: each box found by identity keeps its nodes; the rest go to {@link #replace}. */
    private void showAll(Page page, int now) {
        timers.clear();
        clocks.clear();
        twice = false;
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
        List<Shown> left = new ArrayList<>();
        for (var it = byBox.values().iterator(); it.hasNext(); ) {
            Shown x = it.next();
            if (x.seen != now) {
                it.remove();
                left.add(x);
            }
        }
        replace(unmatched, left, now);
        if (timerSet) {
            setTimer(timerText);
        }
        if (clockSet) {
            setClock(clockText);
        }
    }

    /**
     * Gives the boxes not found by identity nodes: those of an equal box that went (moved if it moved), else those of
     * one of the same look that went (new words), else new ones. The nodes of boxes that went and found no taker go.
     */
    private void replace(List<Box> unmatched, List<Shown> went, int now) {
        if (unmatched.isEmpty() && went.isEmpty()) {
            return;
        }
        Map<Box, ArrayDeque<Shown>> old = new HashMap<>();
        for (Shown x : went) {
            old.computeIfAbsent(x.box.moveTo(0, 0), k -> new ArrayDeque<>(1)).add(x);
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
                BoxNodes.redraw(b, nodes);
            } else {
                nodes = new ArrayList<>(b.lines().size() + 1);
                boxNodes.draw(b, nodes);
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
    }

    private static boolean live(Box b) {
        return b.role() == Box.Role.TIMER || b.role() == Box.Role.CLOCK;
    }

    /** What decides a box's nodes apart from its place, size and words. */
    private record Look(Box.Role role, int lines, double size, boolean bold, String fill, String ink, boolean highlighted) {
        static Look of(Box b) {
            return new Look(b.role(), b.lines().size(), b.size(), b.bold(), b.fill(), b.ink(), b.highlighted());
        }

        // written out, as Box's (see Box#equals): looked up for each changed box of an edit
        @Override
        public boolean equals(Object o) {
            return o instanceof Look k && role == k.role && lines == k.lines && Box.same(size, k.size) && bold == k.bold
                    && highlighted == k.highlighted && Objects.equals(fill, k.fill) && Objects.equals(ink, k.ink);
        }

        @Override
        public int hashCode() {
            return ((31 * role.hashCode() + lines) * 31 + Double.hashCode(size)) * 31 + Objects.hashCode(fill);
        }
    }

    private void keep(Box b, List<Node> nodes, int now) {
        collectLive(b, nodes);
        if (byBox.putIfAbsent(b, new Shown(b, nodes, now)) != null) {
            Box copy = b.moveTo(b.x(), b.y()); // the same box twice on one page: keyed by an equal copy
            byBox.put(copy, new Shown(copy, nodes, now));
            twice = true;
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
        timerText = text;
        timerSet = true;
        timers.forEach(t -> t.setText(text));
    }

    public void setClock(String text) {
        clockText = text;
        clockSet = true;
        clocks.forEach(t -> t.setText(text));
    }
}
