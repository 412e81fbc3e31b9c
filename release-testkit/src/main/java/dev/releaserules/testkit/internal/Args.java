package dev.releaserules.testkit.internal;

import dev.releaserules.core.InvalidInputException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Argument checks of the testkit. Core's {@code Checks} is exported to the testkit module only,
 * which a test run that puts the testkit on the class path cannot see; so the few checks are kept here.
 */
public final class Args {
    private Args() {
    }

    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new InvalidInputException(name, "", "a value, not null");
        }
        return value;
    }

    public static String notBlank(String value, String name) {
        if (notNull(value, name).isBlank()) {
            throw new InvalidInputException(name, value, "a non-blank text");
        }
        return value;
    }

    public static <T> List<T> listCopy(Collection<? extends T> values, String name) {
        for (T value : notNull(values, name)) {
            notNull(value, name + " element");
        }
        return List.copyOf(values);
    }

    public static <K, V> Map<K, V> mapCopy(Map<? extends K, ? extends V> values, String name) {
        for (Map.Entry<? extends K, ? extends V> e : notNull(values, name).entrySet()) {
            notNull(e.getKey(), name + " key");
            notNull(e.getValue(), name + " value");
        }
        // Insertion order is kept: headers and inputs are shown in the order they were given.
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
