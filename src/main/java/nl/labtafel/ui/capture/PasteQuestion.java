package nl.labtafel.ui.capture;

import java.util.Optional;

/** Asks what to do with pasted text of several lines; a dialog in the app, a fixed answer in tests. */
@FunctionalInterface
public interface PasteQuestion {

    enum Answer { ONE_PER_LINE, ONE_ITEM }

    /** Empty when the facilitator cancels: then nothing is added and the bar keeps its text. */
    Optional<Answer> ask(int lineCount);
}
