package nl.labtafel.ui.themes;

import nl.labtafel.model.InsightKind;
import org.kordamp.ikonli.javafx.FontIcon;

/** The icon of each insight list, so an insight in a theme reads as such and shows which list it came from. */
final class InsightIcons {

    private InsightIcons() {
    }

    static FontIcon of(InsightKind kind) {
        FontIcon icon = new FontIcon(switch (kind) {
            case OBSERVATIONS -> "mdi2e-eye-outline";
            case OPPORTUNITIES -> "mdi2t-trending-up";
            case CHALLENGES -> "mdi2a-alert-outline";
            case IDEAS -> "mdi2l-lightbulb-outline";
        });
        icon.getStyleClass().add(ThemesStyle.INSIGHT_ICON);
        return icon;
    }
}
