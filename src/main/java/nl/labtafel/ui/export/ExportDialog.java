package nl.labtafel.ui.export;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.labtafel.export.ExportService;
import nl.labtafel.export.MinutesPictures;
import nl.labtafel.export.InventoryGrouping;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.FxDialogs;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.UiSettings;
import nl.labtafel.ui.edit.Converters;
import nl.labtafel.ui.look.Styles;
import nl.labtafel.ui.export.ExportViewModel.FileField;

/**
 * The export window: lays out and binds {@link ExportViewModel}, which decides what happens. Runs in
 * the background while the session window stays live; afterwards it offers to open each document or
 * their folder.
 */
public final class ExportDialog {
    private final ExportViewModel model;
    private final Messages m;
    private final Stage stage = new Stage();
    /** The open buttons wrap, so with three documents "Open map" stays inside the dialog. */
    private final FlowPane done = new FlowPane(8, 8);

    private ExportDialog(Window owner, SessionContext context, UiSettings settings, Consumer<Path> opener,
                         MinutesPictures pictures) {
        this.m = context.messages();
        this.model = new ExportViewModel(context, settings, new FxDialogs(stage, opener), context.background(),
                new ExportService(context.paths().templates(), pictures));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("exportDialog.title"));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, check("exportDialog.minutes", model.minutesProperty()),
                field(FileField.MINUTES), chooser(FileField.MINUTES));
        form.addRow(1, check("exportDialog.actions", model.actionsProperty()),
                field(FileField.ACTIONS), chooser(FileField.ACTIONS));
        form.addRow(2, check("exportDialog.excel", model.excelProperty()),
                field(FileField.EXCEL), chooser(FileField.EXCEL));
        form.addRow(3, new Label(m.get("exportDialog.template")), field(FileField.TEMPLATE), chooser(FileField.TEMPLATE));
        form.addRow(4, new Label(m.get("exportDialog.language")), languageChoice());
        form.addRow(5, new Label(m.get("exportDialog.appendix")), appendixChoice());
        form.addRow(6, new Label(m.get("exportDialog.author")), author());
        // One column of options: side by side they made the dialog wider than a 1280 screen, which squeezed
        // every label to "Actielijst in …" and "Bijlage inventa…".
        form.add(new VBox(6,
                check("exportDialog.canvasTables", model.canvasTablesProperty()),
                new HBox(8, check("exportDialog.picture", model.pictureProperty()), picturePages()),
                check("exportDialog.names", model.namesProperty()),
                tipped(check("exportDialog.contents", model.contentsProperty()), "exportDialog.contentsTip"),
                tipped(check("exportDialog.byDueDate", model.byDueDateProperty()), "exportDialog.byDueDateTip")),
                1, 7, 2, 1);
        form.getChildren().forEach(n -> {
            if (GridPane.getColumnIndex(n) == null || GridPane.getColumnIndex(n) == 0) {
                ((Region) n).setMinWidth(Region.USE_PREF_SIZE); // the row's label whole, the file field gives way
            }
        });
        VBox root = new VBox(12, form, progress(), status(), done, buttons());
        root.setStyle("-fx-padding: 1em;");
        done.prefWrapLengthProperty().bind(form.widthProperty());
        model.writtenFiles().addListener((ListChangeListener<Path>) change -> showOpenButtons());
        stage.setScene(new Scene(root));
        stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
    }

    /** Opens the dialog over the session window; {@code pictures} draws the minutes' pictures (the room's pages). */
    public static void show(Window owner, SessionContext context, UiSettings settings, Consumer<Path> opener,
                            MinutesPictures pictures) {
        new ExportDialog(owner, context, settings, opener, pictures).stage.show();
    }

    /** How many pages of pictures the minutes would get, once counted ("(4 pagina's)"). */
    private Label picturePages() {
        Label pages = new Label();
        pages.setId("export-picture-pages");
        pages.getStyleClass().add(Styles.MUTED);
        pages.textProperty().bind(Bindings.createStringBinding(() -> model.picturePagesProperty().get() < 0 ? ""
                : m.format("exportDialog.picturePages", model.picturePagesProperty().get()), model.picturePagesProperty()));
        return pages;
    }

    private CheckBox check(String key, BooleanProperty value) {
        CheckBox box = new CheckBox(m.get(key));
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    private CheckBox tipped(CheckBox box, String tipKey) {
        box.setTooltip(new Tooltip(m.get(tipKey)));
        return box;
    }

    private TextField author() {
        TextField author = new TextField();
        author.setId("export-author");
        author.setPromptText(m.get("exportDialog.authorPrompt"));
        author.textProperty().bindBidirectional(model.authorProperty());
        return author;
    }

    private TextField field(FileField which) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(model.fileProperty(which));
        field.setPrefColumnCount(36);
        return field;
    }

    private Button chooser(FileField which) {
        Button button = new Button(m.get("exportDialog.choose"));
        button.setOnAction(e -> model.choose(which));
        return button;
    }

    private ChoiceBox<Language> languageChoice() {
        ChoiceBox<Language> language = new ChoiceBox<>();
        language.getItems().addAll(Language.values());
        language.setConverter(Converters.displayOnly(l -> m.get("language." + l.code())));
        language.valueProperty().bindBidirectional(model.languageProperty());
        return language;
    }

    private ChoiceBox<InventoryGrouping> appendixChoice() {
        ChoiceBox<InventoryGrouping> appendix = new ChoiceBox<>();
        appendix.getItems().addAll(InventoryGrouping.values());
        appendix.setConverter(Converters.displayOnly(g -> m.get("exportDialog.appendix." + g.name())));
        appendix.valueProperty().bindBidirectional(model.appendixProperty());
        return appendix;
    }

    private ProgressBar progress() {
        ProgressBar progress = new ProgressBar(0);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.progressProperty().greaterThanOrEqualTo(0));
        return progress;
    }

    private Label status() {
        Label status = new Label();
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        return status;
    }

    private HBox buttons() {
        Button export = new Button(m.get("exportDialog.run"));
        export.setDefaultButton(true);
        export.disableProperty().bind(model.runningProperty());
        export.setOnAction(e -> model.export());
        Button close = new Button(m.get("exportDialog.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        return new HBox(8, export, close);
    }

    private void showOpenButtons() {
        done.getChildren().clear();
        if (model.writtenFiles().isEmpty()) {
            return;
        }
        for (Path file : model.writtenFiles()) {
            Button open = new Button(m.format("exportDialog.open", file.getFileName().toString()));
            open.setOnAction(e -> model.open(file));
            done.getChildren().add(open);
        }
        Button folder = new Button(m.get("exportDialog.openFolder"));
        folder.setOnAction(e -> model.openFolder());
        done.getChildren().add(folder);
        stage.sizeToScene();
    }
}
