package nl.labtafel.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * "The file changed on disk since you opened it": asked before any save would replace another writer's work.
 * An interface so tests answer it; {@link ConflictDialog} asks a person.
 */
public interface ConflictQuestion {

    enum Choice {
        /** Save this window's session under a new name beside the file; continue there. */
        KEEP_MINE_AS_COPY,
        /** Drop this window's changes and open the file as it is now. */
        LOAD_THEIRS,
        /** Neither: nothing is written, the session stays unsaved (its recovery file stays current). */
        CANCEL
    }

    /**
     * @param differences lines comparing this window's session with the file on disk ("compare"); empty when the
     *                    file on disk cannot be read
     */
    void changedOnDisk(Path file, List<String> differences, Consumer<Choice> answer);
}
