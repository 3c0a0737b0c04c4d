package nl.labtafel.export;

import java.util.ArrayList;
import java.util.List;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.model.CarriedTheme;
import nl.labtafel.model.SeriesLink;
import nl.labtafel.model.Session;

/**
 * "Sinds de vorige keer" in the minutes of a follow-up session: what the previous LAB agreed and how it stands
 * now, grouped by status in the seed's plain tone, and the teams' "mogelijk vervolg" it started from. Left out
 * for a session that follows nothing.
 */
final class CarriedActionsSection {
    private static final List<ActionStatus> ORDER = List.of(ActionStatus.DONE, ActionStatus.IN_PROGRESS,
            ActionStatus.OPEN, ActionStatus.DROPPED);

    private final Session session;
    private final ExportLabels labels;
    private final DocWriter out;

    CarriedActionsSection(Session session, ExportLabels labels, DocWriter out) {
        this.session = session;
        this.labels = labels;
        this.out = out;
    }

    void write() {
        SeriesLink link = session.getSeries();
        List<ActionItem> carried = session.getActions().stream()
                .filter(a -> a.isCarried() && !SafeText.isBlank(a.getWhat())).toList();
        List<CarriedTheme> themes = link == null ? List.of() : link.getCarriedThemes().stream()
                .filter(t -> !SafeText.isBlank(t.getNextStep())).toList();
        if (carried.isEmpty() && themes.isEmpty()) {
            return;
        }
        out.paragraph(StyleRole.HEADING_1, labels.get("carried.section"));
        out.paragraph(StyleRole.NORMAL, lead(link, carried.size()));
        for (ActionStatus status : ORDER) {
            List<String> items = new ArrayList<>();
            for (ActionItem a : carried) {
                if ((a.getStatus() == null ? ActionStatus.OPEN : a.getStatus()) == status) {
                    items.add(item(a));
                }
            }
            if (!items.isEmpty()) {
                out.paragraph(StyleRole.HEADING_3, labels.get("carried.status." + status.name()));
                items.forEach(out::bullet);
            }
        }
        if (!themes.isEmpty()) {
            out.paragraph(StyleRole.NORMAL, labels.get("carried.themes.lead"));
            for (CarriedTheme t : themes) {
                String name = SafeText.clean(t.getName()).strip();
                String next = SafeText.clean(t.getNextStep()).strip();
                out.bullet(name.isEmpty() ? next : labels.format("carried.theme", name, next));
            }
        }
    }

    /** "In het vorige LAB, Arbeidsmigranten LAB van 24 april 2018, zijn drie actiepunten afgesproken …". */
    private String lead(SeriesLink link, int count) {
        String previous = link == null ? "" : SafeText.clean(link.getPreviousTitle()).strip();
        String date = link == null ? "" : labels.date(link.getPreviousDate());
        String where = previous.isEmpty() && date.isEmpty() ? labels.get("carried.previousPlain")
                : date.isEmpty() ? labels.format("carried.previousTitle", previous)
                : previous.isEmpty() ? labels.format("carried.previousDate", date)
                : labels.format("carried.previousBoth", previous, date);
        return count == 0 ? labels.format("carried.leadNone", where) : labels.format("carried.lead", where, count);
    }

    /** "Gemeente organiseert een vervolgbijeenkomst (Gemeente). Datumprikker is verstuurd." */
    private String item(ActionItem a) {
        String what = SafeText.clean(a.getWhat()).strip();
        String owner = SafeText.clean(MinutesExporter.nullToEmpty(a.getOwner())).strip();
        String remark = SafeText.clean(a.getRemark()).strip();
        String text = owner.isEmpty() ? what : labels.format("carried.itemOwner", what, owner);
        return remark.isEmpty() ? text : labels.format("carried.itemRemark", text, remark);
    }
}
