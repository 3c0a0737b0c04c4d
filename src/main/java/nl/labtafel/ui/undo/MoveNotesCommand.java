package nl.labtafel.ui.undo;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.labtafel.model.Note;

/**
 * Moves notes to new board positions, written once when a drag ends. Consecutive moves of the same
 * notes merge into one undo step (Scene Builder's RelocateSelectionJob), so nudging a note around
 * several times is undone at once.
 */
public final class MoveNotesCommand implements UndoableCommand {
    /** Old and new position of each moved note. */
    public record Move(Note note, double fromX, double fromY, double toX, double toY) {
    }

    private final Map<String, Move> moves = new LinkedHashMap<>();
    private final String name;

    public MoveNotesCommand(Iterable<Move> moves, String name) {
        moves.forEach(m -> this.moves.put(m.note().getId(), m));
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply() {
        moves.values().forEach(m -> {
            m.note().setX(m.toX());
            m.note().setY(m.toY());
        });
    }

    @Override
    public void revert() {
        moves.values().forEach(m -> {
            m.note().setX(m.fromX());
            m.note().setY(m.fromY());
        });
    }

    @Override
    public boolean mergeWith(UndoableCommand next) {
        if (!(next instanceof MoveNotesCommand other) || !other.moves.keySet().equals(moves.keySet())) {
            return false;
        }
        other.moves.forEach((id, m) -> {
            Move first = moves.get(id);
            moves.put(id, new Move(first.note(), first.fromX(), first.fromY(), m.toX(), m.toY()));
        });
        return true;
    }

    /** After a merge this names the notes of the whole step; the merged moves are all of the same notes. */
    @Override
    public Change change(boolean undo) {
        return Change.of(Change.Kind.PLACES, moves.values().stream().map(Move::note).toList());
    }

    @Override
    public Location location() {
        return moves.isEmpty() ? null : Location.item(moves.keySet().iterator().next());
    }
}
