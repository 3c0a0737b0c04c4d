package nl.labtafel.model;

import java.util.Collection;
import java.util.List;

/** Edits of a research team's three-lane canvas, and turning a "proeven" note into an action. */
public final class CanvasOperations {

    private CanvasOperations() {
    }

    public static CanvasNote add(ResearchTeam team, CanvasLane lane, String text) {
        CanvasNote note = new CanvasNote(Ids.next("c"), text);
        team.lane(lane).add(note);
        return note;
    }

    public static void edit(ResearchTeam team, String noteId, String text) {
        find(team, noteId).note().setText(text);
    }

    /** Moves a note to {@code index} of {@code lane} (the same lane reorders). */
    public static void move(ResearchTeam team, String noteId, CanvasLane lane, int index) {
        Located from = find(team, noteId);
        team.lane(from.lane()).remove(from.note());
        List<CanvasNote> target = team.lane(lane);
        target.add(Math.max(0, Math.min(index, target.size())), from.note());
    }

    public static void remove(ResearchTeam team, String noteId) {
        Located located = find(team, noteId);
        team.lane(located.lane()).remove(located.note());
    }

    /** Links a canvas note to inventory notes and/or an actor group ("chemie": who can contribute). */
    public static void link(ResearchTeam team, String noteId, Collection<String> inventoryNoteIds, String actorGroupId) {
        CanvasNote note = find(team, noteId).note();
        note.getLinkedNoteIds().clear();
        note.getLinkedNoteIds().addAll(inventoryNoteIds);
        note.setActorGroupId(actorGroupId);
    }

    /** A "proeven" note becomes an agreed action, keeping where it came from. */
    public static ActionItem toAction(Session s, ResearchTeam team, String noteId, String owner) {
        CanvasNote note = find(team, noteId).note();
        ActionItem action = new ActionItem(Ids.next("a"), note.getText(), owner == null ? "" : owner);
        action.setTeamId(team.getId());
        action.setThemeId(team.getThemeId());
        action.setSourceNoteId(note.getId());
        s.getActions().add(action);
        return action;
    }

    private record Located(CanvasLane lane, CanvasNote note) {
    }

    private static Located find(ResearchTeam team, String noteId) {
        for (CanvasLane lane : CanvasLane.values()) {
            for (CanvasNote note : team.lane(lane)) {
                if (note.getId().equals(noteId)) {
                    return new Located(lane, note);
                }
            }
        }
        throw new IllegalArgumentException("no canvas note " + noteId);
    }
}
