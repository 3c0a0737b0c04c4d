package nl.labtafel.room;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.labtafel.model.RoomState;
import nl.labtafel.model.Session;

/**
 * The room's dots. Until the facilitator closes voting they are kept per ballot (so a participant can
 * move them) and nobody's phone sees a count; closing adds them to the themes' dots in one undoable step.
 */
public final class RoomVotes {
    private final Session session;
    private Map<String, Integer> added;

    private RoomVotes(Session session) {
        this.session = session;
    }

    /** Dots per theme id in the open ballots (not yet in the themes' own counts). */
    public static Map<String, Integer> tally(RoomState room) {
        Map<String, Integer> tally = new LinkedHashMap<>();
        if (room != null) {
            for (List<String> ballot : room.getBallots().values()) {
                ballot.forEach(id -> tally.merge(id, 1, Integer::sum));
            }
        }
        return tally;
    }

    /**
     * The session as the room's screen shows it: while the room votes, each theme's dots plus the room's open
     * ballots, unless the facilitator keeps them for the close ({@link RoomState#isDotsHiddenUntilClosed()}).
     * The session itself when there is nothing to add; otherwise a copy (the session's own counts change only
     * when voting closes, as one undo step). Phones never see others' dots before the close either way.
     */
    public static Session onScreen(Session session) {
        RoomState room = session.getRoom();
        if (room == null || room.isVotingClosed() || room.isDotsHiddenUntilClosed() || room.getBallots().isEmpty()) {
            return session;
        }
        Map<String, Integer> open = tally(room);
        if (open.isEmpty()) {
            return session;
        }
        Session shown = session.copy();
        open.forEach((id, n) -> shown.theme(id).ifPresent(t -> t.setVotes(t.getVotes() + n)));
        return shown;
    }

    /** Number of ballots with at least one dot. */
    public static int voters(RoomState room) {
        return room == null ? 0 : (int) room.getBallots().values().stream().filter(b -> !b.isEmpty()).count();
    }

    /** Closing voting: apply/revert for the console's undoable command. */
    public static RoomVotes close(Session session) {
        return new RoomVotes(session);
    }

    public void apply() {
        RoomState room = RoomKeys.ensure(session);
        added = tally(room);
        added.forEach((id, n) -> session.theme(id).ifPresent(t -> t.setVotes(t.getVotes() + n)));
        room.setVotingClosed(true);
    }

    public void revert() {
        added.forEach((id, n) -> session.theme(id).ifPresent(t -> t.setVotes(Math.max(0, t.getVotes() - n))));
        session.getRoom().setVotingClosed(false);
    }

    public int dots() {
        return added == null ? tally(session.getRoom()).values().stream().mapToInt(Integer::intValue).sum()
                : added.values().stream().mapToInt(Integer::intValue).sum();
    }
}
