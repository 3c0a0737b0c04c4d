package nl.labtafel.ui.insights;

import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import nl.labtafel.model.Insight;
import nl.labtafel.model.InsightKind;

/**
 * One point of an insight list: wrapped text, edited in place (a TextField only while editing), and
 * dragged to another place or list. A drop lands before the point it is dropped on (at the end on
 * the empty rows).
 */
final class InsightCell extends ListCell<Insight> {
    static final String DRAG_PREFIX = "labtafel-insight:";
    private final InsightKind kind;
    private final InsightsViewModel model;
    private final Runnable afterEdit;
    private TextField editor;

    InsightCell(InsightKind kind, InsightsViewModel model, Runnable afterEdit) {
        this.kind = kind;
        this.model = model;
        this.afterEdit = afterEdit;
        setWrapText(true);
        // A ListCell grows to the width of its text instead of wrapping it unless its width is held to the list's.
        listViewProperty().addListener((o, old, list) -> {
            prefWidthProperty().unbind();
            if (list != null) {
                prefWidthProperty().bind(list.widthProperty().subtract(24));
                setMaxWidth(USE_PREF_SIZE);
            }
        });
        setOnDragDetected(e -> {
            if (!isEmpty() && !isEditing()) {
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(DRAG_PREFIX + kind.name() + ":" + getIndex());
                board.setContent(content);
                e.consume();
            }
        });
        setOnDragOver(e -> {
            if (source(e) != null) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            String[] source = source(e);
            if (source != null) {
                int before = isEmpty() ? model.list(kind).size() : getIndex();
                model.move(InsightKind.valueOf(source[0]), Integer.parseInt(source[1]), kind, before);
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    /** {kind, index} of the dragged point, or null when the drag holds something else. */
    static String[] source(DragEvent e) {
        String text = e.getDragboard().hasString() ? e.getDragboard().getString() : null;
        if (text == null || !text.startsWith(DRAG_PREFIX)) {
            return null;
        }
        return text.substring(DRAG_PREFIX.length()).split(":");
    }

    @Override
    protected void updateItem(Insight item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
        } else if (!isEditing()) {
            setText(item.getText());
            setGraphic(null);
        }
    }

    @Override
    public void startEdit() {
        if (isEmpty()) {
            return;
        }
        super.startEdit();
        editor = new TextField(getItem().getText());
        editor.getStyleClass().add(InsightsStyle.EDITOR);
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                keep();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelEdit();
                afterEdit.run();
            }
        });
        editor.focusedProperty().addListener((obs, was, is) -> {
            if (!is && isEditing()) {
                keep();
            }
        });
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    private void keep() {
        Insight item = getItem();
        String text = editor.getText();
        if (!model.edit(item, text)) {
            return;
        }
        cancelEdit();
        afterEdit.run();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editor = null;
        setGraphic(null);
        setText(getItem() == null ? null : getItem().getText());
    }
}
