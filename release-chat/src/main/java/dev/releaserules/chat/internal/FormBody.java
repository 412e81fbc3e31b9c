package dev.releaserules.chat.internal;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code application/x-www-form-urlencoded} body, as Slack sends slash commands and
 * interactions: strict UTF-8, valid percent escapes, each name at most once.
 *
 * @param fields the decoded fields, in order
 */
public record FormBody(Map<String, String> fields) {

    /** Copies the fields. */
    public FormBody {
        fields = Map.copyOf(fields);
    }

    /**
     * Parses a body; anything malformed is refused with 400.
     *
     * @param body the raw body
     * @return the fields
     */
    public static FormBody parse(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new RequestRefused(400, Messages.malformedForm("the body is not UTF-8"));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return new FormBody(fields);
        }
        for (String pair : text.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name.isEmpty()) {
                throw new RequestRefused(400, Messages.malformedForm("a field has no name"));
            }
            if (fields.put(name, value) != null) {
                throw new RequestRefused(400, Messages.malformedForm("field " + name + " appears twice"));
            }
        }
        return new FormBody(fields);
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new RequestRefused(400, Messages.malformedForm("a percent escape is invalid"));
        }
    }

    /**
     * A field.
     *
     * @param name the field name
     * @return its value, or empty when absent
     */
    public Optional<String> find(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /**
     * A field that must be present and not blank; refused with 400 otherwise.
     *
     * @param name the field name
     * @return its value
     */
    public String require(String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new RequestRefused(400, Messages.malformedForm("field " + name + " is missing"));
        }
        return value;
    }
}
