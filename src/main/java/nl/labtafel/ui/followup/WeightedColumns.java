package nl.labtafel.ui.followup;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * Shares the table's width among its columns in proportion to their preferred widths, never below a column's
 * minimum: "Wat" keeps its large share at 1280×720 while "Status" gets what its heading needs. JavaFX's own
 * constrained policies do not keep the proportions once minimums bite (at 1280×720 "Wat" ended up narrower than
 * "Voortgang" and its words broke mid-word). A column the facilitator drags keeps its new width as its share.
 * Not a {@code ConstrainedColumnResizeBase} on purpose: when the minimums add up to more than the table is wide
 * (the room panel open at 1280x720) the table scrolls sideways instead of cutting off its last column.
 */
final class WeightedColumns implements Callback<TableView.ResizeFeatures, Boolean> {

    /**
     * Installs the policy on {@code table}. A heading's minimum grows once the header is laid out in its real font
     * (ReadableHeader), after the table already shared its width: the shares are worked out again then.
     */
    static void apply(TableView<?> table) {
        WeightedColumns policy = new WeightedColumns();
        table.setColumnResizePolicy(policy);
        InvalidationListener again = o -> Platform.runLater(() -> policy.call(new TableView.ResizeFeatures(table, null, 0d)));
        table.getColumns().forEach(c -> c.minWidthProperty().addListener(again));
    }

    @Override
    public Boolean call(TableView.ResizeFeatures features) {
        TableView<?> table = features.getTable();
        if (features.getColumn() != null) {
            boolean moved = TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS.call(features);
            table.getVisibleLeafColumns().forEach(c -> c.setPrefWidth(c.getWidth()));
            return moved;
        }
        List<? extends TableColumn<?, ?>> columns = table.getVisibleLeafColumns();
        if (features.getContentWidth() <= 0) {
            return false;
        }
        double[] widths = share(columns, features.getContentWidth());
        for (int i = 0; i < widths.length; i++) {
            features.setColumnWidth(columns.get(i), widths[i]);
        }
        return true;
    }

    /** Each column's width: its share of {@code room} by preferred width, held between its minimum and maximum. */
    static double[] share(List<? extends TableColumn<?, ?>> columns, double room) {
        int n = columns.size();
        double[] widths = new double[n];
        boolean[] held = new boolean[n];
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            free.add(i);
        }
        boolean changed = true;
        while (changed && !free.isEmpty()) {
            changed = false;
            double left = room;
            double weight = 0;
            for (int i = 0; i < n; i++) {
                if (held[i]) {
                    left -= widths[i];
                }
            }
            for (int i : free) {
                weight += Math.max(1, columns.get(i).getPrefWidth());
            }
            for (int i : free) {
                TableColumn<?, ?> c = columns.get(i);
                double w = Math.max(0, left) * Math.max(1, c.getPrefWidth()) / weight;
                double held0 = w < c.getMinWidth() ? c.getMinWidth() : w > c.getMaxWidth() ? c.getMaxWidth() : -1;
                if (held0 >= 0) {
                    widths[i] = held0;
                    held[i] = true;
                    changed = true;
                } else {
                    widths[i] = w;
                }
            }
            free.removeIf(i -> held[i]);
        }
        for (int i = 0; i < n; i++) {
            widths[i] = Math.floor(widths[i]); // whole pixels, so rounding never adds a horizontal scroll bar
        }
        return widths;
    }
}
