package nl.labtafel.ui.start;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ChoiceBoxSkin;
import javafx.util.StringConverter;
import nl.labtafel.ui.common.WholeWords;

/**
 * A ChoiceBox skin that sizes the box by its items' texts in the box's own font, not by its menu. JavaFX's skin
 * asks the menu for its width, which styles and skins the whole pop-up menu before the first frame: ~6 % of the
 * start screen's FX-thread work for its three choice boxes (issue 18; measured interleaved, 16 runs: FX-thread CPU
 * 611 -> 577 ms, usable 1,068 -> 1,008 ms). The menu is styled when it first opens, as any menu.
 */
final class MeasuredChoiceBoxSkin<T> extends ChoiceBoxSkin<T> {
    /** Keeps the widest text clear of the ellipsis that rounding in the label's own measure could bring. */
    private static final double SLACK = 2;

    MeasuredChoiceBoxSkin(ChoiceBox<T> box) {
        super(box);
    }

    /** A choice box with this skin. */
    static <T> ChoiceBox<T> choiceBox() {
        return new ChoiceBox<>() {
            @Override
            protected Skin<?> createDefaultSkin() {
                return new MeasuredChoiceBoxSkin<>(this);
            }
        };
    }

    @Override
    protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
                                      double leftInset) {
        ChoiceBox<T> box = getSkinnable();
        if (box.getItems().isEmpty()) {
            return 50; // as JavaFX's skin: an empty box keeps a small width of its own
        }
        Label label = (Label) getChildren().get(0);
        Node arrow = getChildren().get(1);
        StringConverter<T> converter = box.getConverter();
        List<String> texts = box.getItems().stream()
                .map(item -> converter == null ? String.valueOf(item) : converter.toString(item)).toList();
        double widest = WholeWords.widest(texts, label.getFont());
        Insets padding = label.getPadding();
        double labelWidth = Math.max(label.prefWidth(-1), padding.getLeft() + widest + SLACK + padding.getRight());
        return leftInset + labelWidth + arrow.prefWidth(-1) + rightInset;
    }

    @Override
    protected double computeMinWidth(double height, double topInset, double rightInset, double bottomInset,
                                     double leftInset) {
        return leftInset + getChildren().get(0).minWidth(-1) + getChildren().get(1).minWidth(-1) + rightInset;
    }
}
