package nl.labtafel.ui.audience;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * A list whose elements are made when first read, then kept. The room shows one page of a few hundred: the others
 * are made only if someone turns to them (or searches them), so an edit costs the pages the room looks at.
 * The maker must give the same element whenever it is called. Not thread-safe, as the layouts that make it.
 */
final class LazyList<T> extends AbstractList<T> implements RandomAccess {
    private final Object[] made;
    private final IntFunction<T> make;

    LazyList(int size, IntFunction<T> make) {
        this.made = new Object[size];
        this.make = make;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, made.length);
        if (made[index] == null) {
            made[index] = make.apply(index);
        }
        return (T) made[index];
    }

    @Override
    public int size() {
        return made.length;
    }
}
