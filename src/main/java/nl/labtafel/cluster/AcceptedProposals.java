package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.labtafel.model.Ids;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;

/**
 * Turns the proposals a facilitator accepted into one change of the session: new themes, and the unassigned
 * notes moved into them. The change is computed without touching the session, so the board can apply it and
 * undo it as one command. Notes already in a theme keep it (manual themes are never changed); the "other"
 * proposal and proposals left with no unassigned note create nothing.
 */
public final class AcceptedProposals {

    /** The themes to add and, per note id, the theme it moves into (and the value it had before). */
    public record Change(List<Theme> newThemes, Map<String, String> newThemeOfNote,
            Map<String, String> oldThemeOfNote) {
        public Change {
            newThemes = List.copyOf(newThemes);
            newThemeOfNote = Collections.unmodifiableMap(new LinkedHashMap<>(newThemeOfNote));
            oldThemeOfNote = Collections.unmodifiableMap(new LinkedHashMap<>(oldThemeOfNote));
        }

        public boolean isEmpty() {
            return newThemes.isEmpty();
        }

        public void applyTo(Session session) {
            newThemes.forEach(t -> session.getThemes().add(t.copy()));
            newThemeOfNote.forEach((id, themeId) -> session.note(id).ifPresent(n -> n.setThemeId(themeId)));
        }

        public void undoOn(Session session) {
            oldThemeOfNote.forEach((id, themeId) -> session.note(id).ifPresent(n -> n.setThemeId(themeId)));
            Set<String> added = new HashSet<>();
            newThemes.forEach(t -> added.add(t.getId()));
            session.getThemes().removeIf(t -> added.contains(t.getId()));
        }
    }

    private AcceptedProposals() {
    }

    public static Change plan(Session session, List<ThemeProposal> accepted) {
        return plan(session, accepted, () -> Ids.next("t"));
    }

    /** @param themeIds gives each new theme its id (tests pass a predictable one) */
    public static Change plan(Session session, List<ThemeProposal> accepted, Supplier<String> themeIds) {
        Set<String> existingThemes = new HashSet<>();
        session.getThemes().forEach(t -> existingThemes.add(t.getId()));
        List<Theme> themes = new ArrayList<>();
        Map<String, String> newTheme = new LinkedHashMap<>();
        Map<String, String> oldTheme = new LinkedHashMap<>();
        for (ThemeProposal proposal : accepted) {
            if (proposal.other() || proposal.label().isBlank()) {
                continue;
            }
            List<Note> movable = proposal.noteIds().stream()
                    .filter(id -> !newTheme.containsKey(id))
                    .map(session::note).flatMap(Optional::stream)
                    .filter(n -> n.getThemeId() == null || !existingThemes.contains(n.getThemeId()))
                    .toList();
            if (movable.isEmpty()) {
                continue;
            }
            Theme theme = new Theme(themeIds.get(), proposal.label().strip());
            themes.add(theme);
            for (Note n : movable) {
                newTheme.put(n.getId(), theme.getId());
                oldTheme.put(n.getId(), n.getThemeId());
            }
        }
        return new Change(themes, newTheme, oldTheme);
    }
}
