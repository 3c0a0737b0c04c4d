package nl.labtafel.ui.series;

import java.util.List;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionNumbers;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.model.CarriedTheme;
import nl.labtafel.model.SeriesLink;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.edit.Dates;

/**
 * The "Sinds de vorige keer" panel's state: the actions carried from the previous session (each with its
 * number here and there), the previous session's name, and its teams' "mogelijk vervolg". Every change is one
 * undo step on the session's stack. No controls: testable without a screen.
 */
final class SinceLastTimeModel {
    private final SessionContext context;
    private final Messages m;

    SinceLastTimeModel(SessionContext context) {
        this.context = context;
        this.m = context.messages();
    }

    /** Whether this session follows another: only then is the panel shown. */
    static boolean applies(Session session) {
        return session.getSeries() != null || session.getActions().stream().anyMatch(ActionItem::isCarried);
    }

    List<ActionItem> carried() {
        return context.session().getActions().stream().filter(ActionItem::isCarried).toList();
    }

    /** "3" — the action's number in this session, as in the action list and the Excel sheet. */
    String number(ActionItem action) {
        return ActionNumbers.of(context.session()).number(action.getId()).stream().mapToObj(String::valueOf)
                .findFirst().orElse("");
    }

    /** "Arbeidsmigranten LAB, 24 april 2018 · actie 1" — where it was agreed. */
    String origin(ActionItem action) {
        var from = action.getCarriedFrom();
        String date = from.getSessionDate() == null ? "" : Dates.format(m).format(from.getSessionDate());
        String session = from.getSessionTitle() == null || from.getSessionTitle().isBlank() ? from.getSessionFile()
                : from.getSessionTitle();
        String where = date.isEmpty() ? session : m.format("since.sessionDate", session, date);
        return from.getNumber() == null ? where : m.format("since.originNumber", where, from.getNumber());
    }

    String previousSession() {
        SeriesLink link = context.session().getSeries();
        if (link == null) {
            return "";
        }
        String title = link.getPreviousTitle() == null || link.getPreviousTitle().isBlank() ? link.getPreviousFile()
                : link.getPreviousTitle();
        return link.getPreviousDate() == null ? title
                : m.format("since.sessionDate", title, Dates.format(m).format(link.getPreviousDate()));
    }

    List<CarriedTheme> carriedThemes() {
        SeriesLink link = context.session().getSeries();
        return link == null ? List.of() : link.getCarriedThemes();
    }

    void setStatus(String actionId, ActionStatus status) {
        execute(new CarriedActionCommand<>(m.get("since.cmd.status"), context.session(), actionId,
                ActionItem::getStatus, ActionItem::setStatus, status));
    }

    void setRemark(String actionId, String remark) {
        execute(new CarriedActionCommand<>(m.get("since.cmd.remark"), context.session(), actionId,
                ActionItem::getRemark, ActionItem::setRemark, remark == null ? "" : remark.strip()));
    }

    private void execute(CarriedActionCommand<?> command) {
        if (!command.isNoOp()) {
            context.commands().execute(command);
        }
    }
}
