package nl.labtafel.ui.room;

import nl.labtafel.room.InboxChange;
import nl.labtafel.room.RoomVotes;
import nl.labtafel.ui.undo.UndoableCommand;

/**
 * A decision on the room's inbox (accept, accept edited, merge, reject) or the closing of the room's
 * vote, as one undo step on the session's one stack. Undo puts the items back in the inbox.
 */
final class InboxCommand implements UndoableCommand {
    private final String name;
    private final Runnable apply;
    private final Runnable revert;

    private InboxCommand(String name, Runnable apply, Runnable revert) {
        this.name = name;
        this.apply = apply;
        this.revert = revert;
    }

    static InboxCommand of(String name, InboxChange change) {
        return new InboxCommand(name, change::apply, change::revert);
    }

    static InboxCommand closeVoting(String name, RoomVotes votes) {
        return new InboxCommand(name, votes::apply, votes::revert);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply() {
        apply.run();
    }

    @Override
    public void revert() {
        revert.run();
    }
}
