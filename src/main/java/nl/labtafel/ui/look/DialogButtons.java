package nl.labtafel.ui.look;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;

/**
 * Dialog buttons that show their whole text ("Alles als één post-it", "Niet opslaan"): a button bar
 * shrinks its buttons to the dialog's width and cuts their text with "…" at the room's large font.
 * Each button keeps its preferred width, so the dialog grows instead.
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    public static void noCutOff(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            Node button = pane.lookupButton(type);
            if (button instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
                ButtonBar.setButtonUniformSize(button, false);
            }
        }
    }
}
