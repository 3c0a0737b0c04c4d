package nl.labtafel.ui.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;

/**
 * Where a newly captured note goes: in its actor group's column, in the first gap from the top that
 * no other note overlaps. Board units are the pixels of the board at 100 % zoom.
 */
public final class NotePlacer {
    public static final double NOTE_WIDTH = 240;
    public static final double NOTE_HEIGHT = 138;
    public static final double GAP = 12;
    /** Columns 260 apart from x = 40 and rows 150 apart from y = 40: the grid of the example session. */
    public static final double COLUMN_WIDTH = 260;
    public static final double LEFT = 40;
    /** Column headers sit above this, notes start here. */
    public static final double TOP = 40;

    private NotePlacer() {
    }

    /** Left edge of the column of the group at this index (the column after the last is for notes without a group). */
    public static double columnX(int index) {
        return LEFT + index * COLUMN_WIDTH;
    }

    public static int columnOf(Session session, String groupId) {
        List<ActorGroup> groups = session.getActorGroups();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).getId().equals(groupId)) {
                return i;
            }
        }
        return groups.size();
    }

    /** Gives each new note a free place in its column; notes placed earlier in the list count as taken. */
    public static void place(Session session, List<Note> newNotes) {
        List<Note> taken = new ArrayList<>(session.getNotes());
        for (Note note : newNotes) {
            double x = columnX(columnOf(session, note.getActorGroupId()));
            note.setX(x);
            note.setY(freeY(taken, x));
            taken.add(note);
        }
    }

    /** The column index whose area contains board x (the note's centre), or -1 left of the first. */
    public static int columnAt(double x) {
        return x < LEFT - GAP ? -1 : (int) Math.floor((x - LEFT + GAP / 2) / COLUMN_WIDTH);
    }

    /** The first y at or below {@code fromY} (and >= TOP) where a note at x overlaps none of the others. */
    static double freeYFrom(Collection<Note> notes, double x, double fromY) {
        List<double[]> blocked = new ArrayList<>();
        for (Note other : notes) {
            if (Math.abs(other.getX() - x) < NOTE_WIDTH + GAP) {
                blocked.add(new double[] {other.getY() - NOTE_HEIGHT - GAP, other.getY() + NOTE_HEIGHT + GAP});
            }
        }
        blocked.sort((a, b) -> Double.compare(a[0], b[0]));
        double y = Math.max(TOP, fromY);
        boolean moved = true;
        while (moved) {
            moved = false;
            for (double[] range : blocked) {
                if (range[0] < y && y < range[1]) {
                    y = range[1];
                    moved = true;
                }
            }
        }
        return y;
    }

    /**
     * Notes of each column stacked from the top in their current order (top to bottom), a gap apart:
     * the holes deleted notes left close up. Returns the new position of every note that moves.
     */
    public static Map<Note, double[]> tidy(Session session) {
        Map<Integer, List<Note>> columns = new TreeMap<>();
        for (Note note : session.getNotes()) {
            columns.computeIfAbsent(columnOf(session, note.getActorGroupId()), k -> new ArrayList<>()).add(note);
        }
        Map<Note, double[]> moves = new LinkedHashMap<>();
        columns.forEach((column, notes) -> {
            notes.sort(Comparator.comparingDouble(Note::getY).thenComparingDouble(Note::getX));
            double x = columnX(column);
            double y = TOP;
            for (Note note : notes) {
                if (note.getX() != x || note.getY() != y) {
                    moves.put(note, new double[] {x, y});
                }
                y += NOTE_HEIGHT + GAP;
            }
        });
        return moves;
    }

    /** The lowest y >= TOP at which a note at x overlaps none of the others (with a gap between). */
    static double freeY(Collection<Note> notes, double x) {
        List<double[]> blocked = new ArrayList<>();
        for (Note other : notes) {
            if (Math.abs(other.getX() - x) < NOTE_WIDTH + GAP) {
                blocked.add(new double[] {other.getY() - NOTE_HEIGHT - GAP, other.getY() + NOTE_HEIGHT + GAP});
            }
        }
        blocked.sort((a, b) -> Double.compare(a[0], b[0]));
        double y = TOP;
        for (double[] range : blocked) {
            if (range[0] >= y) {
                break;
            }
            y = Math.max(y, range[1]);
        }
        return y;
    }
}
