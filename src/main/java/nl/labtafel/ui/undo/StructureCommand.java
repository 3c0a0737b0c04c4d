package nl.labtafel.ui.undo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.Note;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;

/**
 * An undoable edit of the session's structure (themes, votes, teams and canvases, actions, and which
 * theme each note is in) made by one of the model's operations. It keeps the state before and after,
 * so undo and redo restore exactly, without the operation needing an inverse. Note texts and
 * positions are not part of the snapshot; the board's own commands handle those.
 */
public final class StructureCommand implements UndoableCommand {
    private final String name;
    private final Session session;
    private final Consumer<Session> operation;
    private Snapshot before;
    private Snapshot after;
    private Supplier<Location> where = () -> null;

    public StructureCommand(String name, Session session, Consumer<Session> operation) {
        this.name = name;
        this.session = session;
        this.operation = operation;
    }

    @Override
    public String name() {
        return name;
    }

    /** Says where undo should show this change; asked once, right after the edit ran. */
    public StructureCommand shownAt(Supplier<Location> location) {
        this.where = location;
        return this;
    }

    @Override
    public Location location() {
        return where.get();
    }

    @Override
    public void apply() {
        if (after != null) {
            after.restore(session);
            return;
        }
        before = Snapshot.of(session);
        try {
            operation.accept(session);
        } catch (RuntimeException e) {
            before.restore(session);
            throw e;
        }
        after = Snapshot.of(session);
    }

    @Override
    public void revert() {
        before.restore(session);
    }

    private record Snapshot(List<Theme> themes, List<ResearchTeam> teams, List<ActionItem> actions,
                            List<Note> notes, String[] noteThemes, int[] noteVotes) {

        static Snapshot of(Session s) {
            List<Note> notes = List.copyOf(s.getNotes());
            String[] themes = new String[notes.size()];
            int[] votes = new int[notes.size()];
            for (int i = 0; i < themes.length; i++) {
                themes[i] = notes.get(i).getThemeId();
                votes[i] = notes.get(i).getVotes();
            }
            return new Snapshot(s.getThemes().stream().map(Theme::copy).toList(),
                    s.getTeams().stream().map(ResearchTeam::copy).toList(),
                    s.getActions().stream().map(ActionItem::copy).toList(), notes, themes, votes);
        }

        void restore(Session s) {
            s.setThemes(new ArrayList<>(themes.stream().map(Theme::copy).toList()));
            s.setTeams(new ArrayList<>(teams.stream().map(ResearchTeam::copy).toList()));
            s.setActions(new ArrayList<>(actions.stream().map(ActionItem::copy).toList()));
            for (int i = 0; i < notes.size(); i++) {
                notes.get(i).setThemeId(noteThemes[i]);
                notes.get(i).setVotes(noteVotes[i]);
            }
        }
    }
}
