package nl.labtafel.ui.followup;

import java.util.List;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.TextFields;

/** Who takes an action: free text, with the session's actor groups offered as you type (ControlsFX). */
final class OwnerCell extends WrappingTextCell {
    private final List<String> suggestions;
    private TextField completed;

    OwnerCell(List<String> suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (isEditing() && getGraphic() instanceof TextField field && field != completed) {
            // Enter on a suggestion takes it and confirms the cell, as Enter on typed text does: otherwise
            // the first Enter only fills in the suggestion and the name is not yet kept (issue 13).
            TextFields.bindAutoCompletion(field, suggestions)
                    .setOnAutoCompleted(e -> commitEdit(e.getCompletion()));
            completed = field;
        }
    }
}
