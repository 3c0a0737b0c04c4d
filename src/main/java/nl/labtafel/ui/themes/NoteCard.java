package nl.labtafel.ui.themes;

import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.labtafel.model.Note;

/**
 * A post-it in a theme column: its text on its actor group's colour (so the room sees who does what
 * within each theme), its dots, and a drag source carrying the selected notes' ids.
 */
final class NoteCard extends ListCell<Note> {
    private final Label text = new Label();
    private final Label votes = new Label();
    private final VBox box = new VBox(text, votes);
    private final UnaryOperator<String> groupClass;
    private final NoteDrag drag;
    private String actorClass;

    NoteCard(UnaryOperator<String> groupClass, NoteDrag drag) {
        this.groupClass = groupClass;
        this.drag = drag;
        text.setWrapText(true);
        text.getStyleClass().add(ThemesStyle.CARD_TEXT);
        votes.getStyleClass().add(ThemesStyle.CARD_VOTES);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add(ThemesStyle.CARD);
        // A cell as wide as its list, so long post-its wrap instead of running off the column.
        setPrefWidth(0);
        // A full press-drag-release gesture within the window, not platform drag and drop: nothing
        // leaves the app, and it behaves the same on every platform (and under Monocle in the tests).
        setOnDragDetected(e -> {
            if (getItem() == null) {
                return;
            }
            ListView<Note> list = getListView();
            List<Note> dragged = list.getSelectionModel().getSelectedItems().contains(getItem())
                    ? List.copyOf(list.getSelectionModel().getSelectedItems()) : List.of(getItem());
            drag.start(dragged.stream().map(Note::getId).toList());
            startFullDrag();
            e.consume();
        });
    }

    @Override
    protected void updateItem(Note note, boolean empty) {
        super.updateItem(note, empty);
        if (empty || note == null) {
            setGraphic(null);
            return;
        }
        text.setText(note.getText());
        votes.setText(note.getVotes() > 0 ? "\u25CF " + note.getVotes() : "");
        votes.setManaged(note.getVotes() > 0);
        // A changed style class restyles the card and its labels; a cell reused for a note of the same group keeps it.
        String now = groupClass.apply(note.getActorGroupId());
        if (!now.equals(actorClass)) {
            if (actorClass != null) {
                box.getStyleClass().remove(actorClass);
            }
            box.getStyleClass().add(now);
            actorClass = now;
        }
        setGraphic(box);
    }
}
