package nl.labtafel.ui.themes;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import nl.labtafel.model.Insight;
import nl.labtafel.model.InsightKind;
import nl.labtafel.text.Messages;

/**
 * An insight in a theme column: the point's text with its list's icon, set apart from the post-its (it stays
 * in its list; the theme only records that it came from it). Focusable, so Alt+Left/Right walks it along
 * the themes; a drag source for another column or back out (the unassigned column).
 */
final class InsightChip extends Label {
    private final String insightId;

    InsightChip(Insight insight, InsightKind kind, Messages messages, NoteDrag drag) {
        super(insight.getText(), InsightIcons.of(kind));
        this.insightId = insight.getId();
        getStyleClass().add(ThemesStyle.INSIGHT_CHIP);
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(USE_PREF_SIZE);
        setFocusTraversable(true);
        String from = messages.format("themes.insightFrom", messages.get("insights.kind." + kind.name().toLowerCase()));
        setTooltip(new Tooltip(from));
        setAccessibleText(from + ": " + insight.getText());
        // Consumed: the scroll pane around the columns would otherwise take the keyboard on the same press.
        setOnMousePressed(e -> {
            requestFocus();
            e.consume();
        });
        setOnDragDetected(e -> {
            drag.startInsights(List.of(insightId));
            startFullDrag();
            e.consume();
        });
    }

    String insightId() {
        return insightId;
    }
}
