package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.labtafel.model.Note;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.AudienceItem;

/**
 * The inventory for the room: every post-it, by actor group in the session's order, cards in the group's
 * colour, as large as the screen allows; pages when even the floor does not fit. A legend at the foot keeps
 * every group's count in view on every page.
 */
final class InventoryLayout {
    /** Beyond this many post-its the inventory pages at the floor size and is laid out again only where it changed. */
    static final int REFLOW_FROM = Fitter.SEARCH_LIMIT;

    /**
     * What a live view keeps between layouts: the post-its by group ({@link InventoryGroups}, with each group's
     * pages), and each post-it's card (made again only when its text, organisation or colour changed). Every group
     * starts a page of its own when paged, so a group no edit touched keeps its pages as they were.
     */
    static final class Memory {
        private record Card(String text, String organisation, String colour, Flow.Item item) {
        }

        private final Map<Note, Card> cards = new IdentityHashMap<>();
        private final InventoryGroups groups = new InventoryGroups();
        /** Area, size and columns of the paged layout the groups' pages were made for. */
        private List<Object> shape;
        private int reused;
        /** The legend's boxes of the last layout: those that stay the same are handed on as the very same boxes. */
        private List<Box> legend = List.of();

        InventoryGroups groups() {
            return groups;
        }

        /** How many pages the last paged layout took over unchanged from the one before (tests, benchmarks). */
        int reusedPages() {
            return reused;
        }
    }

    private final Frame frame;
    private final Messages m;
    private final Memory memory;

    InventoryLayout(Frame frame, Messages m, Memory memory) {
        this.frame = frame;
        this.m = m;
        this.memory = memory;
    }

    /**
     * The pages. With a {@link InventoryInput#captured captured} input (the room's layout thread) only the paged
     * layout that follows the captured edits is made; anything more throws and is left to the FX thread.
     */
    List<List<Box>> layout(InventoryInput in, double[] textSize) {
        if (!in.live() && in.count() <= REFLOW_FROM) {
            throw new IllegalStateException("the room lays out a short inventory on the FX thread");
        }
        if (memory.cards.size() > 2 * in.count() + 64) {
            memory.cards.clear(); // notes deleted or replaced since: start again
        }
        List<String> ids = new ArrayList<>();
        List<String> signature = new ArrayList<>();
        for (InventoryInput.Group g : in.groups()) {
            ids.add(g.id());
            signature.add(g.id() + "\u0000" + g.name() + "\u0000" + g.colour());
        }
        memory.groups.sync(in, ids, signature);
        List<InventoryGroups.Group> shown = new ArrayList<>();
        List<String[]> legend = new ArrayList<>();
        for (InventoryInput.Group g : in.groups()) {
            InventoryGroups.Group group = memory.groups.group(g.id());
            legend.add(new String[] {g.name() + "  " + group.notes.size(), Palette.orNoGroup(g.colour())});
            section(in, group, g.name(), Palette.orNoGroup(g.colour()), shown);
        }
        InventoryGroups.Group none = memory.groups.group(InventoryGroups.NONE);
        if (!none.notes.isEmpty()) {
            String name = m.get("audience.noGroup");
            legend.add(new String[] {name + "  " + none.notes.size(), Palette.NO_GROUP});
            section(in, none, name, Palette.NO_GROUP, shown);
        }
        List<Box> legendBoxes = Reflow.sameBoxes(Legend.boxes(legend, frame), memory.legend);
        memory.legend = legendBoxes;
        double legendHeight = legendBoxes.isEmpty() ? 0 : frame.height - legendBoxes.get(0).y() + frame.margin * 0.5;
        Flow.Area area = frame.content(legendHeight);
        List<List<Box>> pages;
        if (shown.isEmpty()) {
            pages = new ArrayList<>();
            pages.add(new ArrayList<>(Notice.centred(m.get("audience.inventory.empty"), frame)));
            pages.forEach(p -> p.addAll(legendBoxes));
            textSize[0] = frame.floor;
        } else if (in.count() > REFLOW_FROM) {
            pages = paged(shown, area, legendBoxes);
            textSize[0] = frame.floor;
        } else {
            Fitter fitter = new Fitter(new Flow(frame.measure(), Flow.Mode.RUN), 10, 8);
            List<Flow.Section> sections = shown.stream().map(g -> g.section).toList();
            Flow.Result r = fitter.fit(sections, area, frame.floor, (int) Math.max(frame.floor, area.h() / 7));
            pages = new ArrayList<>(r.pages().size());
            for (List<Box> flowed : r.pages()) {
                List<Box> page = new ArrayList<>(flowed);
                page.addAll(legendBoxes);
                pages.add(page);
            }
            textSize[0] = r.size();
            memory.shape = null;
        }
        memory.groups.laidOut();
        return pages;
    }

