package nl.labtafel.ui.audience;

import java.util.ArrayList;
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
    private final Frame frame;
    private final Messages m;

    InventoryLayout(Frame frame, Messages m) {
        this.frame = frame;
        this.m = m;
    }

    List<List<Box>> layout(Session session, double[] textSize) {
        Language lang = m.language();
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
            Flow.Result r = new Fitter(new Flow(frame.measure(), Flow.Mode.RUN), 10, 8)
                    .fit(sections, area, frame.floor, (int) Math.max(frame.floor, area.h() / 7));
            pages = r.pages();
            textSize[0] = r.size();
        }
        pages.forEach(p -> p.addAll(legendBoxes));
        return pages;
    }

    private Flow.Section section(String name, List<Note> notes, String colour) {
        List<Flow.Item> items = new ArrayList<>();
        String ink = Palette.inkOn(colour);
        for (Note n : notes) {
            String organisation = n.getOrganisation() == null || n.getOrganisation().isBlank() ? null
                    : "\u2014 " + n.getOrganisation().strip();
            items.add(new Flow.Item(n.getText(), organisation, colour, ink, AudienceItem.note(n.getId())));
        }
        String title = m.format("audience.group", name, notes.size());
        return new Flow.Section(title, m.format("audience.group.continued", name, notes.size()), null, Palette.INK,
                items);
    }
}
