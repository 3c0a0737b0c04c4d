package nl.labtafel.ui.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Ids;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.undo.AddNotesCommand;
import nl.labtafel.ui.undo.ChangeNotesCommand;
import nl.labtafel.ui.undo.CommandStack;
import nl.labtafel.ui.undo.MoveNotesCommand;
import nl.labtafel.ui.undo.RegroupNotesCommand;
import nl.labtafel.ui.undo.RemoveNotesCommand;

/**
 * State and edits of the inventory board, without a single Node: which actor group the next note
 * gets, what is selected, what the search matches, the counts per group. Every edit goes to the undo
 * stack as a named command; the view re-reads the model when the stack's revision changes.
 */
public final class BoardViewModel {
    private final Session session;
    private final CommandStack commands;
    private final Messages messages;
    private final ObjectProperty<ActorGroup> captureGroup = new SimpleObjectProperty<>(this, "captureGroup");
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    /** Only notes of this group are shown; null shows all. */
    private final ObjectProperty<ActorGroup> groupFilter = new SimpleObjectProperty<>(this, "groupFilter");
    private final ReadOnlyObjectWrapper<Map<String, Integer>> counts = new ReadOnlyObjectWrapper<>(this, "counts", Map.of());

    public BoardViewModel(SessionContext context) {
        this.session = context.session();
        this.commands = context.commands();
        this.messages = context.messages();
        if (!session.getActorGroups().isEmpty()) {
            captureGroup.set(session.getActorGroups().get(0));
        }
        commands.revisionProperty().addListener((obs, old, now) -> modelChanged());
        modelChanged();
    }

    private void modelChanged() {
        selection.removeIf(id -> session.note(id).isEmpty());
        Map<String, Integer> count = new LinkedHashMap<>();
        session.getActorGroups().forEach(g -> count.put(g.getId(), 0));
        for (Note note : session.getNotes()) {
            count.computeIfPresent(note.getActorGroupId(), (id, n) -> n + 1);
        }
        counts.set(Collections.unmodifiableMap(count));
    }

    public Session session() {
        return session;
    }

    public Messages messages() {
        return messages;
    }

    /** The group whose key is {@code key} (case-insensitive), if any. */
    public Optional<ActorGroup> groupForKey(String key) {
        return session.getActorGroups().stream().filter(g -> g.getKey().equalsIgnoreCase(key)).findFirst();
    }

    /** Adds one note per text in the capture group, each in a free place of its column; one undo step. */
    public List<Note> addNotes(List<String> texts) {
        ActorGroup group = captureGroup.get();
        List<Note> notes = new ArrayList<>();
        for (String text : texts) {
            notes.add(new Note(Ids.next("n"), text, group == null ? null : group.getId()));
        }
        NotePlacer.place(session, notes);
        String name = notes.size() == 1 ? messages.get("board.cmd.add") : messages.format("board.cmd.addMany", notes.size());
        commands.execute(new AddNotesCommand(session, notes, name));
        return notes;
    }

    public void deleteSelection() {
        if (!selection.isEmpty()) {
            String name = selection.size() == 1 ? messages.get("board.cmd.remove")
                    : messages.format("board.cmd.removeMany", selection.size());
            commands.execute(new RemoveNotesCommand(session, Set.copyOf(selection), name));
        }
    }

    /** Copies the selected notes beside the originals, in free places of their columns, and selects the copies. */
    public void duplicateSelection() {
        List<Note> copies = new ArrayList<>();
        for (Note note : selectedNotes()) {
            Note copy = note.copy();
            copy.setId(Ids.next("n"));
            copy.setVotes(0);
            copies.add(copy);
        }
        if (copies.isEmpty()) {
            return;
        }
        NotePlacer.place(session, copies);
        commands.execute(new AddNotesCommand(session, copies, messages.get("board.cmd.duplicate")));
        selection.clear();
        copies.forEach(c -> selection.add(c.getId()));
    }

    /**
     * Moves the selected notes to this group and into its column (a free place there), one undo step.
     * Returns how many notes moved.
     */
    public int changeGroupOfSelection(ActorGroup group) {
        List<Note> notes = selectedNotes().stream().filter(n -> !group.getId().equals(n.getActorGroupId())).toList();
        if (notes.isEmpty()) {
            return 0;
        }
        double x = NotePlacer.columnX(NotePlacer.columnOf(session, group.getId()));
        List<Note> taken = new ArrayList<>(session.getNotes());
        taken.removeAll(notes);
        List<RegroupNotesCommand.Regroup> changes = new ArrayList<>();
        for (Note note : notes) {
            double y = NotePlacer.freeY(taken, x);
            changes.add(new RegroupNotesCommand.Regroup(note, note.getActorGroupId(), note.getX(), note.getY(),
                    group.getId(), x, y));
            Note placed = note.copy();
            placed.setX(x);
            placed.setY(y);
            taken.add(placed);
        }
        commands.execute(new RegroupNotesCommand(changes, regroupName(notes.size(), group)));
        return notes.size();
    }

