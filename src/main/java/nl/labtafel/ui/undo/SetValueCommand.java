package nl.labtafel.ui.undo;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Sets one value of the model (a header field, the introduction, a team's outcome) as one undo step. */
public final class SetValueCommand<T> implements UndoableCommand {
    private final String name;
    private final Consumer<T> setter;
    private final T before;
    private final T after;
    private String item;

    public SetValueCommand(String name, Supplier<T> getter, Consumer<T> setter, T after) {
        this.name = name;
        this.setter = setter;
        this.before = getter.get();
        this.after = after;
    }

    /** The field this value is edited in (its id), so undo can show it; returns this. */
    public SetValueCommand<T> at(String fieldId) {
        this.item = fieldId;
        return this;
    }

    @Override
    public Location location() {
        return item == null ? null : Location.item(item);
    }

    /** True when applying would change nothing: such edits are not put on the undo stack. */
    public boolean isNoOp() {
        return Objects.equals(before, after);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply() {
        setter.accept(after);
    }

    @Override
    public void revert() {
        setter.accept(before);
    }
}
