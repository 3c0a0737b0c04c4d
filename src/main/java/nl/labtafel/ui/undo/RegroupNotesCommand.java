package nl.labtafel.ui.undo;

import java.util.List;
import nl.labtafel.model.Note;

/**
 * Moves notes to another actor group and into that group's column, as one step: on the board the
 * columns are the groups, so a note never shows in one group's column while it belongs to another.
 */
public final class RegroupNotesCommand implements UndoableCommand {
    /** A note's group and place before and after. */
    public record Regroup(Note note, String fromGroup, double fromX, double fromY, String toGroup, double toX,
                          double toY) {
    }

    private final List<Regroup> changes;
    private final String name;

    public RegroupNotesCommand(List<Regroup> changes, String name) {
        this.changes = List.copyOf(changes);
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply() {
        changes.forEach(c -> {
            c.note().setActorGroupId(c.toGroup());
            c.note().setX(c.toX());
            c.note().setY(c.toY());
        });
    }

    @Override
    public void revert() {
        changes.forEach(c -> {
            c.note().setActorGroupId(c.fromGroup());
            c.note().setX(c.fromX());
            c.note().setY(c.fromY());
        });
    }

    @Override
    public Change change(boolean undo) {
        return Change.of(Change.Kind.EDITED, changes.stream().map(Regroup::note).toList());
    }

    @Override
    public Location location() {
        return changes.isEmpty() ? null : Location.item(changes.get(0).note().getId());
    }
}
