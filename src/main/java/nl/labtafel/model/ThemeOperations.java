package nl.labtafel.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Clustering by hand and dot voting, as plain edits of a session. A note is never deleted by any of
 * them; a theme whose research team holds work is never dropped silently ({@link OperationRefused}).
 */
public final class ThemeOperations {

    private ThemeOperations() {
    }

    /** A new theme holding the given notes (taken out of the theme they were in). */
    public static Theme makeTheme(Session s, Collection<String> noteIds, String name) {
        Theme theme = new Theme(Ids.next("t"), name);
        s.getThemes().add(theme);
        assign(s, noteIds, theme.getId());
        return theme;
    }

    /** A new theme started from insights (and any notes): the insights stay in their lists. */
    public static Theme makeTheme(Session s, Collection<String> noteIds, Collection<String> insightIds, String name) {
        Theme theme = makeTheme(s, noteIds, name);
        assignInsights(s, insightIds, theme.getId());
        return theme;
    }

    /**
     * Lets insights join a theme (leaving the theme they were in), or with {@code themeId == null} leave their
     * theme. The insights themselves stay where they are in their lists.
     */
    public static void assignInsights(Session s, Collection<String> insightIds, String themeId) {
        Theme target = themeId == null ? null : theme(s, themeId);
        for (String id : insightIds) {
            if (s.getInsights().find(id).isEmpty()) {
                throw new IllegalArgumentException("no insight " + id);
            }
            s.getThemes().forEach(t -> t.getInsightIds().remove(id));
            if (target != null) {
                target.getInsightIds().add(id);
            }
        }
    }

    /** Puts notes into a theme, or back among the unassigned with {@code themeId == null}. */
    public static void assign(Session s, Collection<String> noteIds, String themeId) {
        if (themeId != null) {
            theme(s, themeId);
        }
        Set<String> ids = new HashSet<>(noteIds);
        for (Note note : s.getNotes()) {
            if (ids.contains(note.getId())) {
                note.setThemeId(themeId);
            }
        }
    }

    public static void rename(Session s, String themeId, String name) {
        theme(s, themeId).setName(name);
    }

    /** Moves everything of {@code sourceId} into {@code targetId}: notes, insights, votes, chosen flag, its team. */
    public static void merge(Session s, String targetId, String sourceId) {
        if (targetId.equals(sourceId)) {
            return;
        }
        Theme target = theme(s, targetId);
        Theme source = theme(s, sourceId);
        Optional<ResearchTeam> sourceTeam = team(s, sourceId);
        Optional<ResearchTeam> targetTeam = team(s, targetId);
        if (sourceTeam.isPresent() && targetTeam.isPresent()) {
            if (hasWork(sourceTeam.get())) {
                throw new OperationRefused("refused.mergeTeams", source.getName(), target.getName());
            }
            s.getTeams().remove(sourceTeam.get());
        } else {
            sourceTeam.ifPresent(t -> t.setThemeId(targetId));
        }
        for (Note note : s.getNotes()) {
            if (sourceId.equals(note.getThemeId())) {
                note.setThemeId(targetId);
            }
        }
        for (ActionItem action : s.getActions()) {
            if (sourceId.equals(action.getThemeId())) {
                action.setThemeId(targetId);
            }
        }
        source.getInsightIds().stream().filter(id -> !target.getInsightIds().contains(id))
                .forEach(target.getInsightIds()::add);
        target.setVotes(target.getVotes() + source.getVotes());
        target.setChosen(target.isChosen() || source.isChosen());
        s.getThemes().remove(source);
    }

    /** Takes some notes out of a theme into a new theme placed right after it. */
    public static Theme split(Session s, String themeId, Collection<String> noteIds, String newName) {
        Theme original = theme(s, themeId);
        Theme split = new Theme(Ids.next("t"), newName);
        s.getThemes().add(s.getThemes().indexOf(original) + 1, split);
        Set<String> ids = new HashSet<>(noteIds);
        for (Note note : s.getNotes()) {
            if (ids.contains(note.getId()) && themeId.equals(note.getThemeId())) {
                note.setThemeId(split.getId());
            }
        }
        return split;
    }

