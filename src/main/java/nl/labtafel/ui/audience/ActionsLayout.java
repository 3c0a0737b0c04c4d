package nl.labtafel.ui.audience;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionNumbers;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;

/** The agreed actions for the room: what (numbered as everywhere), and below it who and when. */
final class ActionsLayout {
    private final Frame frame;
    private final Messages m;

    ActionsLayout(Frame frame, Messages m) {
        this.frame = frame;
        this.m = m;
    }

    List<List<Box>> layout(Session session, double[] textSize) {
        List<ActionItem> actions = ActionNumbers.of(session).actions();
        if (actions.isEmpty()) {
            textSize[0] = frame.floor;
            List<List<Box>> pages = new ArrayList<>();
            pages.add(new ArrayList<>(Notice.centred(m.get("audience.actions.empty"), frame)));
            return pages;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(m.locale());
        List<Flow.Item> items = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            ActionItem a = actions.get(i);
            String who = a.getOwner() == null || a.getOwner().isBlank() ? m.get("audience.actions.noOwner")
                    : a.getOwner().strip();
            String when = a.getDue() == null ? m.get("audience.actions.noDate") : dates.format(a.getDue());
            items.add(new Flow.Item((i + 1) + ". " + a.getWhat().strip(), m.format("audience.actions.whoWhen", who, when),
                    Palette.CARD, Palette.INK, null));
        }
        String title = m.format("audience.group", m.get("audience.actions"), actions.size());
        List<Flow.Section> sections = List.of(new Flow.Section(title,
                m.format("audience.group.continued", m.get("audience.actions"), actions.size()), null, Palette.INK,
                items));
        Flow.Area area = frame.content(0);
        Flow.Result r = new Fitter(new Flow(frame.measure(), Flow.Mode.RUN), 14, 2)
                .fit(sections, area, frame.floor, (int) Math.max(frame.floor, area.h() / 8));
        textSize[0] = r.size();
        return r.pages();
    }
}
