package nl.labtafel.ui.inventory;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/** Above the board: search (highlights what matches), show one actor group only, and zoom. */
final class BoardToolbar extends HBox {
    private final TextField search = new TextField();
    private final ComboBox<ActorGroup> filter = new ComboBox<>();
    private final Label matches = new Label();
    private final Label zoomLabel = new Label();
    private final BoardViewModel model;

    BoardToolbar(BoardViewModel model, BoardView board) {
        this.model = model;
        Messages messages = model.messages();
        Language language = messages.language();
        getStyleClass().add(BoardStyle.TOOLBAR);
        setAlignment(Pos.CENTER_LEFT);
        search.setPromptText(messages.get("board.search.prompt"));
        search.getStyleClass().add(BoardStyle.SEARCH);
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnAction(e -> search.getParent().requestFocus());
        filter.getItems().add(null);
        filter.getItems().addAll(model.session().getActorGroups());
        filter.setButtonCell(groupCell(messages, language));
        filter.setCellFactory(list -> groupCell(messages, language));
        filter.valueProperty().bindBidirectional(model.groupFilterProperty());
        filter.setFocusTraversable(false);
        Button zoomOut = button("mdi2m-magnify-minus-outline", messages.get("board.zoomOut"), board::zoomOut);
        Button zoomIn = button("mdi2m-magnify-plus-outline", messages.get("board.zoomIn"), board::zoomIn);
        Button fit = button("mdi2f-fit-to-screen-outline", messages.get("board.fitAll"), board::fitAll);
        zoomLabel.textProperty().bind(board.zoomProperty().multiply(100).asString("%.0f %%"));
        zoomLabel.getStyleClass().add(BoardStyle.ZOOM_LABEL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(search, Priority.SOMETIMES);
        getChildren().addAll(search, matches, filter, spacer, zoomOut, zoomLabel, zoomIn, fit);
        model.searchProperty().addListener(o -> showMatches());
        model.groupFilterProperty().addListener(o -> showMatches());
    }

    /** Called after every change of the model (the number of matches may change). */
    void showMatches() {
        matches.setText(model.isSearching() ? model.messages().format("board.search.matches", model.matchCount()) : "");
    }

    TextField search() {
        return search;
    }

    private static Button button(String icon, String text, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static ListCell<ActorGroup> groupCell(Messages messages, Language language) {
        return new ListCell<>() {
            @Override
            protected void updateItem(ActorGroup group, boolean empty) {
                super.updateItem(group, empty);
                setText(empty ? null : group == null ? messages.get("board.filter.all") : group.getName().get(language));
            }
        };
    }
}
