package nl.labtafel.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.image.Image;

/**
 * The console's handle on the room's screen (the audience view window), made by the composition root:
 * the session window opens and closes it and shows its preview without knowing how it is drawn.
 */
public interface AudienceScreen {

    /** Opens the audience view (on a second screen when there is one), or closes it when it is open. */
    void toggle();

    void close();

    ReadOnlyBooleanProperty showingProperty();

    /** A small picture of what the room sees, renewed when that changes (null while closed). */
    ReadOnlyObjectProperty<Image> previewProperty();

    /** Stops listening to the session and the screens; closes the window. */
    void dispose();
}
