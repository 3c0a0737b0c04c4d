package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.labtafel.model.Insight;
import nl.labtafel.model.InsightKind;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.AudienceItem;

/** The four insight lists side by side, large: opvallend, kansen, uitdagingen, ideeën. */
final class InsightsLayout {
    private final Frame frame;
    private final Messages m;

    InsightsLayout(Frame frame, Messages m) {
        this.frame = frame;
        this.m = m;
    }

    List<List<Box>> layout(Session session, double[] textSize) {
        List<Flow.Section> sections = new ArrayList<>();
        for (InsightKind kind : InsightKind.values()) {
            List<Flow.Item> items = new ArrayList<>();
            for (Insight i : session.getInsights().list(kind)) {
                items.add(new Flow.Item(i.getText(), null, Palette.CARD, Palette.INK,
                        new AudienceItem(AudienceItem.Kind.INSIGHT, i.getId())));
            }
            String name = m.get("insights.kind." + kind.name().toLowerCase(Locale.ROOT));
            sections.add(new Flow.Section(m.format("audience.group", name, items.size()),
                    m.format("audience.group.continued", name, items.size()), null, Palette.INK, items));
        }
        Flow.Area area = frame.content(0);
        Flow.Result r = new Fitter(new Flow(frame.measure(), Flow.Mode.COLUMN_EACH), 8, 4)
                .fit(sections, area, frame.floor, (int) Math.max(frame.floor, area.h() / 8));
        textSize[0] = r.size();
        return r.pages();
    }
}
