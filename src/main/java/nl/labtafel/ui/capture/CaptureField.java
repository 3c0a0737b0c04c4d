package nl.labtafel.ui.capture;

import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;

/**
 * The text field of a capture bar. A plain TextField silently drops the line breaks of pasted text,
 * which would glue a pasted list into one note; this one hands multi-line pastes to the bar instead,
 * which asks whether to make one item per line.
 */
public final class CaptureField extends TextField {
    private Consumer<String> onMultiLinePaste = s -> replaceSelection(s.replaceAll("\\s*\\R\\s*", " ").strip());

    public void setOnMultiLinePaste(Consumer<String> handler) {
        this.onMultiLinePaste = handler;
    }

    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String text = clipboard.hasString() ? clipboard.getString() : null;
        if (text != null && CaptureText.of(text) instanceof CaptureText.Lines) {
            onMultiLinePaste.accept(text);
        } else {
            super.paste();
        }
    }

    /** Puts pasted lines in as one line, words separated by spaces. */
    public void insertAsOneLine(String text) {
        replaceSelection(text.replaceAll("\\s*\\R\\s*", " ").strip());
    }
}
