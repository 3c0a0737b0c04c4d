package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.List;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.CanvasNote;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.AudienceItem;

/**
 * One research team's canvas: its theme as the title, the three lanes side by side (cards in the colour of
 * the actor group a note is linked to), then the team's outcome and "mogelijk vervolg".
 */
final class TeamLayout {
    private final Frame frame;
    private final Messages m;

    TeamLayout(Frame frame, Messages m) {
        this.frame = frame;
        this.m = m;
    }

    /** The team the room sees: the console's, else the first. */
    static ResearchTeam team(Session session, String teamId) {
        return session.getTeams().stream().filter(t -> t.getId().equals(teamId)).findFirst()
                .orElse(session.getTeams().isEmpty() ? null : session.getTeams().get(0));
    }

    List<List<Box>> layout(Session session, String teamId, double[] textSize) {
        ResearchTeam team = team(session, teamId);
        if (team == null) {
            textSize[0] = frame.floor;
            List<List<Box>> pages = new ArrayList<>();
            pages.add(new ArrayList<>(Notice.centred(m.get("audience.teams.empty"), frame)));
            return pages;
        }
        Language lang = m.language();
        String themeName = session.theme(team.getThemeId()).map(t -> t.getName()).orElse("");
        int index = session.getTeams().indexOf(team) + 1;
        String title = m.format("audience.team", index, session.getTeams().size(), themeName);
        double titleSize = Math.round(frame.floor * 1.3);
        List<String> titleLines = TextWrap.lines(title, titleSize, true, frame.width - 2 * frame.margin, frame.measure());
        double titleH = titleLines.size() * frame.measure().lineHeight(titleSize);
        Flow.Area full = frame.content(0);
        Box titleBox = new Box(Box.Role.TEXT, full.x(), full.y(), full.w(), titleH, titleLines, titleSize, true, null,
                Palette.INK, null, false);
        double below = titleH + Flow.gap(frame.floor);
        Flow.Area area = new Flow.Area(full.x(), full.y() + below, full.w(), full.h() - below);

        List<Flow.Section> lanes = new ArrayList<>();
        for (CanvasLane lane : CanvasLane.values()) {
            List<Flow.Item> items = new ArrayList<>();
            for (CanvasNote n : team.lane(lane)) {
                String fill = n.getActorGroupId() == null ? Palette.CARD
                        : session.actorGroup(n.getActorGroupId()).map(g -> Palette.orNoGroup(g.getColour()))
                                .orElse(Palette.CARD);
                items.add(new Flow.Item(n.getText(), null, fill, Palette.cardInk(fill),
                        new AudienceItem(AudienceItem.Kind.CANVAS_NOTE, n.getId())));
            }
            String q = session.getCanvasQuestions().question(lane).get(lang);
            lanes.add(new Flow.Section(q, m.format("audience.continued", q), null, Palette.INK, items));
        }
        Flow.Result r = new Fitter(new Flow(frame.measure(), Flow.Mode.COLUMN_EACH), 6, 3)
                .fit(lanes, area, frame.floor, (int) Math.max(frame.floor, area.h() / 8));
        textSize[0] = r.size();
        List<List<Box>> pages = new ArrayList<>(r.pages());

        List<Flow.Section> texts = new ArrayList<>();
        addText(texts, m.get("teams.outcome"), team.getOutcome());
        addText(texts, m.get("teams.next"), team.getNextStep());
        if (!texts.isEmpty()) {
            Flow.Result t = new Fitter(new Flow(frame.measure(), Flow.Mode.RUN), 16, 2)
                    .fit(texts, area, frame.floor, (int) Math.max(frame.floor, area.h() / 8));
            pages.addAll(t.pages());
        }
        pages.forEach(p -> p.add(0, titleBox));
        return pages;
    }

    private void addText(List<Flow.Section> texts, String heading, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(new Flow.Section(heading, m.format("audience.continued", heading), null, Palette.INK,
                    List.of(new Flow.Item(text.strip(), null, Palette.CARD, Palette.INK, null))));
        }
    }
}
