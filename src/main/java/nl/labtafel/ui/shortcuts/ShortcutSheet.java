package nl.labtafel.ui.shortcuts;

import nl.labtafel.ui.look.DialogButtons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.look.Styles;

/** The F1 sheet: every shortcut of the table of actions, by menu, as the room can read it. */
public final class ShortcutSheet {

    private ShortcutSheet() {
    }

    public static GridPane content(ShortcutTable table, Messages messages) {
        return content(table, messages, -1);
    }

    /**
     * The sheet with descriptions wrapped at {@code descriptionWidth} pixels (none when negative), so a
     * long description cannot make the sheet wider than the window (it was placed off screen, issue 13).
     */
    public static GridPane content(ShortcutTable table, Messages messages, double descriptionWidth) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-sheet");
        grid.getStyleClass().add(Styles.SHORTCUT_SHEET);
        int row = 0;
        for (Map.Entry<String, List<ShortcutTable.Row>> menu : table.byMenu().entrySet()) {
            List<ShortcutTable.Row> withKeys = menu.getValue().stream()
                    .filter(r -> r.spec().shortcut() != null || !r.aliases().isEmpty()).toList();
            if (withKeys.isEmpty()) {
                continue;
            }
            Label heading = new Label(messages.get(menu.getKey()).replace("_", ""));
            heading.getStyleClass().add(Styles.SUBHEADING);
            grid.add(heading, 0, row++, 2, 1);
            for (ShortcutTable.Row r : withKeys) {
                List<String> keys = new ArrayList<>();
                if (r.spec().shortcut() != null) {
                    keys.add(r.spec().shortcut().getDisplayText());
                }
                r.aliases().stream().map(KeyCombination::getDisplayText).forEach(keys::add);
                Label key = new Label(String.join("  ·  ", keys));
                key.getStyleClass().add(Styles.KEY_CAP);
                grid.add(key, 0, row);
                Label what = new Label(messages.get(r.spec().textKey()));
                if (descriptionWidth > 0) {
                    what.setWrapText(true);
                    what.setPrefWidth(descriptionWidth);
                    what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                    key.setWrapText(true);
                    key.setMaxWidth(descriptionWidth * 0.8);
                    key.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                }
                grid.add(what, 1, row++);
            }
        }
        return grid;
    }

    public static void show(Window owner, Scene styleSource, ShortcutTable table, Messages messages) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("shortcuts.title"));
        dialog.setHeaderText(null);
        ScrollPane scroll = new ScrollPane(content(table, messages, owner.getWidth() * 0.45));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(owner.getHeight() * 0.7);
        dialog.getDialogPane().setContent(scroll);
        // ButtonType.CLOSE says "Close" in the JVM's language, not the app's (issue 12).
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("shortcuts.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        DialogButtons.noCutOff(dialog.getDialogPane());
        dialog.getDialogPane().getStylesheets().setAll(styleSource.getStylesheets());
        dialog.show();
    }
}
