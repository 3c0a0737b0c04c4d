package nl.labtafel.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import nl.labtafel.text.Messages;

/** Asks a person what to do with a file that changed on disk; "Show differences" opens the comparison. */
final class ConflictDialog implements ConflictQuestion {
    private final Window owner;
    private final Scene styleSource;
    private final Messages m;

    ConflictDialog(Window owner, Scene styleSource, Messages m) {
        this.owner = owner;
        this.styleSource = styleSource;
        this.m = m;
    }

    @Override
    public void changedOnDisk(Path file, List<String> differences, Consumer<Choice> answer) {
        ButtonType copy = new ButtonType(m.get("conflict.keepMine"), ButtonBar.ButtonData.YES);
        ButtonType theirs = new ButtonType(m.get("conflict.loadTheirs"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(m.get("conflict.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, m.format("conflict.question", file.getFileName()), copy,
                theirs, cancel);
        alert.initOwner(owner);
        alert.setTitle(m.get("conflict.title"));
        alert.setHeaderText(m.get("conflict.header"));
        alert.getDialogPane().getStylesheets().setAll(styleSource.getStylesheets());
        alert.getDialogPane().setId("conflict-dialog");
        nl.labtafel.ui.look.DialogButtons.noCutOff(alert.getDialogPane());
        TextArea compare = new TextArea(differences.isEmpty() ? m.get("conflict.noCompare")
                : String.join("\n", differences));
        compare.setEditable(false);
        compare.setWrapText(true);
        alert.getDialogPane().setExpandableContent(compare);
        alert.setOnHidden(e -> {
            ButtonType result = alert.getResult();
            answer.accept(result == copy ? Choice.KEEP_MINE_AS_COPY : result == theirs ? Choice.LOAD_THEIRS
                    : Choice.CANCEL);
        });
        alert.show();
    }
}
