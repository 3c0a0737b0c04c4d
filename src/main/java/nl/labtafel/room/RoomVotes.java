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
