package nl.labtafel.ui.common;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Keeps a wrapping label at least as wide as its widest word, so it breaks between words, never inside one. */
public final class WholeWords {
    private WholeWords() {
    }

    /** From now on, whatever its text or font: {@code label}'s minimum width is its widest word, or {@code floor}. */
    public static void keep(Labeled label, double floor) {
        InvalidationListener update = o -> label.setMinWidth(Math.max(floor,
                widestWord(label.getText(), label.getFont()) + label.snappedLeftInset() + label.snappedRightInset()));
        label.textProperty().addListener(update);
        label.fontProperty().addListener(update);
        update.invalidated(null);
    }

    /** The width of the widest word of {@code text} in {@code font}. */
    public static double widestWord(String text, Font font) {
        return widest(List.of((text == null ? "" : text).split("\\s+")), font);
    }

    /** The width of the widest of {@code texts} in {@code font}, each on one line, in whole pixels. */
    public static double widest(Iterable<String> texts, Font font) {
        Text probe = new Text();
        probe.setFont(font);
        double widest = 0;
        for (String text : texts) {
            probe.setText(text);
            widest = Math.max(widest, Math.ceil(probe.getLayoutBounds().getWidth()));
        }
        return widest;
    }
}
