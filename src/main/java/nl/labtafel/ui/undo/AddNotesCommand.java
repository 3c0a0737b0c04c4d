package nl.labtafel.ui.undo;

import java.util.List;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;

/** Puts new notes on the board (captured, pasted line by line, or duplicated); undo takes them off again. */
public final class AddNotesCommand implements UndoableCommand {
    private final Session session;
    private final List<Note> notes;
    private final String name;

    public AddNotesCommand(Session session, List<Note> notes, String name) {
        this.session = session;
        this.notes = List.copyOf(notes);
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply() {
        session.getNotes().addAll(notes);
    }

    @Override
    public void revert() {
        // The added notes are the last ones unless later commands were undone first, which the stack guarantees.
        List<Note> all = session.getNotes();
        all.subList(all.size() - notes.size(), all.size()).clear();
    }

    List<Note> notes() {
        return notes;
    }

    @Override
    public Change change(boolean undo) {
        return Change.of(undo ? Change.Kind.REMOVED : Change.Kind.APPENDED, notes);
    }

    /** The last added note: redo shows it arriving. */
    @Override
    public Location location() {
        return notes.isEmpty() ? null : Location.item(notes.get(notes.size() - 1).getId());
    }
}
