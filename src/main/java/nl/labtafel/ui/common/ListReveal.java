package nl.labtafel.ui.common;

import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * Shows an item of a list that undo or redo just changed: selects it, scrolls it into view, gives the list
 * the keyboard and marks the item's cell for a moment ({@link ChangeMark}).
 */
public final class ListReveal {

    private ListReveal() {
    }

    /** False when no item of the list matches. */
    public static <T> boolean reveal(ListView<T> list, Predicate<T> match) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (match.test(list.getItems().get(i))) {
                list.getSelectionModel().clearAndSelect(i);
                list.getFocusModel().focus(i);
                list.scrollTo(i);
                list.requestFocus();
                list.layout();
                T item = list.getItems().get(i);
                for (Node node : list.lookupAll(".list-cell")) {
                    if (node instanceof ListCell<?> cell && cell.getListView() == list && cell.getItem() == item) {
                        ChangeMark.flash(cell);
                    }
                }
                return true;
            }
        }
        return false;
    }
}
