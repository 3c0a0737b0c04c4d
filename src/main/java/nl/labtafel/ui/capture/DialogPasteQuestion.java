package nl.labtafel.ui.capture;

import nl.labtafel.ui.look.DialogButtons;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import nl.labtafel.text.Messages;

/** The question as a dialog over the window: "N regels geplakt: N post-its maken, of één?" */
public final class DialogPasteQuestion implements PasteQuestion {
    private final Messages messages;
    private final Node owner;
    private final String itemsKey;

    /** {@code itemsKey} names the items in the question (post-its or points), with {0} = count. */
    public DialogPasteQuestion(Messages messages, Node owner, String itemsKey) {
        this.messages = messages;
        this.owner = owner;
        this.itemsKey = itemsKey;
    }

    @Override
    public Optional<Answer> ask(int lineCount) {
        ButtonType perLine = new ButtonType(messages.format(itemsKey, lineCount), ButtonBar.ButtonData.YES);
        ButtonType oneItem = new ButtonType(messages.get("capture.paste.oneItem"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("capture.paste.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.format("capture.paste.question", lineCount),
                perLine, oneItem, cancel);
        alert.setHeaderText(null);
        DialogButtons.noCutOff(alert.getDialogPane());
        if (owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        alert.setTitle(messages.get("capture.paste.title"));
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        Optional<ButtonType> choice = alert.showAndWait();
        if (choice.isEmpty() || choice.get() == cancel) {
            return Optional.empty();
        }
        return Optional.of(choice.get() == perLine ? Answer.ONE_PER_LINE : Answer.ONE_ITEM);
    }
}
