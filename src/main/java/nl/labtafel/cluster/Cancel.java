package nl.labtafel.cluster;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Asked between the steps of a suggestion whether the facilitator has cancelled it. */
@FunctionalInterface
public interface Cancel {
    Cancel NEVER = () -> false;

    boolean cancelled();

    /** Throws CancellationException when cancelled: the suggestion stops and proposes nothing. */
    default void check() {
        if (cancelled()) {
            throw new CancellationException("theme suggestion cancelled");
        }
    }

    static Cancel when(BooleanSupplier cancelled) {
        return cancelled::getAsBoolean;
    }
}
