package nl.labtafel.ui.edit;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Converters for choice boxes and cells that only show a value in words and never parse one. */
public final class Converters {

    private Converters() {
    }

    /** Shows {@code text.apply(value)} (empty for null); the user picks, never types, so nothing is parsed. */
    public static <T> StringConverter<T> displayOnly(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
