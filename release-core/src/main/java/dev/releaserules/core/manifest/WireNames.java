package dev.releaserules.core.manifest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Helpers for enums written to YAML in snake case. */
final class WireNames {
    private WireNames() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNames::of).toList();
    }

    static <E extends Enum<E>> java.util.Optional<E> find(Class<E> type, String wireName) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(wireName)).findFirst();
    }

    static <E extends Enum<E>> E require(Class<E> type, String wireName, String subject) {
        return find(type, wireName).orElseThrow(() -> new dev.releaserules.core.InvalidInputException(subject,
                String.valueOf(wireName), Expected.oneOf(all(type))));
    }

    static <T> List<String> map(List<T> values, Function<T, String> f) {
        return values.stream().map(f).toList();
    }
}