    /** "Post-it naar Gemeente", as the undo menu and the status line say it. */
    public String regroupName(int count, ActorGroup group) {
        String name = group.getName().get(messages.language());
        return count == 1 ? messages.format("board.cmd.regroup", name) : messages.format("board.cmd.regroupMany", count, name);
    }

    /**
     * A drag ended: notes dropped over another group's column join that group and sit in a free place
     * of the column near where they were dropped; the others just move. One undo step either way.
     * Returns the group joined, or null when the notes only moved.
     */
    public ActorGroup dropNotes(Collection<Note> notes, double dx, double dy) {
        if (notes.isEmpty() || (dx == 0 && dy == 0)) {
            return null;
        }
        List<ActorGroup> groups = session.getActorGroups();
        Note lead = notes.iterator().next();
        int column = NotePlacer.columnAt(lead.getX() + dx + NotePlacer.NOTE_WIDTH / 2);
        ActorGroup target = column >= 0 && column < groups.size() ? groups.get(column) : null;
        if (target == null || notes.stream().allMatch(n -> target.getId().equals(n.getActorGroupId()))) {
            moveNotes(notes, dx, dy);
            return null;
        }
        double x = NotePlacer.columnX(column);
        List<Note> taken = new ArrayList<>(session.getNotes());
        taken.removeAll(notes);
        List<RegroupNotesCommand.Regroup> changes = new ArrayList<>();
        for (Note note : notes) {
            double y = NotePlacer.freeYFrom(taken, x, note.getY() + dy);
            changes.add(new RegroupNotesCommand.Regroup(note, note.getActorGroupId(), note.getX(), note.getY(),
                    target.getId(), x, y));
            Note placed = note.copy();
            placed.setX(x);
            placed.setY(y);
            taken.add(placed);
        }
        commands.execute(new RegroupNotesCommand(changes, regroupName(notes.size(), target)));
        return target;
    }

    /** Closes the gaps in every column (deleted or moved notes), keeping each column's order; one undo step. */
    public int tidyUp() {
        Map<Note, double[]> moves = NotePlacer.tidy(session);
        if (moves.isEmpty()) {
            return 0;
        }
        List<MoveNotesCommand.Move> list = new ArrayList<>();
        moves.forEach((note, to) -> list.add(new MoveNotesCommand.Move(note, note.getX(), note.getY(), to[0], to[1])));
        commands.execute(new MoveNotesCommand(list, messages.get("board.cmd.tidy")));
        return list.size();
    }

    /** Writes the new text of an edited note; an emptied or unchanged note is left as it was. */
    public void editText(Note note, String text) {
        String clean = text == null ? "" : text.strip();
        if (!clean.isEmpty() && !clean.equals(note.getText())) {
            commands.execute(ChangeNotesCommand.text(note, clean, messages.get("board.cmd.edit")));
        }
    }

    /** Moves notes by a distance in board units, as one command when the drag ends. */
    public void moveNotes(Collection<Note> notes, double dx, double dy) {
        if (notes.isEmpty() || (dx == 0 && dy == 0)) {
            return;
        }
        List<MoveNotesCommand.Move> moves = notes.stream().map(n -> new MoveNotesCommand.Move(n, n.getX(), n.getY(),
                n.getX() + dx, n.getY() + dy)).toList();
        String name = notes.size() == 1 ? messages.get("board.cmd.move") : messages.format("board.cmd.moveMany", notes.size());
        commands.execute(new MoveNotesCommand(moves, name));
    }

    public List<Note> selectedNotes() {
        return session.getNotes().stream().filter(n -> selection.contains(n.getId())).toList();
    }

    /** Plain click selects only this note; Shift or Ctrl adds it or takes it out of the selection. */
    public void select(Note note, boolean extend) {
        if (!extend) {
            selection.clear();
            selection.add(note.getId());
        } else if (!selection.remove(note.getId())) {
            selection.add(note.getId());
        }
    }

    /** Notes the filter shows: all, or those of the filtered actor group. */
    public boolean isShown(Note note) {
        ActorGroup filter = groupFilter.get();
        return filter == null || filter.getId().equals(note.getActorGroupId());
    }

    /** True when a search is typed and the note's text or organisation contains it. */
    public boolean matches(Note note) {
        String query = search.get().strip().toLowerCase(Locale.ROOT);
        return !query.isEmpty() && (note.getText().toLowerCase(Locale.ROOT).contains(query)
                || note.getOrganisation().toLowerCase(Locale.ROOT).contains(query));
    }

    public boolean isSearching() {
        return !search.get().isBlank();
    }

    public int matchCount() {
        return isSearching() ? (int) session.getNotes().stream().filter(n -> isShown(n) && matches(n)).count() : 0;
    }

    public ObjectProperty<ActorGroup> captureGroupProperty() {
        return captureGroup;
    }

    public ObservableSet<String> selection() {
        return selection;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<ActorGroup> groupFilterProperty() {
        return groupFilter;
    }

    /** Notes per actor group id, in the order of the session's groups. */
    public ReadOnlyObjectProperty<Map<String, Integer>> countsProperty() {
        return counts.getReadOnlyProperty();
    }
}
