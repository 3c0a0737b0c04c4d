package nl.labtafel.ui.series;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.Control;

/**
 * A wrapped workspace's focus request must wait until the wrapping split pane has its skin: before that the
 * workspace's controls are not in the scene yet and a focus request is lost.
 */
final class Activation {
    private Activation() {
    }

    static void whenShown(Control wrapper, Runnable activate) {
        if (wrapper.getSkin() != null) {
            activate.run();
            return;
        }
        wrapper.skinProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                wrapper.skinProperty().removeListener(this);
                Platform.runLater(activate);
            }
        });
    }
}
