package nl.labtafel.ui.teams;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.labtafel.model.CanvasNote;

/**
 * A canvas note: its text, and what it is linked to in the linked actor group's colour. Edited in
 * place (Enter, F2 or double-click) and dragged to another place or lane.
 */
final class CanvasCell extends ListCell<CanvasNote> {
    private final CanvasViewModel model;
    private final Consumer<String> drag;
    private final Label text = new Label();
    private final Label link = new Label();
    private final VBox box = new VBox(text, link);
    private final TextField editor = new TextField();
    private String actorClass;

    CanvasCell(CanvasViewModel model, Consumer<String> drag) {
        this.model = model;
        this.drag = drag;
        setPrefWidth(0);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add(CanvasStyle.NOTE_TEXT);
        link.getStyleClass().add(CanvasStyle.LINK);
        box.getStyleClass().add(CanvasStyle.NOTE);
        editor.setOnAction(e -> {
            CanvasNote note = getItem();
            cancelEdit();
            getListView().edit(-1);
            model.edit(note.getId(), editor.getText());
        });
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && getItem() != null) {
                edit(getListView(), getIndex());
            }
        });
        // A press-drag-release gesture inside the window (see LaneView), not platform drag and drop.
        setOnDragDetected(e -> {
            if (getItem() != null && !isEditing()) {
                drag.accept(getItem().getId());
                startFullDrag();
                e.consume();
            }
        });
    }

    /**
     * Lists are only editable while one note is edited: an always-editable ListView starts editing on a
     * click on the selected note, which would swallow the keys a facilitator uses next.
     */
    static void edit(ListView<CanvasNote> list, int index) {
        list.setEditable(true);
        list.edit(index);
    }

    @Override
    public void startEdit() {
        if (getItem() == null) {
            return;
        }
        super.startEdit();
        editor.setText(getItem().getText());
        setGraphic(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        if (getListView() != null) {
            getListView().setEditable(false);
        }
        setGraphic(getItem() == null ? null : box);
        if (getListView() != null) {
            getListView().requestFocus();
        }
    }

    @Override
    protected void updateItem(CanvasNote note, boolean empty) {
        super.updateItem(note, empty);
        if (actorClass != null) {
            link.getStyleClass().remove(actorClass);
            actorClass = null;
        }
        if (empty || note == null) {
            setGraphic(null);
            return;
        }
        text.setText(note.getText());
        String linkText = model.linkText(note);
        link.setText(linkText.isEmpty() ? "" : "\u2194 " + linkText);
        link.setManaged(!linkText.isEmpty());
        link.setVisible(!linkText.isEmpty());
        if (note.getActorGroupId() != null) {
            actorClass = model.groupClass(note.getActorGroupId());
            link.getStyleClass().add(actorClass);
        }
        setGraphic(isEditing() ? editor : box);
    }
}
