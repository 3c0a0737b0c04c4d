package nl.labtafel.cluster;

import java.util.List;
import java.util.Objects;

/**
 * One suggested theme: a short label and the notes in it. The "other" proposal holds the notes that fit no
 * theme; it is a place to look, not a theme to create, so {@link AcceptedProposals} skips it.
 */
public record ThemeProposal(String label, List<String> noteIds, boolean other) {
    public ThemeProposal {
        Objects.requireNonNull(label);
        noteIds = List.copyOf(noteIds);
    }

    public static ThemeProposal theme(String label, List<String> noteIds) {
        return new ThemeProposal(label, noteIds, false);
    }

    public static ThemeProposal other(String label, List<String> noteIds) {
        return new ThemeProposal(label, noteIds, true);
    }

    public ThemeProposal renamed(String newLabel) {
        return new ThemeProposal(newLabel, noteIds, other);
    }

    public ThemeProposal withNotes(List<String> newNoteIds) {
        return new ThemeProposal(label, newNoteIds, other);
    }
}
