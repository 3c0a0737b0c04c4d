package nl.labtafel.ui.themes;

import java.util.List;

/** The notes being dragged between theme columns, from drag detected until released on a column. */
final class NoteDrag {
    private List<String> ids = List.of();

    void start(List<String> noteIds) {
        ids = List.copyOf(noteIds);
    }

    boolean active() {
        return !ids.isEmpty();
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