    /**
     * Deletes a theme; its notes return to the unassigned, its insights simply no longer point at a theme.
     * Refused when its research team holds work.
     */
    public static void delete(Session s, String themeId) {
        Theme theme = theme(s, themeId);
        Optional<ResearchTeam> team = team(s, themeId);
        if (team.isPresent() && hasWork(team.get())) {
            throw new OperationRefused("refused.deleteThemeWithTeam", theme.getName());
        }
        team.ifPresent(s.getTeams()::remove);
        for (Note note : s.getNotes()) {
            if (themeId.equals(note.getThemeId())) {
                note.setThemeId(null);
            }
        }
        for (ActionItem action : s.getActions()) {
            if (themeId.equals(action.getThemeId())) {
                action.setThemeId(null);
            }
        }
        s.getThemes().remove(theme);
    }

    /** Adds (or with a negative delta removes) dots on a theme; never below zero. */
    public static void vote(Session s, String themeId, int delta) {
        Theme theme = theme(s, themeId);
        theme.setVotes(Math.max(0, theme.getVotes() + delta));
    }

    public static void voteNote(Session s, String noteId, int delta) {
        Note note = s.note(noteId).orElseThrow(() -> new IllegalArgumentException("no note " + noteId));
        note.setVotes(Math.max(0, note.getVotes() + delta));
    }

    /** Dots the room has left: participants × budget − dots given; empty while the count is unknown. */
    public static Optional<Integer> votesRemaining(Session s) {
        Integer participants = s.getHeader().getParticipantCount();
        if (participants == null) {
            return Optional.empty();
        }
        int given = s.getThemes().stream().mapToInt(Theme::getVotes).sum()
                + s.getNotes().stream().mapToInt(Note::getVotes).sum();
        return Optional.of(participants * s.getVotesPerParticipant() - given);
    }

    /** Themes by votes, most first; equal votes keep the board's order. */
    public static List<Theme> ranking(Session s) {
        return ranking(s.getThemes());
    }

    /** The same for any list of themes (the room's screen ranks the themes with its open dots counted). */
    public static List<Theme> ranking(List<Theme> themes) {
        return themes.stream().sorted(Comparator.comparingInt(Theme::getVotes).reversed()).toList();
    }

    /**
     * Each theme's place in a {@link #ranking}: one more than the themes with more votes, so equal votes share a
     * place (1, 2, 2, 4). Before the first dot there is no ranking yet: every place is 0, and a ranking shows no
     * numbers (a list of ties numbered 1, 2, 3 would tell the room the first had won).
     */
    public static int[] places(List<Theme> ranking) {
        int[] places = new int[ranking.size()];
        if (ranking.isEmpty() || ranking.get(0).getVotes() == 0) {
            return places;
        }
        for (int i = 0; i < places.length; i++) {
            places[i] = i > 0 && ranking.get(i).getVotes() == ranking.get(i - 1).getVotes() ? places[i - 1] : i + 1;
        }
        return places;
    }

    /**
     * Chooses the {@code n} themes with most votes for research teams (and only those). Once the room has
     * voted, a theme without a single dot is never chosen, even when fewer than {@code n} themes got dots:
     * nobody asked for it. Before any vote, the first {@code n} in the board's order are chosen.
     */
    public static void chooseTop(Session s, int n) {
        List<Theme> ranking = ranking(s);
        boolean voted = !ranking.isEmpty() && ranking.get(0).getVotes() > 0;
        for (int i = 0; i < ranking.size(); i++) {
            Theme theme = ranking.get(i);
            setChosen(s, theme.getId(), i < n && (!voted || theme.getVotes() > 0));
        }
    }

    /**
     * Marks a theme chosen or not. A chosen theme gets its research team; un-choosing keeps a team that
     * holds work (the facilitator may re-choose) and removes an empty one.
     */
    public static void setChosen(Session s, String themeId, boolean chosen) {
        Theme theme = theme(s, themeId);
        theme.setChosen(chosen);
        Optional<ResearchTeam> team = team(s, themeId);
        if (chosen && team.isEmpty()) {
            s.getTeams().add(new ResearchTeam(Ids.next("team"), themeId));
        } else if (!chosen && team.isPresent() && !hasWork(team.get())) {
            s.getTeams().remove(team.get());
        }
    }

    public static Optional<ResearchTeam> team(Session s, String themeId) {
        return s.getTeams().stream().filter(t -> themeId.equals(t.getThemeId())).findFirst();
    }

    static boolean hasWork(ResearchTeam team) {
        return !team.getIngredients().isEmpty() || !team.getChemistry().isEmpty() || !team.getTrials().isEmpty()
                || !team.getOutcome().isBlank() || !team.getNextStep().isBlank() || !team.getMembers().isEmpty();
    }

    private static Theme theme(Session s, String themeId) {
        return s.theme(themeId).orElseThrow(() -> new IllegalArgumentException("no theme " + themeId));
    }
}
