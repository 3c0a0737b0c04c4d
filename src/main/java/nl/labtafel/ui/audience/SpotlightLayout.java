package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.CanvasNote;
import nl.labtafel.model.Insight;
import nl.labtafel.model.InsightKind;
import nl.labtafel.model.Note;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.AudienceItem;

/** One post-it, insight, theme (with its post-its) or canvas note filling the screen. */
final class SpotlightLayout {
    private final Frame frame;
    private final Messages m;

    SpotlightLayout(Frame frame, Messages m) {
        this.frame = frame;
        this.m = m;
    }

    /** The spotlight's pages, or empty when the item is gone (deleted since): the room then sees the phase. */
    Optional<List<List<Box>>> layout(Session session, AudienceItem item, double[] textSize) {
        Optional<Flow.Section> section = section(session, item);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        boolean many = section.get().items().size() > 1;
        Flow.Area area = frame.content(0);
        Flow.Result r = new Fitter(new Flow(frame.measure(), Flow.Mode.RUN), many ? 10 : 1, many ? 4 : 1)
                .fit(List.of(section.get()), area, frame.floor, (int) Math.max(frame.floor, area.h() / (many ? 6 : 4)));
        textSize[0] = r.size();
        return Optional.of(new ArrayList<>(r.pages()));
    }

    private Optional<Flow.Section> section(Session session, AudienceItem item) {
        Language lang = m.language();
        switch (item.kind()) {
            case NOTE -> {
                return session.note(item.id()).map(n -> {
                    String colour = session.actorGroup(n.getActorGroupId()).map(g -> Palette.orNoGroup(g.getColour()))
                            .orElse(Palette.NO_GROUP);
                    String group = session.actorGroup(n.getActorGroupId()).map(g -> g.getName().get(lang))
                            .orElse(m.get("audience.noGroup"));
                    return single(group, card(n, colour, item));
                });
            }
            case INSIGHT -> {
                for (InsightKind kind : InsightKind.values()) {
                    for (Insight i : session.getInsights().list(kind)) {
                        if (i.getId().equals(item.id())) {
                            String list = m.get("insights.kind." + kind.name().toLowerCase(Locale.ROOT));
                            return Optional.of(single(list, new Flow.Item(i.getText(), null, Palette.CARD, Palette.INK,
                                    item)));
                        }
                    }
                }
                return Optional.empty();
            }
            case THEME -> {
                return session.theme(item.id()).map(t -> theme(session, t));
            }
            case CANVAS_NOTE -> {
                for (ResearchTeam team : session.getTeams()) {
                    for (CanvasLane lane : CanvasLane.values()) {
                        for (CanvasNote n : team.lane(lane)) {
                            if (n.getId().equals(item.id())) {
                                String q = session.getCanvasQuestions().question(lane).get(lang);
                                return Optional.of(single(q, new Flow.Item(n.getText(), null, Palette.CARD,
                                        Palette.INK, item)));
                            }
                        }
                    }
                }
                return Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Flow.Section theme(Session session, Theme t) {
        List<Flow.Item> items = new ArrayList<>();
        for (Note n : session.notesOfTheme(t.getId())) {
            String colour = session.actorGroup(n.getActorGroupId()).map(g -> Palette.orNoGroup(g.getColour()))
                    .orElse(Palette.NO_GROUP);
            items.add(card(n, colour, AudienceItem.note(n.getId())));
        }
        String title = (t.isChosen() ? "\u2713\u00a0" : "") + m.format("audience.theme", t.getName(), t.getVotes());
        return new Flow.Section(title, m.format("audience.continued", t.getName()), null, Palette.INK, items);
    }

    private static Flow.Item card(Note n, String colour, AudienceItem ref) {
        String organisation = n.getOrganisation() == null || n.getOrganisation().isBlank() ? null
                : "\u2014\u00a0" + n.getOrganisation().strip(); // the dash stays with the name
        return new Flow.Item(n.getText(), organisation, colour, Palette.cardInk(colour), ref);
    }

    private Flow.Section single(String label, Flow.Item card) {
        return new Flow.Section(label, m.format("audience.continued", label), null, Palette.QUIET, List.of(card));
    }
}
