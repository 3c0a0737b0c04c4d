package nl.labtafel.ui.inventory;

import java.util.function.Consumer;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import nl.labtafel.model.Note;
import nl.labtafel.model.SessionLimits;

/**
 * Editing a note in place: one TextArea, laid over the note being edited only, in the board's own
 * coordinates so it zooms with it. Enter keeps the text, Shift+Enter starts a new line, Escape
 * cancels, clicking elsewhere keeps the text.
 */
public final class NoteEditor {
    private final BoardView board;
    private final BoardViewModel model;
    private TextArea area;
    private Note note;
    private Runnable onClose = () -> { };
    private Consumer<String> onProblem = message -> { };

    NoteEditor(BoardView board, BoardViewModel model) {
        this.board = board;
        this.model = model;
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    /** Where to say that an edit was refused (too long); the editor then stays open with the text. */
    public void setOnProblem(Consumer<String> onProblem) {
        this.onProblem = onProblem;
    }

    public boolean isEditing() {
        return note != null;
    }

    boolean isEditing(NoteNode node) {
        return note != null && node.note() == note;
    }

    public void start(Note target) {
        if (note != null) {
            commit();
        }
        note = target;
        area = new TextArea(target.getText());
        area.getStyleClass().add(BoardStyle.NOTE_EDITOR);
        area.setWrapText(true);
        area.setManaged(false);
        area.resizeRelocate(target.getX(), target.getY(), NotePlacer.NOTE_WIDTH, NotePlacer.NOTE_HEIGHT);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                commit();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                area.replaceSelection("\n");
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancel();
            }
        });
        area.focusedProperty().addListener((obs, was, is) -> {
            if (!is && note != null) {
                commit();
            }
        });
        board.content().getChildren().add(area);
        area.requestFocus();
        area.selectAll();
    }

    public void commit() {
        if (note == null) {
            return;
        }
        Note edited = note;
        String text = area.getText();
        if (text.strip().length() > SessionLimits.SHORT_TEXT) {
            onProblem.accept(model.messages().format("capture.tooLong", text.strip().length(),
                    SessionLimits.SHORT_TEXT));
            return;
        }
        close();
        // An undo (Ctrl+Z is window-wide) may have taken the note off the board while it was edited.
        if (model.session().getNotes().contains(edited)) {
            model.editText(edited, text);
        }
    }

    public void cancel() {
        close();
    }

    private void close() {
        TextArea old = area;
        note = null;
        area = null;
        board.content().getChildren().remove(old);
        board.modelChanged();
        onClose.run();
    }
}
