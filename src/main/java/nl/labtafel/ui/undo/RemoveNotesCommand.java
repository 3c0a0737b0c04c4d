package nl.labtafel.ui.undo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;

/** Takes notes off the board; undo puts each back at its old place in the list (so the order of the minutes stays). */
public final class RemoveNotesCommand implements UndoableCommand {
    private final Session session;
    private final Set<String> ids;
    /** Undo brings the notes back: it shows this one. */
    private final String first;
    private final String name;
    private final List<Integer> indices = new ArrayList<>();
    private final List<Note> removed = new ArrayList<>();

    public RemoveNotesCommand(Session session, Collection<String> ids, String name) {
        this.session = session;
        this.ids = Set.copyOf(ids);
        this.first = ids.isEmpty() ? null : ids.iterator().next();
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply() {
        indices.clear();
        removed.clear();
        List<Note> all = session.getNotes();
        List<Note> kept = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Note note = all.get(i);
            if (ids.contains(note.getId())) {
                indices.add(i);
                removed.add(note);
            } else {
                kept.add(note);
            }
        }
        all.clear();
        all.addAll(kept);
    }

    @Override
    public void revert() {
        List<Note> all = session.getNotes();
        for (int i = 0; i < removed.size(); i++) {
            all.add(indices.get(i), removed.get(i));
        }
    }

    @Override
    public Change change(boolean undo) {
        return Change.of(undo ? Change.Kind.INSERTED : Change.Kind.REMOVED, removed);
    }

    @Override
    public Location location() {
        return first == null ? null : Location.item(first);
    }
}
