package nl.labtafel.ui.followup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.BiConsumer;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import nl.labtafel.model.ActionItem;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.edit.Dates;

/** Due date of an action: shown as a date, edited with a date picker (typing a date works too). */
final class DueDateCell extends TableCell<ActionItem, LocalDate> {
    private final DatePicker picker = new DatePicker();
    private final DateTimeFormatter format;

    DueDateCell(Messages messages, BiConsumer<ActionItem, LocalDate> commit) {
        format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        // Typed the way the rest of the app takes dates (24-4-2018 in Dutch); nonsense gives no date, no crash.
        picker.setConverter(Dates.converter(messages));
        picker.setOnAction(e -> {
            if (isEditing()) {
                ActionItem item = getTableRow().getItem();
                LocalDate value = picker.getValue();
                cancelEdit();
                commit.accept(item, value);
            }
        });
        picker.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
            }
        });
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (isEditing()) {
            picker.setValue(getItem());
            setText(null);
            setGraphic(picker);
            picker.requestFocus();
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        show(getItem());
    }

    @Override
    protected void updateItem(LocalDate date, boolean empty) {
        super.updateItem(date, empty);
        show(empty ? null : date);
    }

    private void show(LocalDate date) {
        setGraphic(null);
        setText(date == null ? "" : format.format(date));
    }

    /** The picker's text field, so Tab can commit what was typed. */
    DatePicker picker() {
        return picker;
    }
}
