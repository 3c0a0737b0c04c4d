package nl.labtafel.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionNumbers;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;

/**
 * The agreed actions as table rows for the minutes and the action list: each with its number from
 * {@link ActionNumbers} (the same "actie 3" as in the app and in Excel), in the order agreed or by due date.
 */
final class ActionTable {
    /** The columns an action table can show, in this order. */
    enum Column { NUMBER, WHAT, WHO, WHEN, STATUS, ORIGIN, PROGRESS }

    private final Session session;
    private final ExportLabels labels;
    private final ActionNumbers numbers;
    private final List<ActionItem> actions;

    ActionTable(Session session, ExportLabels labels, boolean byDueDate) {
        this(session, labels, byDueDate, a -> true);
    }

    /** Only the actions {@code shown} accepts, each still with its own number. */
    ActionTable(Session session, ExportLabels labels, boolean byDueDate, Predicate<ActionItem> shown) {
        this.session = session;
        this.labels = labels;
        this.numbers = ActionNumbers.of(session);
        List<ActionItem> numbered = new ArrayList<>(session.getActions().stream()
                .filter(ActionNumbers::counts).filter(shown).toList());
        if (byDueDate) {
            // Stable: actions due the same day (or undated, last) keep the order they were agreed in.
            numbered.sort(Comparator.comparing(ActionItem::getDue, Comparator.nullsLast(Comparator.naturalOrder())));
        }
        this.actions = List.copyOf(numbered);
    }

    List<ActionItem> actions() {
        return actions;
    }

    boolean isEmpty() {
        return actions.isEmpty();
    }

    boolean anyDue() {
        return actions.stream().anyMatch(a -> a.getDue() != null);
    }

    boolean anyProgress() {
        return actions.stream().anyMatch(a -> !SafeText.isBlank(a.getRemark()));
    }

    List<String> headers(List<Column> columns) {
        return columns.stream().map(c -> labels.get("column." + key(c))).toList();
    }

    /** Number, date and status read badly broken over two lines ("1 juni / 2018"): they keep a line of their own. */
    static boolean[] whole(List<Column> columns) {
        boolean[] whole = new boolean[columns.size()];
        for (int i = 0; i < whole.length; i++) {
            Column c = columns.get(i);
            whole[i] = c == Column.NUMBER || c == Column.WHEN || c == Column.STATUS;
        }
        return whole;
    }

    List<List<String>> rows(List<Column> columns) {
        List<List<String>> rows = new ArrayList<>(actions.size());
        for (ActionItem action : actions) {
            rows.add(columns.stream().map(c -> cell(action, c)).toList());
        }
        return rows;
    }

    private static String key(Column column) {
        return switch (column) {
            case NUMBER -> "number";
            case WHAT -> "what";
            case WHO -> "who";
            case WHEN -> "when";
            case STATUS -> "status";
            case ORIGIN -> "origin";
            case PROGRESS -> "progress";
        };
    }

    private String cell(ActionItem action, Column column) {
        return switch (column) {
            case NUMBER -> numbers.number(action).stream().mapToObj(String::valueOf).findFirst().orElse("");
            case WHAT -> action.getWhat();
            case WHO -> MinutesExporter.nullToEmpty(action.getOwner());
            case WHEN -> labels.date(action.getDue());
            case STATUS -> labels.status(action.getStatus());
            case ORIGIN -> origin(action);
            case PROGRESS -> MinutesExporter.nullToEmpty(action.getRemark());
        };
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
