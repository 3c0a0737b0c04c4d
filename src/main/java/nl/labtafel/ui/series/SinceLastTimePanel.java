package nl.labtafel.ui.series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.model.CarriedTheme;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.edit.Converters;

/**
 * "Sinds de vorige keer": the carried actions, each with its status (open, loopt, klaar, vervallen) and a
 * remark the facilitator types while the room tells how it went; below, last time's "mogelijk vervolg".
 * Status and remark are undoable edits; the panel follows undo and redo.
 */
final class SinceLastTimePanel extends VBox {
    private final SinceLastTimeModel model;
    private final Messages m;
    private final VBox rows = new VBox();
    private final VBox themes = new VBox();
    private final Map<String, Row> shown = new LinkedHashMap<>();
    /** Held here so the weak listener on the session's stack lives exactly as long as this panel. */
    private final InvalidationListener refresh = o -> Platform.runLater(this::refresh);
    private boolean updating;

    SinceLastTimePanel(SessionContext context) {
        this.model = new SinceLastTimeModel(context);
        this.m = context.messages();
        getStyleClass().add(SeriesStyle.SINCE);
        getStylesheets().add(SeriesStyle.STYLESHEET);
        setId("since-last-time");
        Label heading = new Label(m.get("since.heading"));
        heading.getStyleClass().add(SeriesStyle.HEADING);
        Label previous = new Label(model.previousSession());
        previous.getStyleClass().add(SeriesStyle.MUTED);
        previous.setWrapText(true);
        rows.getStyleClass().add(SeriesStyle.ROWS);
        themes.getStyleClass().add(SeriesStyle.ROWS);
        VBox content = new VBox(rows, themes);
        content.getStyleClass().add(SeriesStyle.ROWS);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, previous, scroll);
        rebuild();
        context.commands().revisionProperty().addListener(new WeakInvalidationListener(refresh));
    }

    private void refresh() {
        List<ActionItem> carried = model.carried();
        if (!carried.stream().map(ActionItem::getId).toList().equals(new ArrayList<>(shown.keySet()))) {
            rebuild();
            return;
        }
        updating = true;
        try {
            carried.forEach(a -> shown.get(a.getId()).show(a));
        } finally {
            updating = false;
        }
    }

    private void rebuild() {
        shown.clear();
        rows.getChildren().clear();
        List<ActionItem> carried = model.carried();
        if (carried.isEmpty()) {
            Label none = new Label(m.get("since.none"));
            none.setWrapText(true);
            rows.getChildren().add(none);
        }
        updating = true;
        try {
            for (ActionItem action : carried) {
                Row row = new Row(action.getId());
                row.show(action);
                shown.put(action.getId(), row);
                rows.getChildren().add(row);
            }
        } finally {
            updating = false;
        }
        themes.getChildren().clear();
        List<CarriedTheme> carriedThemes = model.carriedThemes().stream()
                .filter(t -> t.getNextStep() != null && !t.getNextStep().isBlank()).toList();
        if (!carriedThemes.isEmpty()) {
            Label heading = new Label(m.get("since.themes"));
            heading.getStyleClass().add(SeriesStyle.SUBHEADING);
            themes.getChildren().add(heading);
            for (CarriedTheme t : carriedThemes) {
                Label name = new Label(t.getName());
                name.getStyleClass().add(SeriesStyle.STRONG);
                Label next = new Label(t.getNextStep());
                next.setWrapText(true);
                themes.getChildren().add(new VBox(name, next));
            }
        }
    }

    /** One carried action: number and text, who and where from, status and remark. */
    private final class Row extends VBox {
        private final String actionId;
        private final Label what = new Label();
        private final Label where = new Label();
        private final ChoiceBox<ActionStatus> status = new ChoiceBox<>();
        private final TextField remark = new TextField();
        /** The remark as last shown from the model: text that still equals it is not being typed over. */
        private String shownRemark = "";

        Row(String actionId) {
            this.actionId = actionId;
            getStyleClass().add(SeriesStyle.CARD);
            what.setWrapText(true);
            what.getStyleClass().add(SeriesStyle.STRONG);
            where.setWrapText(true);
            where.getStyleClass().add(SeriesStyle.MUTED);
            status.getItems().setAll(ActionStatus.values());
            status.setConverter(Converters.displayOnly(s -> m.get("actions.status." + s.name())));
            status.setId("since-status-" + actionId);
            status.valueProperty().addListener((obs, old, value) -> {
                if (!updating && value != null) {
                    model.setStatus(actionId, value);
                }
            });
            remark.setPromptText(m.get("since.remark"));
            remark.setId("since-remark-" + actionId);
            remark.setOnAction(e -> model.setRemark(actionId, remark.getText()));
            remark.focusedProperty().addListener((obs, was, is) -> {
                if (!is && !updating) {
                    model.setRemark(actionId, remark.getText());
                }
            });
            HBox.setHgrow(remark, Priority.ALWAYS);
            HBox edit = new HBox(status, remark);
            edit.getStyleClass().add(SeriesStyle.EDIT);
            getChildren().addAll(what, where, edit);
        }

        void show(ActionItem action) {
            String number = model.number(action);
            what.setText(number.isEmpty() ? action.getWhat() : m.format("since.numbered", number, action.getWhat()));
            String owner = action.getOwner() == null || action.getOwner().isBlank() ? "" : action.getOwner() + " \u00b7 ";
            where.setText(owner + model.origin(action));
            status.setValue(action.getStatus() == null ? ActionStatus.OPEN : action.getStatus());
            String value = action.getRemark() == null ? "" : action.getRemark();
            if (!remark.isFocused() || remark.getText().strip().equals(shownRemark)) {
                remark.setText(value);
            }
            shownRemark = value;
            pseudoClassStateChanged(SeriesStyle.DONE, action.getStatus() == ActionStatus.DONE
                    || action.getStatus() == ActionStatus.DROPPED);
        }

        String actionId() {
            return actionId;
        }
    }
}
