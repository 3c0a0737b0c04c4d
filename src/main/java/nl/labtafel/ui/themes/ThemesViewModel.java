package nl.labtafel.ui.themes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.labtafel.cluster.AcceptedProposals;
import nl.labtafel.cluster.LeftoverPlacement;
import nl.labtafel.cluster.ThemeProposal;
import nl.labtafel.model.Insight;
import nl.labtafel.model.InsightKind;
import nl.labtafel.model.Note;
import nl.labtafel.model.OperationRefused;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import nl.labtafel.model.ThemeOperations;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.undo.Location;
import nl.labtafel.ui.undo.StructureCommand;

/**
 * State and commands of the themes phase: the notes grouped per theme (unassigned first), the room's
 * dots, and every clustering and voting edit as one named undoable step. No Nodes here.
 */
public final class ThemesViewModel {
    private static final List<InsightKind> PANEL_ORDER = List.of(InsightKind.OPPORTUNITIES, InsightKind.CHALLENGES,
            InsightKind.IDEAS, InsightKind.OBSERVATIONS);
    private final SessionContext context;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * One column: a theme with its notes and the insights it came from, or the unassigned notes when
     * {@code theme} is null (insights without a theme stay in the insights panel, not here).
     */
    public record Column(Theme theme, List<Note> notes, List<Insight> insights) {
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
        columns.add(new Column(null, byTheme.get(null), List.of()));
        s.getThemes().forEach(t -> columns.add(new Column(t, byTheme.get(t.getId()), s.insightsOfTheme(t))));
        return columns;
    }

    /**
     * One insight for the panel beside the columns: its text, its list, and the name of the theme it joined (null
     * for none). Values, so the panel sees a renamed theme or an edited text as a change.
     */
    public record InsightEntry(Insight insight, String text, InsightKind kind, String themeName) {
    }

    /** The four lists' points in the phase's order, opportunities and challenges first: they most often make themes. */
    public List<InsightEntry> insights() {
        Session s = context.session();
        List<InsightEntry> entries = new ArrayList<>();
        for (InsightKind kind : PANEL_ORDER) {
            for (Insight insight : s.getInsights().list(kind)) {
                entries.add(new InsightEntry(insight, insight.getText(), kind,
                        s.themeOfInsight(insight.getId()).map(Theme::getName).orElse(null)));
            }
        }
        return entries;
    }

    /** A new theme from insights (they stay in their lists); its id, or null when refused. */
    public String makeThemeFromInsights(Collection<String> noteIds, Collection<String> insightIds) {
        String name = context.messages().format("themes.defaultName", context.session().getThemes().size() + 1);
        String[] made = new String[1];
        run(noteIds.isEmpty() ? "themes.cmd.makeFromInsight" : "themes.cmd.make",
                s -> made[0] = ThemeOperations.makeTheme(s, noteIds, insightIds, name).getId(), () -> made[0]);
        return made[0];
    }

    /** Insights join a theme, or leave theirs with {@code themeId == null}; nothing happens when none would change. */
    public void joinInsights(Collection<String> insightIds, String themeId) {
        Session s = context.session();
        List<String> moving = insightIds.stream().filter(id -> !java.util.Objects.equals(themeId,
                s.themeOfInsight(id).map(Theme::getId).orElse(null))).toList();
        if (moving.isEmpty()) {
            return;
        }
        run(themeId == null ? "themes.cmd.insightLeave" : "themes.cmd.insightJoin",
                session -> ThemeOperations.assignInsights(session, moving, themeId), () -> moving.get(0));
    }

    /**
     * Alt+Left/Right on an insight: the theme before or after the one it is in (before the first: none), so
     * the keys walk it along the columns as they walk a note.
     */
    public void stepInsight(String insightId, int delta) {
        List<Theme> themes = context.session().getThemes();
        int at = context.session().themeOfInsight(insightId).map(themes::indexOf).orElse(-1);
        int target = Math.max(-1, Math.min(themes.size() - 1, at + delta));
        if (target != at) {
            joinInsights(List.of(insightId), target < 0 ? null : themes.get(target).getId());
        }
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
        run("themes.cmd.make", s -> made[0] = ThemeOperations.makeTheme(s, noteIds, name).getId(), () -> made[0]);
        return made[0];
    }

    public void move(Collection<String> noteIds, String themeId) {
        run(themeId == null ? "themes.cmd.unassign" : "themes.cmd.move", s -> ThemeOperations.assign(s, noteIds, themeId),
                () -> noteIds.isEmpty() ? themeId : noteIds.iterator().next());
    }

    public void rename(String themeId, String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || context.session().theme(themeId).map(t -> t.getName().equals(trimmed)).orElse(true)) {
            return;
        }
        run("themes.cmd.rename", s -> ThemeOperations.rename(s, themeId, trimmed), () -> themeId);
    }

    public void merge(String targetId, String sourceId) {
        run("themes.cmd.merge", s -> ThemeOperations.merge(s, targetId, sourceId), () -> targetId);
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
        run(delta > 0 ? "themes.cmd.vote" : "themes.cmd.unvote", s -> ThemeOperations.vote(s, themeId, delta),
                () -> themeId);
    }

    public void voteNotes(Collection<String> noteIds, int delta) {
        run(delta > 0 ? "themes.cmd.voteNote" : "themes.cmd.unvoteNote",
                s -> noteIds.forEach(id -> ThemeOperations.voteNote(s, id, delta)),
                () -> noteIds.isEmpty() ? null : noteIds.iterator().next());
    }

    public void setChosen(String themeId, boolean chosen) {
        run(chosen ? "themes.cmd.choose" : "themes.cmd.unchoose", s -> ThemeOperations.setChosen(s, themeId, chosen),
                () -> themeId);
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
        run(nameKey, operation, () -> null);
    }

    /** {@code item}: what undo later shows (a note, insight or theme id), asked once the edit has run. */
    private void run(String nameKey, Consumer<Session> operation, Supplier<String> item) {
        try {
            context.commands().execute(new StructureCommand(context.messages().get(nameKey), context.session(), operation)
                    .shownAt(() -> new Location(PhaseKind.THEMES, item.get())));
            message.set("");
        } catch (OperationRefused refused) {
            message.set(refused.problem().render(context.messages()));
        }
    }
}
