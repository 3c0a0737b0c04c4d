package nl.labtafel.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.labtafel.export.ExportException;
import nl.labtafel.export.ExportOptions;
import nl.labtafel.export.ExportService;
import nl.labtafel.export.InventoryGrouping;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.UiSettings;
import nl.labtafel.ui.edit.Converters;

/**
 * Export to Word: minutes and/or action list, template, language and options, where to. Runs in the
 * background with progress while the session window stays live; on success it offers to open the
 * document or its folder; on failure it says why (nothing half written: the service writes atomically).
 */
public final class ExportDialog {
    private final SessionContext context;
    private final Messages m;
    private final Consumer<Path> opener;
    private final Stage stage = new Stage();
    private final CheckBox minutes = new CheckBox();
    private final CheckBox actions = new CheckBox();
    private final TextField minutesFile = new TextField();
    private final TextField actionsFile = new TextField();
    private final CheckBox excel = new CheckBox();
    private final TextField excelFile = new TextField();
    private final TextField template = new TextField();
    private final ChoiceBox<Language> language = new ChoiceBox<>();
    private final ChoiceBox<InventoryGrouping> appendix = new ChoiceBox<>();
    private final CheckBox canvasTables = new CheckBox();
    private final CheckBox picture = new CheckBox();
    private final CheckBox names = new CheckBox();
    private final TextField author = new TextField();
    private final CheckBox contents = new CheckBox();
    private final CheckBox byDueDate = new CheckBox();
    private final UiSettings settings;
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button export = new Button();
    /** The open buttons wrap, so with three documents "Open map" stays inside the dialog. */
    private final FlowPane done = new FlowPane(8, 8);

