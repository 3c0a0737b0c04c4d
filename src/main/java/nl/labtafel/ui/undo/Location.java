package nl.labtafel.ui.undo;

import nl.labtafel.model.PhaseKind;

/**
 * Where a change was made, so undo and redo can show it: the kind of phase whose workspace shows it
 * and the item there (a note, insight, theme or action id, or the id of a text field), either may be null.
 */
public record Location(PhaseKind phase, String item) {

    /** Only the item; the command stack adds the phase that was shown when the command ran. */
    public static Location item(String item) {
        return new Location(null, item);
    }

    /** This location, with the phase filled in from {@code fallback} where it has none. */
    Location completedBy(Location fallback) {
        if (fallback == null) {
            return this;
        }
        return new Location(phase != null ? phase : fallback.phase(), item != null ? item : fallback.item());
    }
}
