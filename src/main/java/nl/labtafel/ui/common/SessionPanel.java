package nl.labtafel.ui.common;

import javafx.scene.Node;

/**
 * A panel the composition root hands to the session window to show beside the workspace (room input);
 * the window places it and disposes it when it closes or is rebuilt.
 */
public interface SessionPanel {
    Node view();

    /** Stops what the panel runs and unsubscribes it from the session. */
    void dispose();
}