    private ExportDialog(Window owner, SessionContext context, UiSettings settings, Consumer<Path> opener) {
        this.context = context;
        this.settings = settings;
        this.m = context.messages();
        this.opener = opener;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("exportDialog.title"));
        ExportDefaults defaults = new ExportDefaults(context);
        minutes.setText(m.get("exportDialog.minutes"));
        minutes.setSelected(true);
        actions.setText(m.get("exportDialog.actions"));
        actions.setSelected(!context.session().getActions().isEmpty());
        minutesFile.setText(defaults.minutesFile().toString());
        actionsFile.setText(defaults.actionsFile().toString());
        excel.setText(m.get("exportDialog.excel"));
        excelFile.setText(defaults.excelFile().toString());
        template.setText(defaults.minutesTemplate().toString());
        language.getItems().addAll(Language.values());
        language.setValue(context.session().language());
        language.setConverter(Converters.displayOnly(l -> m.get("language." + l.code())));
        appendix.getItems().addAll(InventoryGrouping.values());
        appendix.setValue(InventoryGrouping.NONE);
        appendix.setConverter(Converters.displayOnly(g -> m.get("exportDialog.appendix." + g.name())));
        canvasTables.setText(m.get("exportDialog.canvasTables"));
        picture.setText(m.get("exportDialog.picture"));
        picture.setSelected(!context.session().getThemes().isEmpty());
        names.setText(m.get("exportDialog.names"));
        author.setId("export-author");
        author.setText(settings.organiser());
        author.setPromptText(m.get("exportDialog.authorPrompt"));
        contents.setText(m.get("exportDialog.contents"));
        contents.setTooltip(new Tooltip(m.get("exportDialog.contentsTip")));
        byDueDate.setText(m.get("exportDialog.byDueDate"));
        byDueDate.setTooltip(new Tooltip(m.get("exportDialog.byDueDateTip")));
        export.setText(m.get("exportDialog.run"));
        export.setDefaultButton(true);
        export.setOnAction(e -> run());
        Button close = new Button(m.get("exportDialog.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, minutes, minutesFile, chooser(minutesFile, true));
        form.addRow(1, actions, actionsFile, chooser(actionsFile, true));
        form.addRow(2, excel, excelFile, chooser(excelFile, true));
        form.addRow(3, new Label(m.get("exportDialog.template")), template, chooser(template, false));
        form.addRow(4, new Label(m.get("exportDialog.language")), language);
        form.addRow(5, new Label(m.get("exportDialog.appendix")), appendix);
        form.addRow(6, new Label(m.get("exportDialog.author")), author);
        form.add(new HBox(24, new VBox(6, canvasTables, picture, names), new VBox(6, contents, byDueDate)), 1, 7);
        minutesFile.setPrefColumnCount(36);
        VBox root = new VBox(12, form, progress, status, done, new HBox(8, export, close));
        root.setStyle("-fx-padding: 1em;");
        done.prefWrapLengthProperty().bind(form.widthProperty());
        stage.setScene(new Scene(root));
        stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
    }

    /** Opens the dialog over the session window. */
    public static void show(Window owner, SessionContext context, UiSettings settings, Consumer<Path> opener) {
        new ExportDialog(owner, context, settings, opener).stage.show();
    }

    private Button chooser(TextField field, boolean save) {
        Button button = new Button(m.get("exportDialog.choose"));
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            if (field == excelFile) {
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("exportDialog.excelFiles"),
                        "*.xlsx"));
            } else {
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("exportDialog.wordFiles"),
                        "*.docx", "*.dotx"));
            }
            Path current = Path.of(field.getText());
            if (current.getParent() != null && Files.isDirectory(current.getParent())) {
                chooser.setInitialDirectory(current.getParent().toFile());
                chooser.setInitialFileName(current.getFileName().toString());
            }
            var file = save ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage);
            if (file != null) {
                field.setText(file.getAbsolutePath());
            }
        });
        return button;
    }

    private void run() {
        Path minutesOut = minutes.isSelected() ? Path.of(minutesFile.getText().strip()) : null;
        Path actionsOut = actions.isSelected() ? Path.of(actionsFile.getText().strip()) : null;
        Path excelOut = excel.isSelected() ? Path.of(excelFile.getText().strip()) : null;
        if (minutesOut == null && actionsOut == null && excelOut == null) {
            status.setText(m.get("exportDialog.nothing"));
            return;
        }
        List<Path> existing = Stream.of(minutesOut, actionsOut, excelOut)
                .filter(p -> p != null && Files.exists(p)).toList();
        if (!existing.isEmpty() && !confirmOverwrite(existing)) {
            return;
        }
        ExportOptions options = ExportOptions.defaults().withLanguage(language.getValue())
                .withInventoryAppendix(appendix.getValue()).withCanvasTables(canvasTables.isSelected())
                .includingNames(names.isSelected()).withMinutesTemplate(Path.of(template.getText().strip()))
                .withAuthor(author.getText().strip()).withTableOfContents(contents.isSelected())
                .withActionsByDueDate(byDueDate.isSelected());
        settings.setOrganiser(author.getText().strip());
        boolean withPicture = picture.isSelected() && minutesOut != null;
        ExportJob job = new ExportJob(new ExportService(context.paths().templates()), context.session().copy(),
                options, minutesOut, actionsOut, withPicture, m).withExcel(excelOut, context.fileProperty().get());
        export.setDisable(true);
        done.getChildren().clear();
        progress.setVisible(true);
        progress.setProgress(0);
        status.setText(m.get("exportDialog.running"));
        context.background().run(() -> job.run(f -> Platform.runLater(() -> progress.setProgress(f))),
                this::succeeded, this::failed);
    }

    private boolean confirmOverwrite(List<Path> files) {
        ButtonType replace = new ButtonType(m.get("exportDialog.replace"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("exportDialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, m.format("exportDialog.overwrite",
                String.join("\n", files.stream().map(Path::toString).toList())), replace, cancel);
        alert.initOwner(stage);
        alert.setTitle(m.get("exportDialog.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(720);
        return alert.showAndWait().filter(b -> b == replace).isPresent();
    }

    private void succeeded(List<Path> written) {
        export.setDisable(false);
        progress.setProgress(1);
        status.setText(m.format("exportDialog.done", String.join("\n", written.stream().map(Path::toString).toList())));
        for (Path file : written) {
            Button open = new Button(m.format("exportDialog.open", file.getFileName().toString()));
            open.setOnAction(e -> opener.accept(file));
            done.getChildren().add(open);
        }
        Button folder = new Button(m.get("exportDialog.openFolder"));
        folder.setOnAction(e -> opener.accept(written.get(0).toAbsolutePath().getParent()));
        done.getChildren().add(folder);
        stage.sizeToScene();
    }

    private void failed(Throwable error) {
        export.setDisable(false);
        progress.setVisible(false);
        status.setText(error instanceof ExportException e ? String.join("\n", e.describe(m))
                : m.format("exportDialog.failed", String.valueOf(error.getMessage())));
    }
}
