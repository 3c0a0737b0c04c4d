package nl.labtafel.ui.themes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.labtafel.cluster.AcceptedProposals;
import nl.labtafel.cluster.LeftoverPlacement;
import nl.labtafel.cluster.ThemeProposal;
import nl.labtafel.model.Note;
import nl.labtafel.model.OperationRefused;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import nl.labtafel.model.ThemeOperations;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.undo.StructureCommand;

/**
 * State and commands of the themes phase: the notes grouped per theme (unassigned first), the room's
 * dots, and every clustering and voting edit as one named undoable step. No Nodes here.
 */
public final class ThemesViewModel {
    private final SessionContext context;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** One column: a theme, or the unassigned notes when {@code theme} is null. */
    public record Column(Theme theme, List<Note> notes) {
        public String themeId() {
            return theme == null ? null : theme.getId();
        }
    }

    public ThemesViewModel(SessionContext context) {
        this.context = context;
    }

    public List<Column> columns() {
        Session s = context.session();
        Map<String, List<Note>> byTheme = new LinkedHashMap<>();
        byTheme.put(null, new ArrayList<>());
        s.getThemes().forEach(t -> byTheme.put(t.getId(), new ArrayList<>()));
        for (Note note : s.getNotes()) {
            byTheme.computeIfAbsent(note.getThemeId(), k -> byTheme.get(null)).add(note);
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(null, byTheme.get(null)));
        s.getThemes().forEach(t -> columns.add(new Column(t, byTheme.get(t.getId()))));
        return columns;
    }

    /** "Nog 58 stippen over" when the participant count is known, else the dots given. */
    public String dotsText() {
        Messages m = context.messages();
        return ThemeOperations.votesRemaining(context.session())
                .map(left -> m.format("themes.dotsLeft", left, context.session().getVotesPerParticipant()))
                .orElseGet(() -> m.format("themes.dotsGiven",
                        context.session().getThemes().stream().mapToInt(Theme::getVotes).sum()));
    }

    public List<Theme> ranking() {
        return ThemeOperations.ranking(context.session());
    }

    public String makeTheme(Collection<String> noteIds) {
        String name = context.messages().format("themes.defaultName", context.session().getThemes().size() + 1);
        String[] made = new String[1];
        run("themes.cmd.make", s -> made[0] = ThemeOperations.makeTheme(s, noteIds, name).getId());
        return made[0];
    }

    public void move(Collection<String> noteIds, String themeId) {
        run(themeId == null ? "themes.cmd.unassign" : "themes.cmd.move", s -> ThemeOperations.assign(s, noteIds, themeId));
    }

    public void rename(String themeId, String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || context.session().theme(themeId).map(t -> t.getName().equals(trimmed)).orElse(true)) {
            return;
        }
        run("themes.cmd.rename", s -> ThemeOperations.rename(s, themeId, trimmed));
    }

    public void merge(String targetId, String sourceId) {
        run("themes.cmd.merge", s -> ThemeOperations.merge(s, targetId, sourceId));
    }

    public void split(String themeId, Collection<String> noteIds) {
        if (noteIds.isEmpty()) {
            message.set(context.messages().get("themes.splitNeedsSelection"));
            return;
        }
        String name = context.messages().format("themes.defaultName", context.session().getThemes().size() + 1);
        run("themes.cmd.split", s -> ThemeOperations.split(s, themeId, noteIds, name));
    }

    public void delete(String themeId) {
        run("themes.cmd.delete", s -> ThemeOperations.delete(s, themeId));
    }

    public void vote(String themeId, int delta) {
        run(delta > 0 ? "themes.cmd.vote" : "themes.cmd.unvote", s -> ThemeOperations.vote(s, themeId, delta));
    }

    public void voteNotes(Collection<String> noteIds, int delta) {
        run(delta > 0 ? "themes.cmd.voteNote" : "themes.cmd.unvoteNote",
                s -> noteIds.forEach(id -> ThemeOperations.voteNote(s, id, delta)));
    }

    public void setChosen(String themeId, boolean chosen) {
        run(chosen ? "themes.cmd.choose" : "themes.cmd.unchoose", s -> ThemeOperations.setChosen(s, themeId, chosen));
    }

    public void chooseTop(int n) {
        run("themes.cmd.chooseTop", s -> ThemeOperations.chooseTop(s, n));
    }

    /**
     * Accepted suggestions become themes in one undoable step: only unassigned notes move, manual themes
     * stay as they are. False when nothing would change.
     */
    public boolean acceptSuggestions(List<ThemeProposal> accepted) {
        AcceptedProposals.Change change = AcceptedProposals.plan(context.session(), accepted);
        if (change.isEmpty()) {
            return false;
        }
        run("themes.cmd.acceptSuggestions", change::applyTo);
        return true;
    }

    /**
     * Leftover notes into the existing themes the facilitator accepted for them, in one undoable step. A note that
     * has meanwhile been put in a theme, or whose theme is gone, is skipped. False when nothing would change.
     */
    public boolean placeLeftovers(List<LeftoverPlacement.Fit> accepted) {
        Session s = context.session();
        Map<String, List<String>> byTheme = new LinkedHashMap<>();
        for (LeftoverPlacement.Fit f : accepted) {
            boolean loose = s.note(f.noteId()).map(n -> n.getThemeId() == null || s.theme(n.getThemeId()).isEmpty())
                    .orElse(false);
            if (loose && s.theme(f.themeId()).isPresent()) {
                byTheme.computeIfAbsent(f.themeId(), k -> new ArrayList<>()).add(f.noteId());
            }
        }
        if (byTheme.isEmpty()) {
            return false;
        }
        run(byTheme.values().stream().mapToInt(List::size).sum() == 1 ? "themes.cmd.placeLeftover"
                : "themes.cmd.placeLeftovers", session -> byTheme.forEach((themeId, ids) ->
                ThemeOperations.assign(session, ids, themeId)));
        return true;
    }

    /** The last refusal or hint, for the status line of the phase; cleared by the next edit. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void run(String nameKey, Consumer<Session> operation) {
        try {
            context.commands().execute(new StructureCommand(context.messages().get(nameKey), context.session(), operation));
            message.set("");
        } catch (OperationRefused refused) {
            message.set(refused.problem().render(context.messages()));
        }
    }
}
