package dev.releaserules.core.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releaserules.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a manifest section that the library does not model, kept in the order they were
 * read so that a manifest writes back without losing them. Values may be scalars, lists or nested
 * mappings; they are compared by value.
 *
 * <p>Immutable: {@link #with} and {@link #without} return copies.
 */
public final class ExtraFields {
    private static final ExtraFields EMPTY = new ExtraFields(JsonNodeFactory.instance.objectNode());

    private final ObjectNode fields;

    private ExtraFields(ObjectNode fields) {
        this.fields = fields;
    }

    /**
     * No extra fields.
     *
     * @return the empty set of fields
     */
    public static ExtraFields empty() {
        return EMPTY;
    }

    static ExtraFields of(ObjectNode fields) {
        return fields.isEmpty() ? EMPTY : new ExtraFields(fields.deepCopy());
    }

    /** A deep copy, so callers never hold this instance's mutable tree. */
    ObjectNode copy() {
        return fields.deepCopy();
    }

    /**
     * The field names, in order.
     *
     * @return the names; empty when there are none
     */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        return List.copyOf(names);
    }

    /**
     * Whether there are no extra fields.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /**
     * The text of a scalar field: strings as they are, numbers and booleans as written in YAML.
     *
     * @param name the field name
     * @return the text, or empty when the field is absent, null, a list or a mapping
     */
    public Optional<String> findText(String name) {
        Checks.notNull(name, "field name");
        JsonNode value = fields.get(name);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    /**
     * A copy with a text field set (added at the end, or replaced in place).
     *
     * @param name the field name, not blank
     * @param value the text
     * @return the copy
     */
    public ExtraFields with(String name, String value) {
        Checks.notBlank(name, "field name");
        Checks.notNull(value, "value");
        ObjectNode copy = copy();
        copy.put(name, value);
        return new ExtraFields(copy);
    }

    /**
     * A copy without a field.
     *
     * @param name the field name
     * @return the copy; this instance when the field is absent
     */
    public ExtraFields without(String name) {
        Checks.notNull(name, "field name");
        if (!fields.has(name)) {
            return this;
        }
        ObjectNode copy = copy();
        copy.remove(name);
        return of(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExtraFields that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
