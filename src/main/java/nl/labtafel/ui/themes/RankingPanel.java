package nl.labtafel.ui.themes;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import nl.labtafel.model.Theme;
import nl.labtafel.model.ThemeOperations;
import nl.labtafel.text.Messages;

/** The themes by dots, most first, the chosen ones marked: what the room decides on. */
final class RankingPanel extends VBox {
    private final ListView<Theme> list = new ListView<>();

    RankingPanel(Messages messages) {
        getStyleClass().add(ThemesStyle.RANKING);
        Label title = new Label(messages.get("themes.ranking"));
        title.getStyleClass().add(ThemesStyle.NAME);
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Theme theme, boolean empty) {
                super.updateItem(theme, empty);
                int place = empty || theme == null ? 0 : ThemeOperations.places(getListView().getItems())[getIndex()];
                setText(empty || theme == null ? null
                        : (place > 0 ? place + ". " : "") + theme.getName() + "  \u25CF " + theme.getVotes());
                pseudoClassStateChanged(ThemesStyle.CHOSEN, !empty && theme != null && theme.isChosen());
            }
        });
        list.setPlaceholder(new Label(messages.get("themes.noThemes")));
        getChildren().addAll(title, list);
    }

    void show(List<Theme> ranking) {
        list.getItems().setAll(ranking);
        list.refresh();
    }
}
