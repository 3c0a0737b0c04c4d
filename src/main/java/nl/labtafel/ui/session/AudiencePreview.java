package nl.labtafel.ui.session;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.AudienceScreen;
import nl.labtafel.ui.common.AudienceState;
import nl.labtafel.ui.look.Styles;

/** A small live picture of the room's screen in the console, with what the room's screen is doing (frozen, black). */
final class AudiencePreview extends VBox {
    static final double WIDTH = 200;

    AudiencePreview(AudienceScreen screen, AudienceState room, Messages m) {
        setId("audience-preview");
        getStyleClass().add(Styles.AUDIENCE_PREVIEW);
        Label title = new Label();
        title.getStyleClass().add(Styles.MUTED);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            StringBuilder s = new StringBuilder(m.get("audience.preview"));
            if (room.frozenProperty().get()) {
                s.append(" \u00b7 ").append(m.get("audience.frozen"));
            }
            if (room.blankProperty().get()) {
                s.append(" \u00b7 ").append(m.get("audience.blank"));
            }
            if (room.spotlightProperty().get() != null) {
                s.append(" \u00b7 ").append(m.get("audience.spotlight"));
            }
            if (room.pageCountProperty().get() > 1) {
                s.append(" \u00b7 ").append(room.pageProperty().get() + 1).append('/').append(room.pageCountProperty().get());
            }
            return s.toString();
        }, room.frozenProperty(), room.blankProperty(), room.spotlightProperty(), room.pageProperty(),
                room.pageCountProperty()));
        title.setWrapText(true);
        title.setMaxWidth(WIDTH);
        ImageView picture = new ImageView();
        picture.setId("audience-preview-image");
        picture.setFitWidth(WIDTH);
        picture.setPreserveRatio(true);
        picture.imageProperty().bind(screen.previewProperty());
        getChildren().addAll(title, picture);
        visibleProperty().bind(screen.showingProperty());
        managedProperty().bind(visibleProperty());
    }

    void dispose() {
        visibleProperty().unbind();
        managedProperty().unbind();
    }
}
