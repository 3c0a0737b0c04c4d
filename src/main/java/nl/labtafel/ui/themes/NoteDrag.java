package nl.labtafel.ui.themes;

import java.util.List;

/**
 * What is being dragged between theme columns, from drag detected until released on a column: notes, or
 * insights (from the insights panel or a theme column).
 */
final class NoteDrag {
    private List<String> ids = List.of();
    private boolean insights;

    void start(List<String> noteIds) {
        ids = List.copyOf(noteIds);
        insights = false;
    }

    void startInsights(List<String> insightIds) {
        ids = List.copyOf(insightIds);
        insights = true;
    }

    boolean active() {
        return !ids.isEmpty();
    }

    /** True when the drag carries insights rather than notes (ask before {@link #take()}). */
    boolean carriesInsights() {
        return insights;
    }

    /** The dragged ids, once: the drag is over after this. */
    List<String> take() {
        List<String> taken = ids;
        ids = List.of();
        return taken;
    }

    void clear() {
        ids = List.of();
    }
}
