package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.AudienceItem;
import nl.labtafel.ui.undo.Change;

/**
 * The audience view's layout engine: from the session and what the console points at to pages of placed
 * boxes, for one screen size. No nodes, no toolkit: the views draw what this decides, the tests measure it.
 */
public final class AudienceLayout {

    /**
     * What to lay out. {@code phaseId} is the console's current phase (marked on the agenda), {@code teamId} the
     * team the console shows; {@code selection} is highlighted; {@code spotlight}, when set, replaces the phase.
     */
    public record Request(PhaseKind phase, String phaseName, String phaseId, String teamId, AudienceItem selection,
                          AudienceItem spotlight, double width, double height) {

        /** The same request with another selection (null: none). */
        public Request withSelection(AudienceItem other) {
            return new Request(phase, phaseName, phaseId, teamId, other, spotlight, width, height);
        }

        /** Equal but perhaps for the selection: the same layout, marked elsewhere. */
        public boolean sameLayout(Request o) {
            return o != null && phase == o.phase && Box.same(width, o.width) && Box.same(height, o.height)
                    && Objects.equals(phaseId, o.phaseId) && Objects.equals(teamId, o.teamId)
                    && Objects.equals(spotlight, o.spotlight) && Objects.equals(phaseName, o.phaseName);
        }

        /** The record's meaning, written out (see {@link Box#equals}): compared on every edit the room follows. */
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Request r && sameLayout(r) && Objects.equals(selection, r.selection);
        }

        @Override
        public int hashCode() {
            return Objects.hash(phase, phaseName, phaseId, teamId, selection, spotlight, width, height);
        }
    }

    /** Beyond this many post-its the inventory pages at the floor size and is laid out again only where it changed. */
    public static final int PAGED_INVENTORY_FROM = InventoryLayout.REFLOW_FROM;

    private final TextMeasure measure;
    private final Messages m;
    private final InventoryLayout.Memory inventory = new InventoryLayout.Memory();
    private final Frame.Chrome chrome = new Frame.Chrome();

    public AudienceLayout(TextMeasure measure, Messages messages) {
        this.measure = measure;
        this.m = messages;
    }

    /** The pages for a session that may have changed in any way since the last call. */
    public List<Page> pages(Session session, Request r) {
        return pages(session, r, List.of(Change.ANY));
    }

    /**
     * The pages, for a session that went through {@code changes} since the last call (all of them, in order, or
     * {@link Change#ANY}): with them the inventory lays out again only the groups they touched. Pages are put
     * together when first read.
     */
    public List<Page> pages(Session session, Request r, List<Change> changes) {
        inventory.groups().record(changes);
        Frame frame = new Frame(r.width(), r.height(), measure, chrome);
        double[] size = {frame.floor};
        List<List<Box>> contents = null;
        if (r.spotlight() != null) {
            Optional<List<List<Box>>> spot = new SpotlightLayout(frame, m).layout(session, r.spotlight(), size);
            contents = spot.orElse(null);
        }
        if (contents == null) {
            contents = switch (r.phase() == null ? PhaseKind.INTRODUCTION : r.phase()) {
                case INTRODUCTION -> new IntroductionLayout(frame, m).layout(session, r.phaseId(), size);
                case INVENTORY -> new InventoryLayout(frame, m, inventory)
                        .layout(InventoryInput.live(session, m.language()), size);
                case INSIGHTS -> new InsightsLayout(frame, m).layout(session, size);
                case THEMES -> new ThemesLayout(frame, m).layout(session, size);
                case RESEARCH_TEAMS -> new TeamLayout(frame, m).layout(session, r.teamId(), size);
                case FOLLOW_UP -> new ActionsLayout(frame, m).layout(session, size);
            };
        }
        if (r.selection() != null) {
            contents = highlighted(contents, r.selection());
        }
        return frame.withChrome(contents, r.phaseName(), m.get("audience.page"), size[0]);
    }

    /**
     * The inventory's pages after {@code changes}, read only from {@code in}, what was {@link InventoryInput#captured
     * captured} of them on the FX thread; without selection (see {@link #marked}) or spotlight. The room's layout
     * thread runs it (calls to this and to {@link #pages} must not overlap). Throws when the layout cannot follow the
     * changes from what was captured (the pages are then to be made on the FX thread, with {@link Change#ANY}).
     */
    List<Page> inventory(InventoryInput in, Request r, List<Change> changes) {
        inventory.groups().record(changes);
        Frame frame = new Frame(r.width(), r.height(), measure, chrome);
        double[] size = {frame.floor};
        List<List<Box>> contents = new InventoryLayout(frame, m, inventory).layout(in, size);
        return frame.withChrome(contents, r.phaseName(), m.get("audience.page"), size[0]);
    }

    /** How many inventory pages the last layout took over unchanged from the one before (tests, benchmarks). */
    int reusedInventoryPages() {
        return inventory.reusedPages();
    }

    /** The first page showing the item, or -1. */
    public static int pageOf(List<Page> pages, AudienceItem item) {
        for (int i = 0; i < pages.size(); i++) {
            for (Box b : pages.get(i).boxes()) {
                if (item.equals(b.item())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The same pages with {@code selection} (may be null) marked and nothing else; each page made when read. */
    public static List<Page> marked(List<Page> pages, AudienceItem selection) {
        return new LazyList<>(pages.size(), i -> {
            Page p = pages.get(i);
            List<Box> boxes = new ArrayList<>(p.boxes().size());
            for (Box b : p.boxes()) {
                boolean mark = selection != null && selection.equals(b.item());
                boxes.add(mark == b.highlighted() ? b : mark ? b.highlight() : b.unhighlight());
            }
            return new Page(p.width(), p.height(), boxes, p.textSize());
        });
    }

    private static List<List<Box>> highlighted(List<List<Box>> pages, AudienceItem selection) {
        return new LazyList<>(pages.size(), i -> {
            List<Box> boxes = new ArrayList<>(pages.get(i).size());
            for (Box b : pages.get(i)) {
                boxes.add(selection.equals(b.item()) ? b.highlight() : b);
            }
            return boxes;
        });
    }
}
