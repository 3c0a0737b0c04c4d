package nl.labtafel.ui.themes;

import javafx.css.PseudoClass;

/** Style classes of the themes phase (themes.css), and the drag format for notes moved between themes. */
final class ThemesStyle {
    static final String STYLESHEET = "/nl/labtafel/ui/themes/themes.css";
    static final String WORKSPACE = "themes-workspace";
    static final String COLUMNS = "theme-columns";
    static final String COLUMN = "theme-column";
    static final String UNASSIGNED = "theme-unassigned";
    static final String HEADER = "theme-header";
    static final String NAME = "theme-name";
    static final String VOTES = "theme-votes";
    static final String COUNT = "theme-count";
    static final String DOTS = "theme-dots";
    static final String MENU = "theme-menu";
    static final String CARD = "theme-card";
    static final String CARD_TEXT = "theme-card-text";
    static final String CARD_VOTES = "theme-card-votes";
    static final String RANKING = "theme-ranking";
    static final String TOOLBAR = "themes-toolbar";
    static final String MESSAGE = "themes-message";
    static final String SUGGESTIONS = "theme-suggestions";
    static final String PROPOSAL = "theme-proposal";
    static final String PROPOSAL_NOTE = "theme-proposal-note";
    static final String SUGGEST_LIST = "suggest-list";
    static final String INSIGHTS_PANEL = "theme-insights";
    static final String INSIGHT_ROW = "theme-insight-row";
    static final String INSIGHT_ROW_TEXT = "theme-insight-row-text";
    static final String INSIGHT_CHIP = "theme-insight";
    static final String INSIGHT_ICON = "theme-insight-icon";

    static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    static final PseudoClass DROP = PseudoClass.getPseudoClass("drop");

    private ThemesStyle() {
    }
}
