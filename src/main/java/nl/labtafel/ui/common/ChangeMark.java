package nl.labtafel.ui.common;

import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * The brief mark on what undo or redo just changed, so the room sees where it happened: a pseudo-class
 * (drawn by {@code labtafel.css}) that goes away after a moment. Calm: one outline, no blinking.
 */
public final class ChangeMark {
    public static final PseudoClass CHANGED = PseudoClass.getPseudoClass("lt-changed");
    public static final Duration SHOWN = Duration.seconds(2);
    private static final String TIMER = ChangeMark.class.getName();

    private ChangeMark() {
    }

    /** Marks the node for {@link #SHOWN}; marking it again starts the time anew. */
    public static void flash(Node node) {
        if (node == null) {
            return;
        }
        node.pseudoClassStateChanged(CHANGED, true);
        PauseTransition off = (PauseTransition) node.getProperties().computeIfAbsent(TIMER, k -> {
            PauseTransition t = new PauseTransition(SHOWN);
            t.setOnFinished(e -> node.pseudoClassStateChanged(CHANGED, false));
            return t;
        });
        off.playFromStart();
    }
}
