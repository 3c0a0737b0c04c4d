package nl.labtafel.ui.series;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.Session;
import nl.labtafel.ui.undo.UndoableCommand;

/**
 * Sets one field (status or remark) of an action, found by id each time: structure commands replace action
 * objects by copies on undo, so holding on to the object would edit a stale one.
 */
final class CarriedActionCommand<T> implements UndoableCommand {
    private final String name;
    private final Session session;
    private final String actionId;
    private final BiConsumer<ActionItem, T> setter;
    private final T before;
    private final T after;

    CarriedActionCommand(String name, Session session, String actionId, Function<ActionItem, T> getter,
                         BiConsumer<ActionItem, T> setter, T after) {
        this.name = name;
        this.session = session;
        this.actionId = actionId;
        this.setter = setter;
        this.before = find().map(getter).orElse(null);
        this.after = after;
    }

    boolean isNoOp() {
        return find().isEmpty() || Objects.equals(before, after);
    }

    private Optional<ActionItem> find() {
        return session.getActions().stream().filter(a -> actionId.equals(a.getId())).findFirst();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply() {
        find().ifPresent(a -> setter.accept(a, after));
    }

    @Override
    public void revert() {
        find().ifPresent(a -> setter.accept(a, before));
    }
}
