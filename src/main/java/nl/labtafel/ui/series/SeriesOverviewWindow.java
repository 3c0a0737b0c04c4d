package nl.labtafel.ui.series;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nl.labtafel.export.ExportException;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.series.SeriesActions;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.edit.Converters;
import nl.labtafel.ui.edit.Dates;

/**
 * All actions of the series this session belongs to, across its sessions in the sessions folder: filter by
 * status, owner and theme, overdue ones marked, and the list as shown to Excel.
 */
public final class SeriesOverviewWindow {
    private final Stage stage = new Stage();
    private final SeriesOverviewModel model;
    private final Messages m;
    private final Consumer<Path> opener;
    private final Label status = new Label();

    private SeriesOverviewWindow(Window owner, SessionContext context, Consumer<Path> opener) {
        this.model = new SeriesOverviewModel(context, LocalDate.now());
        this.m = context.messages();
        this.opener = opener;
        stage.initOwner(owner);
        stage.setTitle(m.get("series.title"));

        ComboBox<ActionStatus> statusFilter = new ComboBox<>();
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(ActionStatus.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActionStatus s) {
                return s == null ? m.get("series.any") : m.get("actions.status." + s.name());
            }

            @Override
            public ActionStatus fromString(String text) {
                return null;
            }
        });
        statusFilter.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ActionStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? m.get("series.any") : m.get("actions.status." + item.name()));
            }
        });
        statusFilter.valueProperty().bindBidirectional(model.status);
        statusFilter.setId("series-status");
        ComboBox<String> ownerFilter = filter(model.owners, model.owner, "series-owner");
        ComboBox<String> themeFilter = filter(model.themes, model.theme, "series-theme");
        CheckBox overdue = new CheckBox(m.get("series.overdueOnly"));
        overdue.selectedProperty().bindBidirectional(model.overdueOnly);
        // Wraps at 1280x720 with the room's text size instead of cutting the labels to "...".
        FlowPane filters = new FlowPane(8, 6,
                new HBox(6, label("series.status"), statusFilter), new HBox(6, label("series.owner"), ownerFilter),
                new HBox(6, label("series.theme"), themeFilter), overdue);
        filters.getStyleClass().add(SeriesStyle.FILTERS);

        TableView<SeriesActions.Row> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label summary = new Label();
        summary.textProperty().bind(model.summary);
        summary.setId("series-summary");
        Button excel = new Button(m.get("series.excel"));
        excel.setOnAction(e -> toExcel());
        Button close = new Button(m.get("exportDialog.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(summary, gap, status, excel, close);
        bottom.getStyleClass().add(SeriesStyle.FILTERS);
        VBox root = new VBox(filters, table, bottom);
        root.getStyleClass().add(SeriesStyle.OVERVIEW);
        root.getStylesheets().add(SeriesStyle.STYLESHEET);
        Window ownerWindow = owner;
        stage.setScene(new Scene(root, Math.max(900, ownerWindow.getWidth() * 0.96),
                Math.max(560, ownerWindow.getHeight() * 0.9)));
        stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        model.load(() -> { });
    }

    /** Opens the overview over the session window. */
    public static void show(Window owner, SessionContext context, Consumer<Path> opener) {
        new SeriesOverviewWindow(owner, context, opener).stage.show();
    }

    private Label label(String key) {
        Label label = new Label(m.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private ComboBox<String> filter(ObservableList<String> items,
                                    StringProperty value, String id) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setConverter(Converters.displayOnly(s -> s == null || s.isEmpty() ? m.get("series.any") : s));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null || item.isEmpty() ? m.get("series.any") : item);
            }
        });
        box.valueProperty().addListener((o, a, b) -> value.set(b == null ? "" : b));
        box.setId(id);
        box.setPrefWidth(280);
        return box;
    }

    private TableView<SeriesActions.Row> table() {
        TableView<SeriesActions.Row> table = new TableView<>(model.shown());
        table.setId("series-actions");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(m.get("series.empty")));
        TableColumn<SeriesActions.Row, Number> number = new TableColumn<>(m.get("series.number"));
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        number.setPrefWidth(60);
        number.setMinWidth(60);
        TableColumn<SeriesActions.Row, String> what = column(m.get("actions.what"), r -> r.action().getWhat(), 460);
        TableColumn<SeriesActions.Row, String> who = column(m.get("actions.who"), SeriesActions.Row::owner, 160);
        TableColumn<SeriesActions.Row, String> when = column(m.get("actions.when"), r -> r.action().getDue() == null
                ? "" : Dates.format(m).format(r.action().getDue()), 150);
        TableColumn<SeriesActions.Row, String> state = column(m.get("series.statusColumn"),
                r -> m.get("actions.status." + r.status().name()) + (r.overdue() ? " \u00b7 " + m.get("series.late") : ""),
                150);
        TableColumn<SeriesActions.Row, String> theme = column(m.get("series.theme"), SeriesActions.Row::theme, 220);
        TableColumn<SeriesActions.Row, String> session = column(m.get("series.session"), model::sessionName, 240);
        who.setMinWidth(150);
        when.setMinWidth(140);
        state.setMinWidth(140);
        for (TableColumn<SeriesActions.Row, String> c : List.of(what, who, theme, session)) {
            wrap(c);
        }
        table.getColumns().addAll(List.of(number, what, who, when, state, theme, session));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SeriesActions.Row item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(SeriesStyle.OVERDUE, !empty && item != null && item.overdue());
            }
        });
        return table;
    }

    /** Long texts wrap inside the cell instead of ending in "...": the room reads whole actions. */
    private static void wrap(TableColumn<SeriesActions.Row, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(18));
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
    }

    private static TableColumn<SeriesActions.Row, String> column(String title,
            Function<SeriesActions.Row, String> value, double width) {
        TableColumn<SeriesActions.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void toExcel() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("exportDialog.excelFiles"), "*.xlsx"));
        chooser.setInitialDirectory(model.folder().toFile());
        chooser.setInitialFileName(m.get("series.excelFile") + ".xlsx");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Writes the shown list to {@code out} (also the file chooser's way in; tests call it directly). */
    void exportTo(Path out) {
        status.setText(m.get("exportDialog.running"));
        model.toExcel(out, written -> {
            status.setText(m.format("series.written", written.getFileName()));
            opener.accept(written);
        }, error -> status.setText(error instanceof ExportException e ? String.join("\n", e.describe(m))
                : m.format("exportDialog.failed", String.valueOf(error.getMessage()))));
    }
}
