package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.labtafel.model.Insight;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import nl.labtafel.model.ThemeOperations;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.AudienceItem;

/**
 * The themes for the room: a column per theme with its post-its, and beside them the ranking — every theme's
 * full name, its dots as a bar and as a number, the chosen ones marked — on every page.
 */
final class ThemesLayout {
    private static final double RANKING_SHARE = 0.3;

    private final Frame frame;
    private final Messages m;

    ThemesLayout(Frame frame, Messages m) {
        this.frame = frame;
        this.m = m;
    }

    List<List<Box>> layout(Session session, double[] textSize) {
        List<Theme> themes = session.getThemes();
        if (themes.isEmpty()) {
            textSize[0] = frame.floor;
            List<List<Box>> pages = new ArrayList<>();
            pages.add(new ArrayList<>(Notice.centred(m.get("audience.themes.empty"), frame)));
            return pages;
        }
        Flow.Area area = frame.content(0);
        double gap = Flow.gap(frame.floor) * 2;
        double rankW = Math.round(area.w() * RANKING_SHARE);
        Flow.Area columns = new Flow.Area(area.x(), area.y(), area.w() - rankW - gap, area.h());
        Flow.Area rankArea = new Flow.Area(area.x() + area.w() - rankW, area.y(), rankW, area.h());

        List<Flow.Section> sections = new ArrayList<>();
        for (Theme t : themes) {
            List<Flow.Item> items = new ArrayList<>();
            // The insights the theme came from (issue 13): white cards as on the insights screen, their list named.
            for (Insight i : session.insightsOfTheme(t)) {
                String list = session.getInsights().kindOf(i.getId())
                        .map(k -> m.get("insights.kind." + k.name().toLowerCase(Locale.ROOT))).orElse(null);
                items.add(new Flow.Item(i.getText(), list, Palette.CARD, Palette.INK,
                        new AudienceItem(AudienceItem.Kind.INSIGHT, i.getId())));
            }
            for (Note n : session.notesOfTheme(t.getId())) {
                String fill = session.actorGroup(n.getActorGroupId()).map(g -> Palette.orNoGroup(g.getColour()))
                        .orElse(Palette.NO_GROUP);
                items.add(new Flow.Item(n.getText(), null, fill, Palette.cardInk(fill), AudienceItem.note(n.getId())));
            }
            String title = (t.isChosen() ? "\u2713\u00a0" : "") + t.getName();
            sections.add(new Flow.Section(title, m.format("audience.continued", t.getName()),
                    t.isChosen() ? Palette.CHOSEN : null, t.isChosen() ? "#FFFFFF" : Palette.INK, items));
        }
        Flow.Result r = new Fitter(new Flow(frame.measure(), Flow.Mode.COLUMN_EACH), 10, 4)
                .fit(sections, columns, frame.floor, (int) Math.max(frame.floor, area.h() / 9));
        textSize[0] = r.size();
        List<Box> ranking = ranking(themes, rankArea);
        List<List<Box>> pages = new ArrayList<>(r.pages());
        pages.forEach(p -> p.addAll(ranking));
        return pages;
    }

    /** The ranking at the largest size that fits its area (down to the floor). */
    private List<Box> ranking(List<Theme> themes, Flow.Area area) {
        // The console's order (equal dots keep the board's order), so "number one" is the same theme on both.
        List<Theme> ranked = ThemeOperations.ranking(themes);
        List<Box> boxes = List.of();
        for (int size = (int) Math.max(frame.floor, Math.round(frame.floor * 1.4)); size >= frame.floor; size--) {
            boxes = ranking(ranked, area, size);
            Box last = boxes.get(boxes.size() - 1);
            if (last.y() + last.h() <= area.y() + area.h()) {
                return boxes;
            }
        }
        return boxes;
    }

    private List<Box> ranking(List<Theme> ranked, Flow.Area area, double size) {
        TextMeasure measure = frame.measure();
        double lh = measure.lineHeight(size);
        double gap = Flow.gap(size);
        List<Box> boxes = new ArrayList<>();
        double y = area.y();
        String heading = m.get("themes.ranking");
        boxes.add(new Box(Box.Role.TEXT, area.x(), y, area.w(), lh, List.of(heading), size, true, null, Palette.QUIET,
                null, false));
        y += lh + gap;
        int most = Math.max(1, ranked.stream().mapToInt(Theme::getVotes).max().orElse(1));
        double countW = measure.width("000", size, true) * 1.1;
        double barH = Math.round(size * 0.7);
        int[] places = ThemeOperations.places(ranked);
        for (int i = 0; i < ranked.size(); i++) {
            Theme t = ranked.get(i);
            String ink = t.isChosen() ? Palette.CHOSEN : Palette.INK;
            String name = (places[i] > 0 ? places[i] + ". " : "") + (t.isChosen() ? "\u2713\u00a0" : "") + t.getName();
            List<String> lines = TextWrap.lines(name, size, t.isChosen(), area.w(), measure);
            boxes.add(new Box(Box.Role.TEXT, area.x(), y, area.w(), lines.size() * lh, lines, size, t.isChosen(), null,
                    ink, new AudienceItem(AudienceItem.Kind.THEME, t.getId()), false));
            y += lines.size() * lh;
            double barMax = area.w() - countW - gap;
            double barW = Math.max(2, barMax * t.getVotes() / most);
            boxes.add(new Box(Box.Role.BAR, area.x(), y + (lh - barH) / 2, barW, barH, List.of(), size, false,
                    t.isChosen() ? Palette.CHOSEN : Palette.BAR, ink, null, false));
            boxes.add(new Box(Box.Role.TEXT, area.x() + barW + gap, y, countW, lh, List.of(String.valueOf(t.getVotes())),
                    size, true, null, ink, null, false));
            y += lh + gap;
        }
        return boxes;
    }
}
