package nl.labtafel.ui.followup;

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

    /** The text as the table shows it (tests, and what a screen reader gets). */
    String shownText() {
        return getGraphic() == shown ? shown.getText() : getText();
    }
}
