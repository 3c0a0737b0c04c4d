package nl.labtafel.ui.followup;

import javafx.scene.control.Label;
import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import nl.labtafel.ui.common.WholeWords;

/**
 * A column heading that stays readable in a narrow table (1024×768, 1280×720): it wraps between words onto a
 * second line instead of ending in "…", and the column never gets narrower than its longest heading word in the
 * heading's own font (so "Wanneer" and "Status" are never cut to "Wa…" and "Sta…"), whatever the text size.
 * Minimums are kept tight on purpose: when the columns' minimums add up to more than the table's width, the
 * constrained resize policy gives up and every column takes its preferred width (half of them out of view).
 */
final class ReadableHeader {
    /** The header cell's padding, both sides, in ems of the heading font. */
    private static final double ROOM = 0.8;
    /** What a vertical scroll bar takes: the columns keep room for it so none goes under it. */
    private static final double SCROLL_BAR = 20;

    private ReadableHeader() {
    }

    static void apply(TableColumn<?, ?> column, String text) {
        apply(column, text, 0);
    }

    /** As {@link #apply(TableColumn, String)}, and never narrower than {@code floor} ems of the heading's font. */
    static void apply(TableColumn<?, ?> column, String text, double floor) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("lt-column-heading");
        label.setMinWidth(0);
        label.prefWidthProperty().bind(column.widthProperty().subtract(8));
        column.setText(text);
        column.setGraphic(label); // followup.css shows only this label in the header (graphic-only)
        InvalidationListener refit = o -> fit(column, label, text, floor);
        label.fontProperty().addListener(refit);
        label.widthProperty().addListener(refit);
        fit(column, label, text, floor);
    }

    /**
     * Hides {@code column} while the table is too narrow to give every column its minimum and still leave
     * {@code readable} pixels to the others' shares (1024×768, 1280×720), and shows it again when there is room.
     * For a column whose content is also shown elsewhere (the origin, beside the table).
     */
    static void foldWhenNarrow(TableView<?> table, TableColumn<?, ?> column, double readable) {
        InvalidationListener check = o ->
                column.setVisible(table.getWidth() <= 0 || neededWidth(table, null) + readable <= table.getWidth());
        table.widthProperty().addListener(check);
        table.getColumns().forEach(c -> c.minWidthProperty().addListener(check));
    }

    /**
     * The width {@code table} needs to show every column but {@code leftOut} (null: every column) at its minimum,
     * with its borders and room for its vertical scroll bar.
     */
    static double neededWidth(TableView<?> table, TableColumn<?, ?> leftOut) {
        double width = table.snappedLeftInset() + table.snappedRightInset() + SCROLL_BAR;
        for (TableColumn<?, ?> c : table.getColumns()) {
            width += c == leftOut ? 0 : c.getMinWidth();
        }
        return width;
    }

    /**
     * The column's minimum: the widest heading word plus what the header keeps around its label (measured once the
     * header is laid out: padding differs by look and text size); two lines high when the whole heading does not fit.
     */
    private static void fit(TableColumn<?, ?> column, Label label, String text, double floor) {
        Font font = label.getFont();
        double widest = WholeWords.widestWord(text, font);
        double insets = label.snappedLeftInset() + label.snappedRightInset();
        double textWidth = label.getWidth() - insets;
        double around = textWidth > 0 && column.getWidth() > textWidth
                ? column.getWidth() - textWidth : font.getSize() * ROOM + 8;
        double min = Math.ceil(Math.max(widest + around + 2, floor * font.getSize()));
        if (Math.abs(column.getMinWidth() - min) > 1) {
            column.setMinWidth(min);
        }
        Text probe = new Text(text);
        probe.setFont(font);
        boolean twoLines = textWidth > 0 && probe.getLayoutBounds().getWidth() > textWidth;
        double lines = twoLines ? Math.ceil(probe.getLayoutBounds().getHeight()) * 2 + 2 : Region.USE_COMPUTED_SIZE;
        if (label.getMinHeight() != lines) {
            label.setMinHeight(lines);
        }
    }
}
