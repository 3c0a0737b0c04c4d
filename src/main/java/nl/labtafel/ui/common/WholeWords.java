package nl.labtafel.ui.common;

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
        Text probe = new Text();
        probe.setFont(font);
        double widest = 0;
        for (String word : (text == null ? "" : text).split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, Math.ceil(probe.getLayoutBounds().getWidth()));
        }
        return widest;
    }
}
