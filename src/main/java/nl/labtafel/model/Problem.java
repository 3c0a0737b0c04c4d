package nl.labtafel.model;

import java.util.List;
import nl.labtafel.text.Messages;
import nl.labtafel.text.Quoted;

/**
 * One thing wrong with a session, located by a path such as {@code notes[12].actorGroupId}.
 * The message is a resource-bundle key with arguments, so it reads in the user's language.
 */
public record Problem(String path, String key, List<Object> args) {

    public Problem(String path, String key, Object... args) {
        this(path, key, List.of(args));
    }

    /** The message in the user's language; text values (which may come from a file) are escaped and cut. */
    public String render(Messages messages) {
        Object[] shown = args.stream().map(a -> a instanceof CharSequence ? Quoted.value(a) : a).toArray();
        return messages.format(key, shown);
    }
}
