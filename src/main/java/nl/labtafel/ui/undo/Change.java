package nl.labtafel.ui.undo;

import java.util.List;
import nl.labtafel.model.Note;

/**
 * What one step on the {@link CommandStack} changed, for views that mirror the session and would rather redo only
 * that than look at all of it again (the room's screen with thousands of post-its). A command that does not say
 * changed anything ({@link #ANY}); a view that cannot use what a change says treats it as {@link #ANY} too.
 *
 * @param notes the notes concerned (empty for {@link Kind#ANY}); the very objects in the session's list
 */
public record Change(Kind kind, List<Note> notes) {

    public enum Kind {
        /** Anything may have changed. */
        ANY,
        /** Only where these notes lie on the board; nothing else about them, no other item. */
        PLACES,
        /** Fields of these notes (text, organisation, actor group, place); the session's list holds the same notes in the same order. */
        EDITED,
        /** These notes were added, in this order, at the end of the session's list of notes. */
        APPENDED,
        /** These notes were taken out of the session's list. */
        REMOVED,
        /** These notes were put back into the session's list, anywhere in it. */
        INSERTED
    }

    public static final Change ANY = new Change(Kind.ANY, List.of());

    public Change {
        notes = List.copyOf(notes);
    }

    public static Change of(Kind kind, List<Note> notes) {
        return new Change(kind, notes);
    }
}
