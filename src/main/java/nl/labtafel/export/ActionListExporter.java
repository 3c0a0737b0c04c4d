package nl.labtafel.export;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;

/** The action list: title and date above one table of what, who, when, status and where it came from. */
final class ActionListExporter {
    static final Set<StyleRole> NEEDED = EnumSet.of(StyleRole.NORMAL, StyleRole.TITLE, StyleRole.SUBTITLE,
            StyleRole.TABLE);
    private static final double[] COLUMNS = {4.2, 1.6, 1.4, 1.1, 1.7};

    private final Session session;
    private final ExportLabels labels;
    private final DocWriter out;

    ActionListExporter(Session session, ExportLabels labels, DocWriter out) {
        this.session = session;
        this.labels = labels;
        this.out = out;
    }

    static String title(Session session, ExportLabels labels) {
        String title = SafeText.clean(session.getHeader().getTitle()).strip();
        return title.isEmpty() ? labels.get("actions.untitled") : labels.format("actions.title", title);
    }

    void write() {
        out.paragraph(StyleRole.TITLE, title(session, labels));
        String dateLine = labels.dateLine(session.getHeader());
        if (!dateLine.isEmpty()) {
            out.paragraph(StyleRole.SUBTITLE, dateLine);
        }
        List<ActionItem> actions = session.getActions().stream().filter(a -> !SafeText.isBlank(a.getWhat())).toList();
        if (actions.isEmpty()) {
            out.paragraph(StyleRole.NORMAL, labels.get("actions.none"));
            return;
        }
        List<List<String>> rows = actions.stream().map(a -> List.of(a.getWhat(),
                MinutesExporter.nullToEmpty(a.getOwner()), labels.date(a.getDue()), labels.status(a.getStatus()),
                origin(a))).toList();
        out.paragraph(StyleRole.NORMAL, labels.format("actions.count", actions.size()));
        out.table(List.of(labels.get("column.what"), labels.get("column.who"), labels.get("column.when"),
                labels.get("column.status"), labels.get("column.origin")), rows, COLUMNS);
    }

    /** The theme the action belongs to, directly or through its research team. */
    private String origin(ActionItem action) {
        String themeId = action.getThemeId();
        if (themeId == null && action.getTeamId() != null) {
            themeId = session.getTeams().stream().filter(t -> action.getTeamId().equals(t.getId())).findFirst()
                    .map(ResearchTeam::getThemeId).orElse(null);
        }
        return themeId == null ? "" : session.theme(themeId).map(Theme::getName).orElse("");
    }
}
