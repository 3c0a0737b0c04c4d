package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
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
     * What a live view keeps between layouts: each post-it's card (made again only when its text, organisation or
     * colour changed) and the last run of pages for {@link Reflow}.
     */
    static final class Memory {
        private record Card(String text, String organisation, String colour, Flow.Item item) {
        }

        private final Map<Note, Card> cards = new IdentityHashMap<>();
        private final Reflow reflow = new Reflow();

        Reflow reflow() {
            return reflow;
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

    List<List<Box>> layout(Session session, double[] textSize) {
        Language lang = m.language();
        if (memory.cards.size() > 2 * session.getNotes().size() + 64) {
            memory.cards.clear(); // notes deleted or replaced since: start again
        }
        Map<String, List<Note>> byGroup = new LinkedHashMap<>();
        session.getActorGroups().forEach(g -> byGroup.put(g.getId(), new ArrayList<>()));
        List<Note> none = new ArrayList<>();
        for (Note n : session.getNotes()) {
            List<Note> list = n.getActorGroupId() == null ? null : byGroup.get(n.getActorGroupId());
            (list == null ? none : list).add(n);
        }
        List<Flow.Section> sections = new ArrayList<>();
        List<String[]> legend = new ArrayList<>();
        for (ActorGroup g : session.getActorGroups()) {
            List<Note> notes = byGroup.get(g.getId());
            String name = g.getName() == null ? g.getId() : g.getName().get(lang);
            legend.add(new String[] {name + "  " + notes.size(), Palette.orNoGroup(g.getColour())});
            if (!notes.isEmpty()) {
                sections.add(section(name, notes, Palette.orNoGroup(g.getColour())));
            }
        }
        if (!none.isEmpty()) {
            String name = m.get("audience.noGroup");
            legend.add(new String[] {name + "  " + none.size(), Palette.NO_GROUP});
            sections.add(section(name, none, Palette.NO_GROUP));
        }
        List<Box> legendBoxes = Legend.boxes(legend, frame);
        double legendHeight = legendBoxes.isEmpty() ? 0 : frame.height - legendBoxes.get(0).y() + frame.margin * 0.5;
        Flow.Area area = frame.content(legendHeight);
        List<List<Box>> pages;
        if (sections.isEmpty()) {
            pages = new ArrayList<>();
            pages.add(new ArrayList<>(Notice.centred(m.get("audience.inventory.empty"), frame)));
            textSize[0] = frame.floor;
        } else {
            Fitter fitter = new Fitter(new Flow(frame.measure(), Flow.Mode.RUN), 10, 8);
            int cards = session.getNotes().size();
            Flow.Result r = cards > REFLOW_FROM
                    ? memory.reflow.layout(frame.measure(), sections, area, frame.floor, fitter.runColumns(frame.floor, area.w()))
                    : fitter.fit(sections, area, frame.floor, (int) Math.max(frame.floor, area.h() / 7));
            pages = new ArrayList<>(r.pages().size());
            for (List<Box> flowed : r.pages()) {
                pages.add(new ArrayList<>(flowed)); // the reflow keeps its own lists
            }
            textSize[0] = r.size();
        }
        pages.forEach(p -> p.addAll(legendBoxes));
        return pages;
    }

    private Flow.Section section(String name, List<Note> notes, String colour) {
        List<Flow.Item> items = new ArrayList<>();
        String ink = Palette.cardInk(colour);
        for (Note n : notes) {
            Memory.Card card = memory.cards.get(n);
            if (card == null || card.text() != n.getText() || card.organisation() != n.getOrganisation()
                    || !card.colour().equals(colour)) {
                String organisation = n.getOrganisation() == null || n.getOrganisation().isBlank() ? null
                        : "\u2014\u00a0" + n.getOrganisation().strip(); // the dash stays with the name
                card = new Memory.Card(n.getText(), n.getOrganisation(), colour,
                        new Flow.Item(n.getText(), organisation, colour, ink, AudienceItem.note(n.getId())));
                memory.cards.put(n, card);
            }
            items.add(card.item());
        }
        // The count stands in the legend on every page; a heading without it lays out the same after an edit.
        return new Flow.Section(name, m.format("audience.group.continued", name), null, Palette.INK, items);
    }
}
