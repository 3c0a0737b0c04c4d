package nl.labtafel.ui.insights;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.labtafel.model.Insight;
import nl.labtafel.model.InsightKind;

/** One of the four lists, with its title and count; lit while the capture bar writes to it. */
final class InsightList extends VBox {
    private final InsightKind kind;
    private final InsightsViewModel model;
    private final Label title = new Label();
    private final ListView<Insight> list = new ListView<>();

    InsightList(InsightKind kind, InsightsViewModel model, Runnable afterEdit) {
        this.kind = kind;
        this.model = model;
        getStyleClass().add(InsightsStyle.LIST);
        title.getStyleClass().add(InsightsStyle.TITLE);
        title.setMaxWidth(Double.MAX_VALUE);
        list.setEditable(true);
        list.setCellFactory(v -> new InsightCell(kind, model, afterEdit));
        list.setId("insights-" + kind.name().toLowerCase());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
        // Dropping on the title appends to the list.
        title.setOnDragOver(e -> {
            if (InsightCell.source(e) != null) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        title.setOnDragDropped(e -> {
            String[] source = InsightCell.source(e);
            if (source != null) {
                model.move(InsightKind.valueOf(source[0]), Integer.parseInt(source[1]), kind, model.list(kind).size());
                e.setDropCompleted(true);
                e.consume();
            }
        });
        title.setOnMouseClicked(e -> model.currentProperty().set(kind));
        list.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                model.currentProperty().set(kind);
            }
        });
        model.currentProperty().addListener(o -> pseudoClassStateChanged(InsightsStyle.CURRENT, model.currentProperty().get() == kind));
        pseudoClassStateChanged(InsightsStyle.CURRENT, model.currentProperty().get() == kind);
    }

    /** Shows the model's list again, keeping the selected point selected where it went. */
    void sync() {
        Insight selected = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(model.list(kind));
        title.setText(model.title(kind) + "  (" + model.list(kind).size() + ")");
        int index = selected == null ? -1 : list.getItems().indexOf(selected);
        if (index >= 0) {
            list.getSelectionModel().select(index);
        } else {
            list.getSelectionModel().clearSelection();
        }
    }

    InsightKind kind() {
        return kind;
    }

    ListView<Insight> listView() {
        return list;
    }
}
