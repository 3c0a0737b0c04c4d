package nl.labtafel.ui.teams;

import nl.labtafel.ui.look.DialogButtons;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.labtafel.model.CanvasNote;
import nl.labtafel.model.Note;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.edit.Converters;
import org.controlsfx.control.CheckListView;

/** Picks the inventory post-its a canvas note builds on (ControlsFX's CheckListView, with a filter). */
final class LinkNotesDialog {

    private LinkNotesDialog() {
    }

    static Optional<List<String>> ask(Window owner, Messages m, List<Note> inventory, CanvasNote note) {
        Dialog<List<String>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("canvas.linkNotes"));
        dialog.setHeaderText(note.getText());
        TextField filter = new TextField();
        filter.setPromptText(m.get("canvas.filter"));
        FilteredList<Note> shown = new FilteredList<>(FXCollections.observableArrayList(inventory));
        CheckListView<Note> list = new CheckListView<>(FXCollections.observableArrayList(inventory));
        list.setCellFactory(l -> new CheckBoxListCell<Note>(list::getItemBooleanProperty,
                Converters.displayOnly(Note::getText)));
        inventory.stream().filter(n -> note.getLinkedNoteIds().contains(n.getId()))
                .forEach(n -> list.getCheckModel().check(n));
        filter.textProperty().addListener((o, was, text) -> {
            String needle = text.toLowerCase();
            shown.setPredicate(n -> n.getText().toLowerCase().contains(needle));
            list.scrollTo(shown.isEmpty() ? 0 : inventory.indexOf(shown.get(0)));
        });
        list.setPrefSize(720, 420);
        dialog.getDialogPane().setContent(new VBox(8, filter, list));
        ButtonType link = new ButtonType(m.get("canvas.link"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("exportDialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(link, cancel);
        DialogButtons.noCutOff(dialog.getDialogPane());
        dialog.setResultConverter(b -> b == link
                ? list.getCheckModel().getCheckedItems().stream().map(Note::getId).toList() : null);
        return dialog.showAndWait();
    }
}
