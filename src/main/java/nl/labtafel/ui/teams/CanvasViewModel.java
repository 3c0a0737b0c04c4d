package nl.labtafel.ui.teams;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.CanvasNote;
import nl.labtafel.model.CanvasOperations;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.ui.common.ActorGroupStyles;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.undo.Location;
import nl.labtafel.ui.undo.StructureCommand;

/**
 * One research team's canvas: the three lanes and every edit of them as one named undoable step.
 * The team is looked up by id each time, because undo puts back copies of the team.
 */
public final class CanvasViewModel {
    private final SessionContext context;
    private final String teamId;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public CanvasViewModel(SessionContext context, String teamId) {
        this.context = context;
        this.teamId = teamId;
    }

    public Optional<ResearchTeam> team() {
        return context.session().getTeams().stream().filter(t -> t.getId().equals(teamId)).findFirst();
    }

    public List<CanvasNote> lane(CanvasLane lane) {
        return team().map(t -> List.copyOf(t.lane(lane))).orElse(List.of());
    }

    public String question(CanvasLane lane) {
        return context.session().getCanvasQuestions().question(lane).get(context.session().language());
    }

    public void add(CanvasLane lane, List<String> texts) {
        String[] last = new String[1];
        run(texts.size() == 1 ? "canvas.cmd.add" : "canvas.cmd.addMany",
                (s, t) -> texts.forEach(text -> last[0] = CanvasOperations.add(t, lane, text).getId()), () -> last[0]);
    }

    public void edit(String noteId, String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        run("canvas.cmd.edit", (s, t) -> CanvasOperations.edit(t, noteId, trimmed), () -> noteId);
    }

    public void move(String noteId, CanvasLane lane, int index) {
        run("canvas.cmd.move", (s, t) -> CanvasOperations.move(t, noteId, lane, index), () -> noteId);
    }

    public void remove(String noteId) {
        run("canvas.cmd.remove", (s, t) -> CanvasOperations.remove(t, noteId), () -> noteId);
    }

    /** Who can contribute: links a note to an actor group (null removes the link), keeping note links. */
    public void linkGroup(CanvasNote note, String groupId) {
        List<String> notes = List.copyOf(note.getLinkedNoteIds());
        run("canvas.cmd.link", (s, t) -> CanvasOperations.link(t, note.getId(), notes, groupId), note::getId);
    }

    public void linkNotes(CanvasNote note, List<String> inventoryNoteIds) {
        String group = note.getActorGroupId();
        run("canvas.cmd.link", (s, t) -> CanvasOperations.link(t, note.getId(), inventoryNoteIds, group), note::getId);
    }

    /** A "proeven" note becomes an action; its owner is the linked actor group, if any. */
    public void toAction(CanvasNote note) {
        String owner = context.session().actorGroup(note.getActorGroupId())
                .map(g -> g.getName().get(context.session().language())).orElse("");
        run("canvas.cmd.toAction", (s, t) -> CanvasOperations.toAction(s, t, note.getId(), owner), note::getId);
        message.set(context.messages().format("canvas.actionMade", note.getText()));
    }

    /** "Gemeente · 2 post-its": what a note is linked to, as shown on it. */
    public String linkText(CanvasNote note) {
        Session s = context.session();
        String group = s.actorGroup(note.getActorGroupId()).map(ActorGroup::getName)
                .map(n -> n.get(s.language())).orElse("");
        int count = note.getLinkedNoteIds().size();
        String notes = count == 0 ? "" : context.messages().format("canvas.linkedNotes", count);
        return group.isEmpty() || notes.isEmpty() ? group + notes : group + " \u00B7 " + notes;
    }

    /** The colour class of a linked actor group, as the board draws that group. */
    public String groupClass(String groupId) {
        return ActorGroupStyles.styleClass(context.session().getActorGroups(), groupId);
    }

    public SessionContext context() {
        return context;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** {@code item}: the canvas note undo later shows (asked once the edit ran); null shows the team's canvas. */
    private void run(String nameKey, BiConsumer<Session, ResearchTeam> edit, Supplier<String> item) {
        Consumer<Session> operation = s -> edit.accept(s, s.getTeams().stream()
                .filter(t -> t.getId().equals(teamId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("team " + teamId + " is gone")));
        context.commands().execute(new StructureCommand(context.messages().get(nameKey), context.session(), operation)
                .shownAt(() -> new Location(PhaseKind.RESEARCH_TEAMS, item.get() == null ? teamId : item.get())));
        message.set("");
    }
}
