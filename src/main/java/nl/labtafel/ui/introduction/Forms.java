package nl.labtafel.ui.introduction;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.labtafel.ui.look.Styles;

/** Small builders shared by the form-like workspaces, so they look alike on the wall. */
final class Forms {

    private Forms() {
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.HEADING);
        label.setWrapText(true);
        return label;
    }

    static Label subheading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SUBHEADING);
        label.setWrapText(true);
        return label;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        label.setWrapText(true);
        return label;
    }

    /** A label that names its field for screen readers and moves focus to it on its mnemonic. */
    static Label fieldLabel(String text, Node field) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FIELD_LABEL);
        label.setLabelFor(field);
        label.setMnemonicParsing(false);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    static TextArea paragraph(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }

    /** One text that takes all the room below its heading (the follow-up narrative). */
    static VBox filled(Node top, TextArea text) {
        VBox box = new VBox(top, text);
        box.getStyleClass().addAll(Styles.FORM, Styles.WORKSPACE);
        VBox.setVgrow(text, Priority.ALWAYS);
        return box;
    }

    /** The workspace's content in a scroll pane that keeps the width and scrolls down. */
    static ScrollPane page(Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add(Styles.FORM);
        box.setPadding(new Insets(0));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.WORKSPACE);
        return scroll;
    }
}
