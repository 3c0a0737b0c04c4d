package nl.labtafel.ui.common;

import nl.labtafel.ui.look.DialogButtons;
import nl.labtafel.ui.look.Stylesheets;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.look.Styles;

/**
 * "Aan de slag": a short page for a first-time facilitator (the evening's phases, what to press, how to
 * export), from the start screen and the Help menu. Its text is in the bundles, both languages.
 */
public final class GettingStarted {
    /** Sections of the page: a heading key and the number of numbered paragraphs under it. */
    private static final String[] SECTIONS = {"help.start.evening", "help.start.keys", "help.start.after"};
    private static final int[] PARAGRAPHS = {6, 6, 3};

    private GettingStarted() {
    }

    public static VBox content(Messages m) {
        VBox page = new VBox();
        page.setId("getting-started");
        page.getStyleClass().add("lt-getting-started");
        page.setSpacing(8);
        page.getChildren().add(paragraph(m.get("help.start.intro")));
        for (int s = 0; s < SECTIONS.length; s++) {
            Label heading = new Label(m.get(SECTIONS[s]));
            heading.getStyleClass().add(Styles.SUBHEADING);
            heading.setWrapText(true);
            page.getChildren().add(heading);
            for (int p = 1; p <= PARAGRAPHS[s]; p++) {
                page.getChildren().add(paragraph(m.get(SECTIONS[s] + "." + p)));
            }
        }
        return page;
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    public static void show(Window owner, Scene styleSource, Messages m) {
        Stylesheets.wholeTheme(); // opened from the start screen, which has only its share of the theme
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("help.start.title"));
        dialog.setHeaderText(null);
        VBox page = content(m);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        double height = owner == null ? 600 : owner.getHeight() * 0.75;
        double width = owner == null ? 900 : Math.min(1100, owner.getWidth() * 0.8);
        scroll.setPrefViewportHeight(height);
        scroll.setPrefViewportWidth(width);
        dialog.getDialogPane().setContent(scroll);
        // ButtonType.CLOSE says "Close" in the JVM's language, not the app's (issue 12).
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(m.get("shortcuts.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        DialogButtons.noCutOff(dialog.getDialogPane());
        if (styleSource != null) {
            dialog.getDialogPane().getStylesheets().setAll(styleSource.getStylesheets());
        }
        dialog.setResizable(true);
        dialog.show();
    }
}
