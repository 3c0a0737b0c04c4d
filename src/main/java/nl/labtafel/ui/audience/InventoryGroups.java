package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.ui.undo.Change;

/**
 * The session's post-its by actor group, in the session's order, as the room's inventory last laid them out, kept
 * up to date from what the console's commands say they changed ({@link Change}): adding a post-it to 5,000 touches
 * one group, not 5,000 notes. Whatever it cannot follow (a change that does not say, another session, other
 * groups) makes it sort all notes again. Not thread-safe: one per live audience view, used by one thread at a time
 * (the FX thread, or the room's layout thread with a {@link InventoryInput#captured captured} input).
 */
final class InventoryGroups {
    /** The key of post-its without a group, or with one the session no longer has. */
    static final String NONE = "\u0000none";
    /** More changes than this between two layouts: sorting all notes again is as cheap. */
    private static final int MOST_CHANGES = 256;

    /** One group's post-its, and the layout kept for them ({@link InventoryLayout}). */
    static final class Group {
        final String key;
        List<Note> notes = new ArrayList<>();
        /** Each note's card, at the same index; null where the layout must make it (again). */
        List<Flow.Item> items = new ArrayList<>();
        /** The notes or their fields changed since the layout last used this group. */
        boolean changed = true;
        Flow.Section section;
        final Reflow reflow = new Reflow();
        List<List<Box>> pages;

        Group(String key) {
            this.key = key;
        }
    }

    private final Map<String, Group> groups = new HashMap<>();
    private final Map<Note, Group> where = new IdentityHashMap<>();
    private final List<Change> pending = new ArrayList<>();
    private boolean lost = true;
    private Session session;
    private List<Note> list;
    private List<String> signature;
    /** What the notes are read through during a sync. */
    private InventoryInput in;

    /** What the session went through since the last {@link #sync}; {@link Change#ANY} when not known. */
    void record(List<Change> changes) {
        for (Change c : changes) {
            if (lost || c.kind() == Change.Kind.ANY || pending.size() >= MOST_CHANGES) {
                lost = true;
                pending.clear();
                return;
            }
            pending.add(c);
        }
    }

    /**
     * Brings the groups up to the session. {@code signature} is all the layout reads of the groups themselves (ids,
     * names, colours): when it differs, every group counts as changed.
     */
    void sync(InventoryInput input, List<String> groupIds, List<String> signature) {
        in = input;
        try {
            boolean same = !lost && input.session() == session && input.notes() == list
                    && signature.equals(this.signature);
            if (!same || !applyAll()) {
                if (!input.live()) {
                    lost = true;
                    throw new IllegalStateException("the room's inventory must sort every post-it again: FX thread only");
                }
                sortAll(groupIds);
            }
        } finally {
            in = null;
        }
        pending.clear();
        lost = false;
        session = input.session();
        list = input.notes();
        this.signature = signature;
    }

    /** The group with this key: a session group's id or {@link #NONE}. */
    Group group(String key) {
        return groups.get(key);
    }

    /** The layout used every group as it is now. */
    void laidOut() {
        groups.values().forEach(g -> g.changed = false);
    }

    private boolean applyAll() {
        for (Change c : pending) {
            if (!apply(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean apply(Change c) {
        if (c.kind() == Change.Kind.PLACES) {
            return true; // where a note lies is not the inventory's business
        }
        for (Note n : c.notes()) {
            Group now = groups.get(keyOf(n));
            Group was = where.get(n);
            boolean ok = switch (c.kind()) {
                case PLACES -> true;
                case EDITED -> was != null && (was == now ? forget(n, now) : remove(n) && insert(n, now));
                case APPENDED -> was == null && append(n, now);
                case REMOVED -> was != null && remove(n);
                case INSERTED -> was == null && insert(n, now);
                case ANY -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private String keyOf(Note n) {
        String id = in.fields(n).groupId();
        return id != null && groups.containsKey(id) ? id : NONE;
    }

    /** The note's card is to be made again. */
    private boolean forget(Note n, Group g) {
        int i = indexOf(g.notes, n, g.notes.size() - 1);
        if (i < 0) {
            return false;
        }
        g.items.set(i, null);
        g.changed = true;
        return true;
    }

    private boolean append(Note n, Group g) {
        g.notes.add(n);
        g.items.add(null);
        g.changed = true;
        where.put(n, g);
        return true;
    }

    private boolean remove(Note n) {
        Group g = where.remove(n);
        for (int i = g.notes.size() - 1; i >= 0; i--) {
            if (g.notes.get(i) == n) {
                g.notes.remove(i);
                g.items.remove(i);
                g.changed = true;
                return true;
            }
        }
        return false;
    }

    /** Puts the note after the nearest note before it in the session's list that is in its group already. */
    private boolean insert(Note n, Group g) {
        List<Note> all = in.order();
        int at = indexOf(all, n, all.size() - 1);
        if (at < 0) {
            return false;
        }
        int position = 0;
        for (int i = at - 1; i >= 0; i--) {
            if (where.get(all.get(i)) == g) {
                position = indexOf(g.notes, all.get(i), g.notes.size() - 1) + 1;
                break;
            }
        }
        g.notes.add(position, n);
        g.items.add(position, null);
        g.changed = true;
        where.put(n, g);
        return true;
    }

    private static int indexOf(List<Note> notes, Note n, int from) {
        for (int i = from; i >= 0; i--) {
            if (notes.get(i) == n) {
                return i;
            }
        }
        return -1;
    }

    private void sortAll(List<String> groupIds) {
        List<String> keys = new ArrayList<>(groupIds);
        keys.add(NONE);
        groups.keySet().retainAll(keys); // the groups kept keep their layout (Reflow), so a resort costs little
        for (String id : groupIds) {
            groups.computeIfAbsent(id, Group::new);
        }
        groups.computeIfAbsent(NONE, Group::new);
        groups.values().forEach(g -> {
            g.notes = new ArrayList<>();
            g.items = new ArrayList<>();
            g.changed = true;
        });
        where.clear();
        for (Note n : in.notes()) {
            Group g = groups.get(keyOf(n));
            g.notes.add(n);
            g.items.add(null);
            where.put(n, g);
        }
    }
}
