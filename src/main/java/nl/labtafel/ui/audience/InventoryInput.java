package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import nl.labtafel.ui.undo.Change;

/**
 * What the room's inventory reads of the session. {@link #live} reads the notes as they are (FX thread).
 * {@link #captured} is taken on the FX thread when an edit is recorded, for a layout on the room's own thread while
 * the FX thread goes on changing the notes: the groups' names and colours, and the fields of just the post-its the
 * edits named. That is all a layout following those edits reads ({@link InventoryGroups} patches the groups from
 * them, cards are made only for them); anything else it would need (sorting every note again) it refuses.
 */
final class InventoryInput {
    /** A group as the layout shows it: {@code name} in the room's language, {@code colour} as the session has it. */
    record Group(String id, String name, String colour) {
    }

    /** A post-it's fields the inventory reads. */
    record Fields(String id, String text, String organisation, String groupId) {
        static Fields of(Note n) {
            return new Fields(n.getId(), n.getText(), n.getOrganisation(), n.getActorGroupId());
        }
    }

    private final Session session;
    private final List<Note> notes;
    private final int count;
    private final List<Group> groups;
    /** The copied fields, or null when live. */
    private final Map<Note, Fields> copied;
    /** The session's order as it was when captured, when a change may put notes back in it; else null. */
    private final List<Note> order;

    private InventoryInput(Session session, int count, List<Group> groups, Map<Note, Fields> copied,
                           List<Note> order) {
        this.session = session;
        this.notes = session.getNotes();
        this.count = count;
        this.groups = groups;
        this.copied = copied;
        this.order = order;
    }

    static InventoryInput live(Session s, Language lang) {
        return new InventoryInput(s, s.getNotes().size(), groups(s, lang), null, null);
    }

    /**
     * On the FX thread, as the changes are handed on: costs the notes they name, and for an edit or undo that may put
     * notes back into the order a copy of the list of references (a few microseconds for 5,000).
     */
    static InventoryInput captured(Session s, Language lang, List<Change> changes) {
        Map<Note, Fields> copied = new IdentityHashMap<>();
        boolean inserts = false;
        for (Change c : changes) {
            if (c.kind() == Change.Kind.PLACES) {
                continue; // the inventory does not read where a note lies
            }
            // an edit that moves a post-it to another group puts it back in the session's order there, as an undo does
            inserts |= c.kind() == Change.Kind.INSERTED || c.kind() == Change.Kind.EDITED;
            for (Note n : c.notes()) {
                copied.put(n, Fields.of(n));
            }
        }
        return new InventoryInput(s, s.getNotes().size(), groups(s, lang), copied,
                inserts ? List.copyOf(s.getNotes()) : null);
    }

    private static List<Group> groups(Session s, Language lang) {
        List<Group> all = new ArrayList<>(s.getActorGroups().size());
        for (ActorGroup g : s.getActorGroups()) {
            all.add(new Group(g.getId(), g.getName() == null ? g.getId() : g.getName().get(lang), g.getColour()));
        }
        return List.copyOf(all);
    }

    boolean live() {
        return copied == null;
    }

    /** The session, for identity only: another session means every group is sorted again. */
    Session session() {
        return session;
    }

    /** The session's list of notes: its identity, and (live only) its contents. */
    List<Note> notes() {
        return notes;
    }

    int count() {
        return count;
    }

    List<Group> groups() {
        return groups;
    }

    Fields fields(Note n) {
        if (copied == null) {
            return Fields.of(n);
        }
        Fields f = copied.get(n);
        if (f == null) {
            throw new IllegalStateException("the room's layout read a post-it no change named");
        }
        return f;
    }

    /** The session's order of notes (to put one back where it was). */
    List<Note> order() {
        if (copied == null) {
            return notes;
        }
        if (order == null) {
            throw new IllegalStateException("the room's layout read the order of notes no change put back");
        }
        return order;
    }
}
