package nl.labtafel.ui.capture;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.labtafel.text.Messages;

/**
 * The bar the facilitator types into all evening: Enter adds what was typed and empties the bar for
 * the next, the bar keeps the focus. An empty entry is ignored, an over-long one refused with a
 * message (the text stays, nothing is lost), a pasted list asks whether to make one item per line.
 */
public final class CaptureBar extends VBox {
    public static final String STYLE_CLASS = "capture-bar";
    public static final String FIELD = "capture-field";
    public static final String HINT = "capture-hint";
    public static final String MESSAGE = "capture-message";
    public static final String LINE = "capture-line";

    private final CaptureField field = new CaptureField();
    private final Label hint = new Label();
    private final Label message = new Label();
    private final Messages messages;
    private final Consumer<List<String>> submit;
    private PasteQuestion pasteQuestion;

    /** {@code submit} gets the texts to add (one, or one per pasted line); {@code itemsKey} names them in the paste question. */
    public CaptureBar(Messages messages, Node target, Consumer<List<String>> submit, String itemsKey) {
        this.messages = messages;
        this.submit = submit;
        this.pasteQuestion = new DialogPasteQuestion(messages, this, itemsKey);
        getStyleClass().add(STYLE_CLASS);
        field.getStyleClass().add(FIELD);
        hint.getStyleClass().add(HINT);
        // The inventory's hint names six keys: at 1280 wide it ended in "Ctr..."; it wraps to a second line instead.
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // a tight phase (follow-up at 120 %) squeezed it
        hint.managedProperty().bind(hint.visibleProperty());
        message.getStyleClass().add(MESSAGE);
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox line = new HBox(target, field);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add(LINE);
        getChildren().addAll(line, hint, message);
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                enter();
            }
        });
        field.textProperty().addListener(o -> message.setText(""));
        field.setOnMultiLinePaste(this::pasted);
    }

    private void enter() {
        CaptureText text = CaptureText.of(field.getText());
        if (text instanceof CaptureText.Empty) {
            field.clear();
        } else if (text instanceof CaptureText.TooLong tooLong) {
            message.setText(messages.format("capture.tooLong", tooLong.length(), tooLong.max()));
        } else if (text instanceof CaptureText.Line line) {
            submit.accept(List.of(line.text()));
            field.clear();
        } else if (text instanceof CaptureText.Lines lines) {
            submit.accept(lines.lines());
            field.clear();
        }
        field.requestFocus();
    }

    private void pasted(String text) {
        CaptureText parsed = CaptureText.of(text);
        if (parsed instanceof CaptureText.TooLong tooLong) {
            message.setText(messages.format("capture.tooLong", tooLong.length(), tooLong.max()));
            return;
        }
        if (!(parsed instanceof CaptureText.Lines lines)) {
            field.insertAsOneLine(text);
            return;
        }
        pasteQuestion.ask(lines.lines().size()).ifPresent(answer -> {
            if (answer == PasteQuestion.Answer.ONE_PER_LINE) {
                submit.accept(lines.lines());
            } else {
                field.insertAsOneLine(text);
            }
        });
        field.requestFocus();
    }

    public CaptureField field() {
        return field;
    }

    /** False in presentation mode: the hint is for the facilitator, not the room. */
    public BooleanProperty hintVisibleProperty() {
        return hint.visibleProperty();
    }

    public void setHint(String text) {
        hint.setText(text);
    }

    /** Shows a short message under the bar (bad input, what a key did); typing clears it. */
    public void showMessage(String text) {
        message.setText(text);
    }

    public String message() {
        return message.getText();
    }

    public void setPasteQuestion(PasteQuestion pasteQuestion) {
        this.pasteQuestion = pasteQuestion;
    }

    @Override
    public void requestFocus() {
        field.requestFocus();
    }
}
