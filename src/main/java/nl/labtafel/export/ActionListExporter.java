package nl.labtafel.export;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.labtafel.export.ActionTable.Column;
import nl.labtafel.model.Session;

/**
 * The action list: title and date above one table of number, what, who, when, status, theme and a column for
 * progress or remarks, to be filled in as the actions move on.
 */
final class ActionListExporter {
    static final Set<StyleRole> NEEDED = EnumSet.of(StyleRole.NORMAL, StyleRole.TITLE, StyleRole.SUBTITLE,
            StyleRole.TABLE);
    private static final List<Column> COLUMNS = List.of(Column.NUMBER, Column.WHAT, Column.WHO, Column.WHEN,
            Column.STATUS, Column.ORIGIN, Column.PROGRESS);

    private final Session session;
    private final ExportOptions options;
    private final ExportLabels labels;
    private final DocWriter out;

    ActionListExporter(Session session, ExportOptions options, ExportLabels labels, DocWriter out) {
        this.session = session;
        this.options = options;
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
        ActionTable table = new ActionTable(session, labels, options.actionsByDueDate());
        if (table.isEmpty()) {
            out.paragraph(StyleRole.NORMAL, labels.get("actions.none"));
            return;
        }
        out.lead(labels.format(options.actionsByDueDate() ? "actions.countByDue" : "actions.count",
                table.actions().size()));
        out.table(table.headers(COLUMNS), table.rows(COLUMNS), ActionTable.whole(COLUMNS));
    }
}
