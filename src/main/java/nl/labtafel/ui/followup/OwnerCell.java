package nl.labtafel.ui.followup;

import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;
import nl.labtafel.model.ActionItem;
import org.controlsfx.control.textfield.TextFields;

/** Who takes an action: free text, with the session's actor groups offered as you type (ControlsFX). */
final class OwnerCell extends TextFieldTableCell<ActionItem, String> {
    private final List<String> suggestions;
    private TextField completed;

    OwnerCell(List<String> suggestions) {
        super(new DefaultStringConverter());
        this.suggestions = suggestions;
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (isEditing() && getGraphic() instanceof TextField field && field != completed) {
            TextFields.bindAutoCompletion(field, suggestions);
            completed = field;
        }
    }
}
