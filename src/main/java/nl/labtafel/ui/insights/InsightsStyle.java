package nl.labtafel.ui.insights;

import javafx.css.PseudoClass;

/** Style-class and pseudo-class names of the insight lists, used by insights.css and the views. */
final class InsightsStyle {
    static final String WORKSPACE = "insights-workspace";
    static final String GRID = "insight-grid";
    static final String TARGET = "insight-target";
    static final String LIST = "insight-list";
    static final String TITLE = "insight-title";
    static final String EDITOR = "insight-editor";

    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private InsightsStyle() {
    }
}
