package dev.releaserules.chat.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** JSON in and out, with read limits; malformed input is refused with 400. */
public final class Json {
    private static final ObjectMapper MAPPER;

    static {
        JsonMapper mapper = JsonMapper.builder().build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(64 * 1024).maxNumberLength(32).build());
        MAPPER = mapper;
    }

    private Json() {
    }

    /**
     * Parses an object.
     *
     * @param bytes the JSON
     * @return the object
     */
    public static JsonNode parseObject(byte[] bytes) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new RequestRefused(400, Messages.malformed("expected a JSON object"));
            }
            return node;
        } catch (IOException e) {
            throw new RequestRefused(400, Messages.malformed("the body is not valid JSON"));
        }
    }

    /**
     * Parses an object from text.
     *
     * @param text the JSON
     * @return the object
     */
    public static JsonNode parseObject(String text) {
        return parseObject(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * A new empty object.
     *
     * @return the object
     */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * Writes a node.
     *
     * @param node the node
     * @return its JSON
     */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of our own did not serialise", e);
        }
    }
}
