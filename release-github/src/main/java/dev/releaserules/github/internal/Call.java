package dev.releaserules.github.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One REST call: what it does (for messages), method, path below the API base, query, body, and
 * whether it may be repeated.
 *
 * @param operation what it does, for messages, such as {@code "open pull request release/v2.3.0 -> main"}
 * @param method GET, POST, PUT, PATCH or DELETE
 * @param path the path below the API base, segments already encoded
 * @param query the query parameters, in order
 * @param body the JSON body, or null
 * @param idempotent whether repeating it after a 5xx or a lost answer is safe
 * @param permission the token permission it needs, for the 403 message
 * @param notFoundIsAnswer whether a 404 is an answer (a look-up that found nothing) rather than an error
 */
public record Call(String operation, String method, String path, Map<String, String> query, JsonNode body,
        boolean idempotent, String permission, boolean notFoundIsAnswer) {

    /**
     * Copies the query.
     *
     * @param operation the operation
     * @param method the method
     * @param path the path
     * @param query the query
     * @param body the body or null
     * @param idempotent whether repeatable
     * @param permission the permission
     * @param notFoundIsAnswer whether 404 is an answer
     */
    public Call {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /**
     * A GET (idempotent).
     *
     * @param operation the operation
     * @param path the path
     * @param query the query
     * @param permission the permission
     * @return the call
     */
    public static Call get(String operation, String path, Map<String, String> query, String permission) {
        return new Call(operation, "GET", path, query, null, true, permission, false);
    }

    /**
     * A copy in which a 404 is an answer.
     *
     * @return the copy
     */
    public Call lookUp() {
        return new Call(operation, method, path, query, body, idempotent, permission, true);
    }

    /**
     * A write.
     *
     * @param operation the operation
     * @param method the method
     * @param path the path
     * @param body the body
     * @param idempotent whether repeatable
     * @param permission the permission
     * @return the call
     */
    public static Call write(String operation, String method, String path, JsonNode body, boolean idempotent,
            String permission) {
        return new Call(operation, method, path, Map.of(), body, idempotent, permission, false);
    }
}
