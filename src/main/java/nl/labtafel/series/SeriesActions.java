package nl.labtafel.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionNumbers;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.model.ActionTrace;
import nl.labtafel.model.CarriedFrom;

/**
 * Every action across a series, each once in its latest state: an action carried into a later session is
 * shown as it stands there (with its number there), not again as it stood when first agreed.
 */
public final class SeriesActions {

    /** One action of the series. {@code number} is its number in {@code entry}'s own action list. */
    public record Row(SeriesCatalog.Entry entry, int number, ActionItem action, String theme, boolean overdue) {

        public ActionStatus status() {
            return action.getStatus() == null ? ActionStatus.OPEN : action.getStatus();
        }

        public String owner() {
            return action.getOwner() == null ? "" : action.getOwner().strip();
        }

        /** Filters of the overview; null or blank means "any". Owner and theme match ignoring case. */
        public boolean matches(ActionStatus wantedStatus, String wantedOwner, String wantedTheme) {
            return (wantedStatus == null || status() == wantedStatus)
                    && (wantedOwner == null || wantedOwner.isBlank() || owner().equalsIgnoreCase(wantedOwner.strip()))
                    && (wantedTheme == null || wantedTheme.isBlank() || theme.equalsIgnoreCase(wantedTheme.strip()));
        }
    }

    private SeriesActions() {
    }

    public static List<Row> rows(List<SeriesCatalog.Entry> series, LocalDate today) {
        Set<String> carriedOn = new HashSet<>();
        for (SeriesCatalog.Entry e : series) {
            for (ActionItem a : e.session().getActions()) {
                CarriedFrom from = a.getCarriedFrom();
                if (from != null && from.getActionId() != null) {
                    carriedOn.add(key(from.getSessionFile(), from.getActionId()));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (SeriesCatalog.Entry e : series) {
            ActionNumbers numbers = ActionNumbers.of(e.session());
            for (ActionItem a : numbers.actions()) {
                if (carriedOn.contains(key(e.fileName(), a.getId()))) {
                    continue;
                }
                boolean open = a.getStatus() == null || a.getStatus().isOpen();
                boolean overdue = open && a.getDue() != null && a.getDue().isBefore(today);
                rows.add(new Row(e, numbers.number(a).getAsInt(), a, ActionTrace.of(e.session(), a).themeName(),
                        overdue));
            }
        }
        return rows;
    }

    private static String key(String file, String actionId) {
        return (file == null ? "" : file.toLowerCase(Locale.ROOT)) + "\u0000" + actionId;
    }
}
