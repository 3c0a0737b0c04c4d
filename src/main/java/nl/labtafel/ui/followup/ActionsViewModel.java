package nl.labtafel.ui.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionNumbers;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Ids;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.undo.StructureCommand;

/** The agreed actions ("Afgesproken"): add, edit each field, remove; every change one undoable step. */
public final class ActionsViewModel {
    private final SessionContext context;

    public ActionsViewModel(SessionContext context) {
        this.context = context;
    }

    public List<ActionItem> actions() {
        return List.copyOf(context.session().getActions());
    }

    public void add(List<String> whats) {
        run(whats.size() == 1 ? "actions.cmd.add" : "actions.cmd.addMany",
                s -> whats.forEach(w -> s.getActions().add(new ActionItem(Ids.next("a"), w, ""))));
    }

    public void setWhat(String id, String what) {
        if (!what.isBlank()) {
            edit(id, "actions.cmd.what", a -> a.setWhat(what.strip()));
        }
    }

    public void setOwner(String id, String owner) {
        edit(id, "actions.cmd.owner", a -> a.setOwner(owner == null ? "" : owner.strip()));
    }

    public void setDue(String id, LocalDate due) {
        edit(id, "actions.cmd.due", a -> a.setDue(due));
    }

    public void setStatus(String id, ActionStatus status) {
        edit(id, "actions.cmd.status", a -> a.setStatus(status));
    }

    /** "Voortgang / opmerkingen": how far the action is, in a word or two. */
    public void setRemark(String id, String remark) {
        edit(id, "actions.cmd.remark", a -> a.setRemark(remark == null ? "" : remark.strip()));
    }

    /** The actions' numbers now, by the one rule shared with the Word and Excel exports. */
    public ActionNumbers numbers() {
        return ActionNumbers.of(context.session());
    }

    public void remove(String id) {
        run("actions.cmd.remove", s -> s.getActions().removeIf(a -> a.getId().equals(id)));
    }

    /** The actor groups' names, offered as owners ("who"); free text is allowed as well. */
    public List<String> ownerSuggestions() {
        Language language = context.session().language();
        return context.session().getActorGroups().stream().map(ActorGroup::getName).map(n -> n.get(language)).toList();
    }

    /** "Team 2 · Meedoen" or the theme's name: where an action came from. */
    public String origin(ActionItem action) {
        Session s = context.session();
        String theme = action.getThemeId() == null ? "" : s.theme(action.getThemeId()).map(t -> t.getName()).orElse("");
        int team = -1;
        for (int i = 0; i < s.getTeams().size(); i++) {
            if (s.getTeams().get(i).getId().equals(action.getTeamId())) {
                team = i + 1;
            }
        }
        return team > 0 ? context.messages().format("actions.fromTeam", team, theme) : theme;
    }

    public String statusText(ActionStatus status) {
        return context.messages().get("actions.status." + status.name());
    }

    private void edit(String id, String nameKey, Consumer<ActionItem> change) {
        ActionItem current = context.session().getActions().stream().filter(a -> a.getId().equals(id)).findFirst()
                .orElse(null);
        if (current == null) {
            return;
        }
        ActionItem probe = current.copy();
        change.accept(probe);
        if (same(probe, current)) {
            return;
        }
        run(nameKey, s -> s.getActions().stream().filter(a -> a.getId().equals(id)).findFirst().ifPresent(change));
    }

    private static boolean same(ActionItem a, ActionItem b) {
        return a.getWhat().equals(b.getWhat()) && a.getOwner().equals(b.getOwner())
                && Objects.equals(a.getDue(), b.getDue()) && a.getStatus() == b.getStatus()
                && Objects.equals(a.getRemark(), b.getRemark());
    }

    private void run(String nameKey, Consumer<Session> operation) {
        context.commands().execute(new StructureCommand(context.messages().get(nameKey), context.session(), operation));
    }
}
