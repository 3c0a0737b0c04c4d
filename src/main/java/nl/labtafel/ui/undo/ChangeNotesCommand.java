package nl.labtafel.ui.undo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import nl.labtafel.model.Note;

/** Sets one property (text or actor group) of some notes; undo restores each note's old value. */
public final class ChangeNotesCommand implements UndoableCommand {
    private final List<Note> notes;
    private final List<String> before = new ArrayList<>();
    private final String value;
    private final BiConsumer<Note, String> setter;
    private final String name;

    private ChangeNotesCommand(Collection<Note> notes, Function<Note, String> getter, BiConsumer<Note, String> setter,
            String value, String name) {
        this.notes = List.copyOf(notes);
        this.notes.forEach(n -> before.add(getter.apply(n)));
        this.setter = setter;
        this.value = value;
        this.name = name;
    }

    public static ChangeNotesCommand text(Note note, String text, String name) {
        return new ChangeNotesCommand(List.of(note), Note::getText, Note::setText, text, name);
    }

    public static ChangeNotesCommand actorGroup(Collection<Note> notes, String groupId, String name) {
        return new ChangeNotesCommand(notes, Note::getActorGroupId, Note::setActorGroupId, groupId, name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply() {
        notes.forEach(n -> setter.accept(n, value));
    }

    @Override
    public void revert() {
        for (int i = 0; i < notes.size(); i++) {
            setter.accept(notes.get(i), before.get(i));
        }
    }

    @Override
    public Change change(boolean undo) {
        return Change.of(Change.Kind.EDITED, notes);
    }

    @Override
    public Location location() {
        return notes.isEmpty() ? null : Location.item(notes.get(0).getId());
    }
}
