package nl.labtafel.model;

import java.util.List;
import nl.labtafel.text.Messages;

/**
 * One thing wrong with a session, located by a path such as {@code notes[12].actorGroupId}.
 * The message is a resource-bundle key with arguments, so it reads in the user's language.
 */
public record Problem(String path, String key, List<Object> args) {

    public Problem(String path, String key, Object... args) {
        this(path, key, List.of(args));
    }

    public String render(Messages messages) {
        return messages.format(key, args.toArray());
    }
}
