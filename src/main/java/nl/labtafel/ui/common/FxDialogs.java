package nl.labtafel.ui.common;

import nl.labtafel.ui.look.DialogButtons;
import nl.labtafel.ui.look.Stylesheets;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link Dialogs} as real JavaFX windows over an owner window; FX thread only. */
public final class FxDialogs implements Dialogs {
    /** Wide enough for a full path in a question, so it is not cut off with an ellipsis. */
    private static final double ALERT_WIDTH = 720;
    private final Window owner;
    private final Consumer<Path> desktop;

    /** @param desktop opens a file or folder with the desktop (HostServices.showDocument) */
    public FxDialogs(Window owner, Consumer<Path> desktop) {
        this.owner = owner;
        this.desktop = desktop;
    }

    @Override
    public Optional<Path> chooseFile(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(request.kind(), request.patterns()));
        Path initial = request.initial();
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        } else if (initial != null && initial.getParent() != null && Files.isDirectory(initial.getParent())) {
            chooser.setInitialDirectory(initial.getParent().toFile());
            chooser.setInitialFileName(initial.getFileName().toString());
        }
        File file = request.save() ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Stylesheets.wholeTheme(); // the start screen has only its share of the theme
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yesButton, noButton);
        prepare(alert, title);
        return alert.showAndWait().filter(b -> b == yesButton).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Stylesheets.wholeTheme();
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        prepare(alert, title);
        alert.showAndWait();
    }

    @Override
    public void openDocument(Path file) {
        desktop.accept(file);
    }

    private void prepare(Alert alert, String title) {
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        DialogButtons.noCutOff(alert.getDialogPane());
        alert.getDialogPane().setMinWidth(ALERT_WIDTH);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }
}
