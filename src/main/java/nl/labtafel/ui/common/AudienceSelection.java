package nl.labtafel.ui.common;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ListView;

/**
 * Tells the room what the console has selected, so the audience view can mark it and the spotlight knows what
 * to show. One line per list in a workspace; the returned runnable stops it.
 */
public final class AudienceSelection {

    private AudienceSelection() {
    }

    /** The list's selected item becomes the room's selection (when the facilitator selects it). */
    public static <T> Runnable follow(ListView<T> list, Function<T, AudienceItem> item, AudienceState room) {
        ChangeListener<T> listener = (o, was, is) -> {
            if (is != null) {
                room.selectionProperty().set(item.apply(is));
            }
        };
        list.getSelectionModel().selectedItemProperty().addListener(listener);
        return () -> list.getSelectionModel().selectedItemProperty().removeListener(listener);
    }

    /** While focus is inside {@code node}, {@code item} (e.g. its theme) is the room's selection. */
    public static Runnable whileFocused(Node node, Supplier<AudienceItem> item, AudienceState room) {
        ChangeListener<Boolean> listener = (o, was, is) -> {
            AudienceItem it = item.get();
            if (is && it != null) {
                room.selectionProperty().set(it);
            }
        };
        node.focusWithinProperty().addListener(listener);
        return () -> node.focusWithinProperty().removeListener(listener);
    }
}
