package dev.releaserules.testkit.http;

import dev.releaserules.core.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Argument checks of this package. Not core's internal {@code Checks}: test code often puts the
 * testkit on the class path, where core's non-exported packages cannot be reached.
 */
final class Args {
    private Args() {
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new InvalidInputException(name, "", "a value, not null");
        }
        return value;
    }

    static String notBlank(String value, String name) {
        if (notNull(value, name).isBlank()) {
            throw new InvalidInputException(name, value, "a non-blank text");
        }
        return value;
    }

    static <K, V> Map<K, V> mapCopy(Map<K, V> values, String name) {
        notNull(values, name).forEach((key, value) -> {
            if (key == null || value == null) {
                throw new InvalidInputException(name, String.valueOf(key), "no null keys or values");
            }
        });
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
