package nl.labtafel.ui.series;

import javafx.css.PseudoClass;

/** Style classes of series.css (the follow-up panels and the series overview), in one place. */
final class SeriesStyle {
    static final String STYLESHEET = SeriesStyle.class.getResource("/nl/labtafel/ui/series/series.css")
            .toExternalForm();
    static final String SINCE = "series-since";
    static final String ORIGIN = "series-origin";
    static final String OVERVIEW = "series-overview";
    static final String HEADING = "series-heading";
    static final String SUBHEADING = "series-subheading";
    static final String MUTED = "series-muted";
    static final String STRONG = "series-strong";
    static final String ROWS = "series-rows";
    static final String CARD = "series-card";
    static final String EDIT = "series-edit";
    static final String FILTERS = "series-filters";
    static final String CHAIN = "series-chain";
    static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private SeriesStyle() {
    }
}
