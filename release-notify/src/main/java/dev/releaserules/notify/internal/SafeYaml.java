package dev.releaserules.notify.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.releaserules.core.internal.YamlAnchors;
import java.io.IOException;
import java.util.function.BiConsumer;

/**
 * Reads a configuration YAML into a plain tree, reporting instead of accepting what the format
 * allows but a configuration must not hold: a key given twice (the second would silently replace the
 * first), anchors, aliases and explicit tags (an alias would be read as its own name), and nesting
 * beyond {@value #MAX_DEPTH} levels. Every such problem is reported with its line and reading goes
 * on, so a file's problems come all at once; a syntax error ends the reading.
 */
final class SafeYaml {
    /** The deepest nesting accepted. */
    static final int MAX_DEPTH = 32;
    /** The largest document accepted, in characters. */
    static final int MAX_CHARS = 1_000_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 2)
                    .maxDocumentLength(MAX_CHARS)
                    .maxStringLength(MAX_CHARS)
                    .maxNumberLength(100)
                    .maxNameLength(1_000)
                    .build())
            .build();

    private final BiConsumer<String, String> problems;

    /**
     * A reader reporting problems as (place, detail).
     *
     * @param problems receives each problem: where ({@code line N, key}) and what
     */
    SafeYaml(BiConsumer<String, String> problems) {
        this.problems = problems;
    }

    /**
     * Reads one document.
     *
     * @param yaml the text
     * @return the tree, or null when the document is empty
     * @throws JsonProcessingException on a syntax error
     */
    JsonNode read(String yaml) throws IOException {
        // Jackson does not report an anchor on a scalar; it is refused like every other.
        YamlAnchors.first(yaml).ifPresent(anchor -> problems.accept("line " + anchor.line(),
                Messages.noAnchors("&" + anchor.name(), "anchor")));
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            return value(parser, "", 0);
        }
    }

    private JsonNode value(JsonParser p, String path, int depth) throws IOException {
        YAMLParser yaml = (YAMLParser) p;
        String at = "line " + Math.max(p.currentTokenLocation().getLineNr(), 0);
        if (yaml.isCurrentAlias()) {
            // The parser gives an alias as its name; that is never the value, so none is read.
            problems.accept(at, Messages.noAnchors(path, "alias"));
            return NODES.nullNode();
        } else if (p.getTypeId() != null) {
            problems.accept(at, Messages.noAnchors(path, "explicit tag"));
        }
        if (depth > MAX_DEPTH) {
            problems.accept(at, Messages.tooDeep(MAX_DEPTH));
            p.skipChildren();
            return NODES.nullNode();
        }
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation keyAt = p.currentTokenLocation();
                    String child = path.isEmpty() ? key : path + "." + key;
                    p.nextToken();
                    JsonNode node = value(p, child, depth + 1);
                    if (object.has(key)) {
                        problems.accept("line " + Math.max(keyAt.getLineNr(), 0), Messages.duplicateKey(child));
                    } else {
                        object.set(key, node);
                    }
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p, path + "[" + i + "]", depth + 1));
                    i++;
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            default:
                return NODES.nullNode();
        }
    }
}
