package nl.labtafel.ui.followup;

import javafx.application.Platform;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.text.Text;
import javafx.util.converter.DefaultStringConverter;
import nl.labtafel.model.ActionItem;

/**
 * A text cell of the action table that shows its whole text, wrapped over as many lines as it needs, instead of
 * "Gemeente orga…": at 1024×768 and 1280×720 the columns are narrow, and an organiser checking the actions before
 * the minutes go out must read every word. Editing is the plain text field of {@link TextFieldTableCell}.
 */
class WrappingTextCell extends TextFieldTableCell<ActionItem, String> {
    /** What the cell keeps around its text, both sides (the table cell's padding, with a pixel to spare). */
    private static final double PADDING = 18;

    private final Text shown = new Text();
    /** The text height a new measuring of the row was last asked for, so it is asked once; -1 while the text fits. */
    private double remeasuredFor = -1;

    WrappingTextCell() {
        super(new DefaultStringConverter());
        shown.getStyleClass().add("lt-cell-text");
        shown.fontProperty().bind(fontProperty());
        shown.fillProperty().bind(textFillProperty());
        shown.wrappingWidthProperty().bind(widthProperty().subtract(PADDING));
    }

    @Override
    public void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        showWrapped();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        showWrapped();
    }

    /** Outside editing, the cell's text goes into the wrapping Text node (a Labeled would end it in "…"). */
    private void showWrapped() {
        if (isEditing() || isEmpty() || getText() == null || getText().isEmpty()) {
            return;
        }
        shown.setText(getText());
        setText(null);
        setGraphic(shown);
    }

    /**
     * The table measures a row before the row gives its cells their new widths; the text wraps again only then,
     * inside the row's layout, where JavaFX drops a cell's request for a new layout of the table. The row then kept
     * the height measured for the old width, its text centred and its first and last lines cut off (1280x720 on
     * opening, or a narrowed "Wat" column, issue 12). So a text taller than its cell asks for the row to be measured
     * again right after this layout pass, once per height: the table then grows the row or scrolls through it.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double needed = shown.getLayoutBounds().getHeight() + snappedTopInset() + snappedBottomInset();
        if (getGraphic() != shown || needed <= getHeight() + 0.5) {
            remeasuredFor = -1;
        } else if (needed != remeasuredFor) {
            remeasuredFor = needed;
            Platform.runLater(() -> {
                requestLayout();
                if (getTableRow() != null) {
                    getTableRow().requestLayout();
                }
            });
        }
    }

    /** The text as the table shows it (tests, and what a screen reader gets). */
    String shownText() {
        return getGraphic() == shown ? shown.getText() : getText();
    }
}
