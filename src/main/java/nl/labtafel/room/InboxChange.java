package nl.labtafel.room;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.labtafel.model.CanvasNote;
import nl.labtafel.model.Ids;
import nl.labtafel.model.Insight;
import nl.labtafel.model.Note;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.RoomItem;
import nl.labtafel.model.RoomItemKind;
import nl.labtafel.model.RoomItemStatus;
import nl.labtafel.model.RoomState;
import nl.labtafel.model.Session;

/**
 * One decision of the facilitator on items of the inbox (accept, accept edited, merge into a note,
 * reject), as an apply/revert pair the console wraps in an undoable command. Accepted items land exactly
 * like typed ones: a post-it on the board in its group's column, an insight at the end of its list, a
 * note in the team's lane. Objects are looked up by id on every apply and revert, because undo of other
 * commands replaces teams with copies. Owner (FX) thread only.
 */
public final class InboxChange {
    private final Session session;
    private final RoomItemStatus status;
    private final List<Taken> taken = new ArrayList<>();
    private final List<Effect> effects = new ArrayList<>();

    /** An item and the place it had in the inbox. */
    private record Taken(int index, RoomItem item) {
    }

    private interface Effect {
        void apply(Session s);

        void revert(Session s);
    }

    private InboxChange(Session session, RoomItemStatus status, List<RoomItem> items) {
        this.session = session;
        this.status = status;
        List<RoomItem> inbox = session.getRoom().getInbox();
        for (RoomItem item : items) {
            int index = inbox.indexOf(item);
            if (index >= 0) {
                taken.add(new Taken(index, item));
            }
        }
        taken.sort(Comparator.comparingInt(Taken::index));
    }

    /**
     * Accepts the items; {@code editedTexts} (by key) replaces what the phone sent, {@code placer} gives new
     * post-its their place on the board (the board's own rule, handed in by the composition root).
     * Canvas notes for a team deleted meanwhile stay in the inbox.
     */
    public static InboxChange accept(Session session, List<RoomItem> items, Map<String, String> editedTexts,
                                     Consumer<List<Note>> placer) {
        List<RoomItem> placeable = items.stream()
                .filter(i -> i.getKind() != RoomItemKind.CANVAS_NOTE || team(session, i.getTeamId()).isPresent())
                .toList();
        InboxChange change = new InboxChange(session, RoomItemStatus.ACCEPTED, placeable);
        List<Note> newNotes = new ArrayList<>();
        for (Taken t : change.taken) {
            RoomItem item = t.item();
            String text = RoomRules.clean(editedTexts.getOrDefault(item.getKey(), item.getText()));
            switch (item.getKind()) {
                case NOTE -> {
                    Note note = new Note(Ids.next("n"), text, item.getActorGroupId());
                    note.setOrganisation(item.getOrganisation() == null ? "" : item.getOrganisation());
                    newNotes.add(note);
                    change.effects.add(new AddNote(note));
                }
                case INSIGHT -> change.effects.add(new AddInsight(item, new Insight(Ids.next("i"), text)));
                case CANVAS_NOTE -> {
                    CanvasNote note = new CanvasNote(Ids.next("c"), text);
                    note.setActorGroupId(item.getActorGroupId());
                    change.effects.add(new AddCanvasNote(item, note));
                }
            }
        }
        placer.accept(newNotes);
        return change;
    }

    public static InboxChange reject(Session session, List<RoomItem> items) {
        return new InboxChange(session, RoomItemStatus.REJECTED, items);
    }

    /** Folds the item into an existing post-it: its text is added on a new line unless the note says it already. */
    public static InboxChange mergeInto(Session session, RoomItem item, String noteId) {
        InboxChange change = new InboxChange(session, RoomItemStatus.ACCEPTED, List.of(item));
        change.effects.add(new MergeText(noteId, RoomRules.clean(item.getText())));
        return change;
    }

    /** How many inbox items this change decides. */
    public int count() {
        return taken.size();
    }

    public void apply() {
        RoomState room = session.getRoom();
        for (int i = taken.size() - 1; i >= 0; i--) {
            room.getInbox().remove(taken.get(i).index());
        }
        taken.forEach(t -> room.getReceipts().put(t.item().getKey(), status));
        effects.forEach(e -> e.apply(session));
    }

    public void revert() {
        RoomState room = session.getRoom();
        for (int i = effects.size() - 1; i >= 0; i--) {
            effects.get(i).revert(session);
        }
        for (Taken t : taken) {
            room.getInbox().add(Math.min(t.index(), room.getInbox().size()), t.item());
            room.getReceipts().put(t.item().getKey(), RoomItemStatus.PENDING);
        }
    }

    private static Optional<ResearchTeam> team(Session s, String id) {
        return s.getTeams().stream().filter(t -> t.getId().equals(id)).findFirst();
    }

    private record AddNote(Note note) implements Effect {
        public void apply(Session s) {
            s.getNotes().add(note);
        }

        public void revert(Session s) {
            s.getNotes().removeIf(n -> n.getId().equals(note.getId()));
        }
    }

    private record AddInsight(RoomItem item, Insight insight) implements Effect {
        public void apply(Session s) {
            s.getInsights().list(item.getInsightKind()).add(insight);
        }

        public void revert(Session s) {
            s.getInsights().list(item.getInsightKind()).removeIf(i -> i.getId().equals(insight.getId()));
        }
    }

    private record AddCanvasNote(RoomItem item, CanvasNote note) implements Effect {
        public void apply(Session s) {
            team(s, item.getTeamId()).ifPresent(t -> t.lane(item.getLane()).add(note));
        }

        public void revert(Session s) {
            team(s, item.getTeamId()).ifPresent(t -> t.lane(item.getLane()).removeIf(n -> n.getId().equals(note.getId())));
        }
    }

    private static final class MergeText implements Effect {
        private final String noteId;
        private final String added;
        private String before;

        MergeText(String noteId, String added) {
            this.noteId = noteId;
            this.added = added;
        }

        public void apply(Session s) {
            s.note(noteId).ifPresent(n -> {
                before = n.getText();
                boolean known = before.toLowerCase().contains(added.toLowerCase());
                n.setText(known ? before : before + "\n" + added);
            });
        }

        public void revert(Session s) {
            if (before != null) {
                s.note(noteId).ifPresent(n -> n.setText(before));
            }
        }
    }
}
