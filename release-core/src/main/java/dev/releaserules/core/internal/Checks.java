package dev.releaserules.core.internal;

import dev.releaserules.core.InvalidInputException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Argument checks at the public boundary. A missing argument is bad input like any other: it gets
 * an {@link InvalidInputException} naming the parameter, never a {@link NullPointerException}.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Returns the value, or throws when it is null.
     *
     * @param value the argument
     * @param name the parameter's name, used in the message
     * @param <T> the argument's type
     * @return the value
     * @throws InvalidInputException when the value is null
     */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new InvalidInputException(name, "", "a value, not null");
        }
        return value;
    }

    /**
     * Returns the text, or throws when it is null or blank.
     *
     * @param value the argument
     * @param name the parameter's name, used in the message
     * @return the value
     * @throws InvalidInputException when the value is null or blank
     */
    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new InvalidInputException(name, value, "a non-blank text");
        }
        return value;
    }

    /**
     * Returns an immutable copy of the list, refusing null lists and null elements.
     *
     * @param values the argument
     * @param name the parameter's name, used in the message
     * @param <T> the element type
     * @return an immutable copy
     * @throws InvalidInputException when the list or one of its elements is null
     */
    public static <T> List<T> listCopy(Collection<? extends T> values, String name) {
        notNull(values, name);
        for (T value : values) {
            if (value == null) {
                throw new InvalidInputException(name, String.valueOf(values), "no null elements");
            }
        }
        return List.copyOf(values);
    }

    /**
     * Returns an immutable copy of the map, refusing null maps, keys and values.
     *
     * @param values the argument
     * @param name the parameter's name, used in the message
     * @param <K> the key type
     * @param <V> the value type
     * @return an immutable copy
     * @throws InvalidInputException when the map or one of its keys or values is null
     */
    public static <K, V> Map<K, V> mapCopy(Map<? extends K, ? extends V> values, String name) {
        notNull(values, name);
        for (Map.Entry<? extends K, ? extends V> e : values.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new InvalidInputException(name, String.valueOf(e.getKey()), "no null keys or values");
            }
        }
        return Map.copyOf(values);
    }

    /**
     * Returns a required input of a builder or command, or throws naming the call that sets it: a
     * missing one means the caller skipped that call, so the message says which.
     *
     * @param value the input, null (or blank text) when never set
     * @param name the input's name, used in the message
     * @param setter the call that sets it, as the caller writes it, such as {@code by(user)}
     * @param terminal the call that needs it, such as {@code call()}
     * @param <T> the input's type
     * @return the value
     * @throws InvalidInputException when the value is null or blank text
     */
    public static <T> T required(T value, String name, String setter, String terminal) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidInputException(name, value == null ? "" : value.toString(),
                    "a value: call ." + setter + " before ." + terminal);
        }
        return value;
    }
}
