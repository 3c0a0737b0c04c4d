package nl.labtafel.ui.start;

import java.util.function.Consumer;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Shows its content as it is until the content first does not fit; from then on inside a vertical scroll pane, made,
 * styled and laid out in the layout pass that finds it, so the frame it shows in can already scroll. The scroll pane
 * then stays, also when the window grows again.
 *
 * <p>Why not a ScrollPane from the start: its skin makes two scroll bars with their skins and behaviours (some 60
 * lambdas and 40 classes) before the start screen's first frame, also when nothing needs scrolling (issue 18).
 */
final class LazyScroll extends StackPane {
    private final Region content;
    private final Consumer<ScrollPane> setUp;
    private ScrollPane scroll;

    /** {@code setUp} is given the scroll pane when it is made, before it is styled. */
    LazyScroll(Region content, Consumer<ScrollPane> setUp) {
        this.content = content;
        this.setUp = setUp;
        getChildren().add(content);
    }

    /** The scroll pane around the content, or null while the content fits. */
    ScrollPane scrollPane() {
        return scroll;
    }

    @Override
    protected void layoutChildren() {
        if (scroll == null) {
            double width = getWidth() - snappedLeftInset() - snappedRightInset();
            double height = getHeight() - snappedTopInset() - snappedBottomInset();
            if (content.prefHeight(width) > height) {
                getChildren().remove(content);
                scroll = new ScrollPane(content);
                scroll.setFitToWidth(true);
                scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
                setUp.accept(scroll);
                getChildren().add(scroll);
                scroll.applyCss();
            }
        }
        super.layoutChildren();
    }

    /** As small as a scroll pane: what does not fit scrolls. */
    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + snappedBottomInset();
    }
}