    /**
     * Every group on pages of its own at the floor size; only the groups an edit changed are laid out again (and of
     * those only the pages the edit touched: {@link Reflow}). The pages with their legend are put together when read.
     */
    private List<List<Box>> paged(List<InventoryGroups.Group> shown, Flow.Area area, List<Box> legendBoxes) {
        int columns = new Fitter(new Flow(frame.measure(), Flow.Mode.RUN), 10, 8).runColumns(frame.floor, area.w());
        List<Object> shape = List.of(area, frame.floor, columns);
        boolean sameShape = shape.equals(memory.shape);
        memory.shape = shape;
        memory.reused = 0;
        List<List<Box>> all = new ArrayList<>();
        for (InventoryGroups.Group g : shown) {
            if (g.changed || g.pages == null || !sameShape) {
                g.pages = g.reflow.layout(frame.measure(), List.of(g.section), area, frame.floor, columns).pages();
                memory.reused += g.reflow.reusedPages();
            } else {
                memory.reused += g.pages.size();
            }
            all.addAll(g.pages);
        }
        return new LazyList<>(all.size(), i -> {
            List<Box> page = new ArrayList<>(all.get(i).size() + legendBoxes.size());
            page.addAll(all.get(i));
            page.addAll(legendBoxes);
            return page;
        });
    }

    /** The group's section, made again when its notes changed; added to {@code shown} when it has notes. */
    private void section(InventoryInput in, InventoryGroups.Group group, String name, String colour,
                         List<InventoryGroups.Group> shown) {
        if (group.notes.isEmpty()) {
            group.section = null;
            group.pages = null;
            return;
        }
        if (group.changed || group.section == null) {
            group.section = section(in, name, group, colour);
        }
        shown.add(group);
    }

    /** Cards are made only where the group has none (new, edited, or all after a resort), from the card memory. */
    private Flow.Section section(InventoryInput in, String name, InventoryGroups.Group group, String colour) {
        String ink = Palette.cardInk(colour);
        for (int i = 0; i < group.notes.size(); i++) {
            if (group.items.get(i) != null) {
                continue; // a colour or name change resorts all groups, which forgets every card
            }
            Note n = group.notes.get(i);
            Memory.Card card = memory.cards.get(n);
            InventoryInput.Fields f = in.fields(n);
            if (card == null || card.text() != f.text() || card.organisation() != f.organisation()
                    || !card.colour().equals(colour)) {
                String organisation = f.organisation() == null || f.organisation().isBlank() ? null
                        : "\u2014\u00a0" + f.organisation().strip(); // the dash stays with the name
                card = new Memory.Card(f.text(), f.organisation(), colour,
                        new Flow.Item(f.text(), organisation, colour, ink, AudienceItem.note(f.id())));
                memory.cards.put(n, card);
            }
            group.items.set(i, card.item());
        }
        List<Flow.Item> items = List.copyOf(group.items);
        // The count stands in the legend on every page; a heading without it lays out the same after an edit.
        return new Flow.Section(name, m.format("audience.group.continued", name), null, Palette.INK, items);
    }
}
