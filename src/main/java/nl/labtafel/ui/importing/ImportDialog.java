package nl.labtafel.ui.importing;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nl.labtafel.importing.ImportPlan;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Note;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;

/**
 * Import post-its: choose a file (CSV, TSV, Excel, another session) or paste cells, see what would be
 * added and which rows cannot be (by line), map the columns, then import as one undo step. Nothing is added
 * before "Importeren".
 */
public final class ImportDialog {
    /** The preview shows the first rows; the counts say how many there are in all. */
    static final int PREVIEW_ROWS = 500;

    private final Stage stage = new Stage();
    private final ImportViewModel model;
    private final SessionContext context;
    private final Messages m;
    private final TableView<Note> preview = new TableView<>();

    private ImportDialog(Window owner, SessionContext context) {
        this.context = context;
        this.m = context.messages();
        this.model = new ImportViewModel(context);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("import.title"));

        Button choose = new Button(m.get("import.chooseFile"));
        choose.setOnAction(e -> chooseFile());
        Button paste = new Button(m.get("import.paste"));
        paste.setOnAction(e -> model.paste(Clipboard.getSystemClipboard().getString()));
        Label status = new Label();
        status.textProperty().bind(model.status);
        status.setWrapText(true);
        status.setId("import-status");

        ChoiceBox<Integer> text = columnChoice(false, "import-text-column");
        ChoiceBox<Integer> group = columnChoice(true, "import-group-column");
        ChoiceBox<Integer> organisation = columnChoice(true, "import-organisation-column");
        bind(text, model.textColumn);
        bind(group, model.groupColumn);
        bind(organisation, model.organisationColumn);
        CheckBox header = new CheckBox(m.get("import.header"));
        header.selectedProperty().bindBidirectional(model.header);
        // Wraps at 1280x720 with the room's text size instead of cutting the labels to "...".
        FlowPane mapping = new FlowPane(12, 6, new HBox(6, label("import.textColumn"), text),
                new HBox(6, label("import.groupColumn"), group),
                new HBox(6, label("import.organisationColumn"), organisation), header);
        mapping.disableProperty().bind(model.sourceProperty().isNull()
                .or(Bindings.isEmpty(model.columns)));

        preview.setId("import-preview");
        preview.setPlaceholder(new Label(m.get("import.nothing")));
        preview.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Note, String> noteText = new TableColumn<>(m.get("import.column.text"));
        noteText.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getText()));
        noteText.setPrefWidth(520);
        TableColumn<Note, String> noteGroup = new TableColumn<>(m.get("import.column.group"));
        noteGroup.setCellValueFactory(c -> new ReadOnlyStringWrapper(groupName(c.getValue())));
        noteGroup.setPrefWidth(220);
        TableColumn<Note, String> noteOrg = new TableColumn<>(m.get("import.column.organisation"));
        noteOrg.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getOrganisation()));
        preview.getColumns().addAll(List.of(noteText, noteGroup, noteOrg));
        VBox.setVgrow(preview, Priority.ALWAYS);

        ListView<String> problems = new ListView<>(model.problems);
        problems.setId("import-problems");
        problems.setPrefHeight(140);
        problems.setMinHeight(110);
        preview.setMinHeight(140);
        Label problemsLabel = new Label(m.get("import.problems"));
        problemsLabel.visibleProperty().bind(Bindings.isNotEmpty(model.problems));
        problemsLabel.managedProperty().bind(problemsLabel.visibleProperty());
        problems.visibleProperty().bind(problemsLabel.visibleProperty());
        problems.managedProperty().bind(problemsLabel.visibleProperty());

        Button run = new Button(m.get("import.run"));
        run.setDefaultButton(true);
        run.setId("import-run");
        Button cancel = new Button(m.get("exportDialog.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        model.planProperty().addListener((obs, old, plan) -> {
            preview.setItems(FXCollections.observableArrayList(plan == null ? List.of()
                    : plan.notes().subList(0, Math.min(PREVIEW_ROWS, plan.notes().size()))));
            run.setDisable(!model.canImport());
            run.setText(plan == null || plan.notes().isEmpty() ? m.get("import.run")
                    : m.format("import.runCount", plan.notes().size(), plan.problems().size()));
        });
        run.setDisable(true);
        run.setOnAction(e -> {
            if (model.confirm() > 0) {
                stage.close();
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox root = new VBox(10, new HBox(8, choose, paste), status, mapping, preview, problemsLabel, problems,
                new HBox(8, gap, cancel, run));
        root.setStyle("-fx-padding: 1em;");
        stage.setScene(new Scene(root, Math.max(900, owner.getWidth() * 0.85), Math.max(560, owner.getHeight() * 0.85)));
        stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
    }

    private Label label(String key) {
        Label label = new Label(m.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Opens the import preview over the session window. */
    public static void show(Window owner, SessionContext context) {
        new ImportDialog(owner, context).stage.show();
    }

    /** Opens the preview with a file already chosen (the file chooser's way in; tests and screenshots use it). */
    public static void show(Window owner, SessionContext context, Path file) {
        ImportDialog dialog = new ImportDialog(owner, context);
        dialog.stage.show();
        dialog.model.open(file, null);
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("import.chooseFile"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("import.files"), "*.csv", "*.tsv", "*.txt", "*.xlsx", "*.json"),
                new FileChooser.ExtensionFilter(m.get("import.allFiles"), "*.*"));
        File folder = context.paths().sessions().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.open(chosen.toPath(), null);
        }
    }

    /** Choices are column indexes (-1: none), shown as "A: Tekst". */
    private ChoiceBox<Integer> columnChoice(boolean optional, String id) {
        ChoiceBox<Integer> box = new ChoiceBox<>();
        box.setId(id);
        Runnable fill = () -> {
            Integer keep = box.getValue();
            List<Integer> items = new ArrayList<>();
            if (optional) {
                items.add(-1);
            }
            for (int i = 0; i < model.columns.size(); i++) {
                items.add(i);
            }
            box.getItems().setAll(items);
            box.setValue(keep);
        };
        model.columns.addListener((ListChangeListener<String>) c -> fill.run());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer column) {
                return column == null || column < 0 ? m.get("import.noColumnChoice")
                        : column < model.columns.size() ? model.columns.get(column) : "";
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private static void bind(ChoiceBox<Integer> box, IntegerProperty column) {
        box.setValue(column.get());
        column.addListener((o, a, b) -> box.setValue(b.intValue()));
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                column.set(b);
            }
        });
    }

    private String groupName(Note note) {
        return context.session().actorGroup(note.getActorGroupId()).map(ActorGroup::getName)
                .map(n -> n.get(m.language())).orElse(m.get("import.noGroup"));
    }

    ImportPlan plan() {
        return model.planProperty().get();
    }
}
