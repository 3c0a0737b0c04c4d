package nl.labtafel.ui.themes;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.ListReveal;

/**
 * The insights beside the theme columns (issue 13): the four lists' points, each with its list's icon and
 * the theme it joined. Ctrl+G starts a theme from the selected ones, Alt+Right/Left walks one along the
 * themes, and a drag onto a column lets it join that theme. The points stay in their lists.
 */
final class InsightsPanel extends VBox {
    private final ListView<ThemesViewModel.InsightEntry> list = new ListView<>();

    InsightsPanel(Messages messages, NoteDrag drag) {
        getStyleClass().add(ThemesStyle.INSIGHTS_PANEL);
        Label title = new Label(messages.get("themes.insights"));
        title.getStyleClass().add(ThemesStyle.NAME);
        Label hint = new Label(messages.get("themes.insightsHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(ThemesStyle.COUNT);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        list.setId("themes-insights");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label(messages.get("themes.noInsights")));
        list.setCellFactory(l -> new Cell(messages, drag));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, hint, list);
    }

    void show(List<ThemesViewModel.InsightEntry> entries) {
        if (!list.getItems().equals(entries)) {
            List<String> selected = selectedIds();
            list.getItems().setAll(entries);
            for (int i = 0; i < entries.size(); i++) {
                if (selected.contains(entries.get(i).insight().getId())) {
                    list.getSelectionModel().select(i);
                }
            }
        }
    }

    ListView<ThemesViewModel.InsightEntry> list() {
        return list;
    }

    List<String> selectedIds() {
        return list.getSelectionModel().getSelectedItems().stream().map(e -> e.insight().getId()).toList();
    }

    /** Selects the insight, scrolls to it and marks it briefly; false when it is not in the panel. */
    boolean reveal(String insightId) {
        return ListReveal.reveal(list, e -> e.insight().getId().equals(insightId));
    }

    private final class Cell extends ListCell<ThemesViewModel.InsightEntry> {
        private final Messages messages;
        /** The whole point, wrapped: a cell's own text stopped at two lines with "…". */
        private final Label content = new Label();
        private final VBox box = new VBox(content);

        Cell(Messages messages, NoteDrag drag) {
            this.messages = messages;
            content.setWrapText(true);
            content.setMinHeight(Region.USE_PREF_SIZE);
            content.setMaxWidth(Double.MAX_VALUE);
            content.getStyleClass().add(ThemesStyle.INSIGHT_ROW_TEXT);
            setPrefWidth(0);
            getStyleClass().add(ThemesStyle.INSIGHT_ROW);
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                List<String> ids = getListView().getSelectionModel().getSelectedItems().contains(getItem())
                        ? selectedIds() : List.of(getItem().insight().getId());
                drag.startInsights(ids);
                startFullDrag();
                e.consume();
            });
        }

        @Override
        protected void updateItem(ThemesViewModel.InsightEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            content.setText(entry.themeName() == null ? entry.text() : entry.text() + "\n\u2192 " + entry.themeName());
            content.setGraphic(InsightIcons.of(entry.kind()));
            setText(null);
            // In a box, as the theme columns' post-its: a wrapped label straight in the cell was measured for
            // one width and laid out in another, and points of three or four lines overran the next.
            setGraphic(box);
            setAccessibleText(messages.get("insights.kind." + entry.kind().name().toLowerCase()) + ": "
                    + content.getText());
        }
    }
}
