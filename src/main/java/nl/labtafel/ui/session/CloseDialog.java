package nl.labtafel.ui.session;

import nl.labtafel.ui.look.DialogButtons;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import nl.labtafel.text.Messages;

/** "Save the changes?" when a session with unsaved changes is closed: save, discard or stay. */
final class CloseDialog {

    enum Choice { SAVE, DISCARD, CANCEL }

    private CloseDialog() {
    }

    static void ask(Window owner, Scene styleSource, Messages m, Consumer<Choice> answer) {
        ButtonType save = new ButtonType(m.get("close.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(m.get("close.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(m.get("close.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, m.get("close.question"), save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(m.get("close.title"));
        alert.setHeaderText(m.get("close.header"));
        alert.getDialogPane().getStylesheets().setAll(styleSource.getStylesheets());
        alert.getDialogPane().setId("close-dialog");
        DialogButtons.noCutOff(alert.getDialogPane());
        // Not showAndWait: tests and the FX thread stay free; the answer comes back through the callback.
        alert.setOnHidden(e -> {
            ButtonType result = alert.getResult();
            answer.accept(result == save ? Choice.SAVE : result == discard ? Choice.DISCARD : Choice.CANCEL);
        });
        alert.show();
    }
}
