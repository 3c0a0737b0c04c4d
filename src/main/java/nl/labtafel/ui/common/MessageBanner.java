package nl.labtafel.ui.common;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.look.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A failed save or autosave, said in the window itself rather than a dialog in the facilitator's way:
 * it names the file and the reason and stays until closed.
 */
public final class MessageBanner extends HBox {
    private final Label text = new Label();

    public MessageBanner(Messages messages) {
        setId("error-banner");
        getStyleClass().add(Styles.ERROR_PANEL);
        setAlignment(Pos.CENTER_LEFT);
        text.setId("error-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button(messages.get("banner.close"));
        close.setId("error-close");
        close.setOnAction(e -> hide());
        getChildren().addAll(text, close);
        hide();
    }

    public void show(List<String> lines) {
        if (!(getChildren().get(0) instanceof FontIcon)) {
            // Made on first use: loading the icon font is not worth paying for on every start.
            FontIcon icon = new FontIcon("mdi2a-alert-circle-outline");
            icon.getStyleClass().add(Styles.ICON);
            getChildren().add(0, icon);
        }
        text.setText(String.join("\n", lines));
        setVisible(true);
        setManaged(true);
    }

    /** Whether the banner's text is exactly this (so a solved problem never hides a newer message). */
    public boolean showsText(String shown) {
        return shown.equals(text.getText());
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }
}
