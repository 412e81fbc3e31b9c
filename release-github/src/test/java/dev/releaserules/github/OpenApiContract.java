package dev.releaserules.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a request against GitHub's OpenAPI description: the operation for the method and path
 * template, its path and query parameters (declared, typed, required ones present), and the JSON
 * body (required fields, JSON types, enums, no undeclared fields); and gives the operation's example
 * answer.
 */
final class OpenApiContract {
    private final JsonNode spec;

    OpenApiContract(JsonNode spec) {
        this.spec = spec;
    }

    /** A matched operation. */
    record Operation(String id, String template, String method, JsonNode node, Map<String, String> pathValues) {
    }

    Optional<Operation> match(String method, String path) {
        String[] segments = path.split("/", -1);
        Operation best = null;
        int bestLiterals = -1;
        Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> entry = paths.next();
            String[] template = entry.getKey().split("/", -1);
            if (template.length != segments.length) {
                continue;
            }
            Map<String, String> values = new java.util.LinkedHashMap<>();
            int literals = 0;
            boolean ok = true;
            for (int i = 0; i < template.length && ok; i++) {
                String t = template[i];
                if (t.startsWith("{") && t.endsWith("}")) {
                    ok = !segments[i].isEmpty();
                    values.put(t.substring(1, t.length() - 1), java.net.URLDecoder.decode(segments[i],
                            java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    ok = t.equals(segments[i]);
                    literals++;
                }
            }
            JsonNode op = entry.getValue().path(method.toLowerCase(java.util.Locale.ROOT));
            if (ok && op.isObject() && literals > bestLiterals) {
                best = new Operation(op.path("operationId").asText(), entry.getKey(), method, op, values);
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    List<String> check(Operation op, Map<String, List<String>> query, JsonNode body) {
        List<String> problems = new ArrayList<>();
        List<JsonNode> parameters = new ArrayList<>();
        spec.path("paths").path(op.template()).path("parameters").forEach(p -> parameters.add(resolve(p)));
        op.node().path("parameters").forEach(p -> parameters.add(resolve(p)));
        for (JsonNode p : parameters) {
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            JsonNode schema = resolve(p.path("schema"));
            if (in.equals("path")) {
                String value = op.pathValues().get(name);
                if (value == null) {
                    problems.add("path parameter " + name + " missing");
                } else {
                    checkScalar(schema, value, "path parameter " + name, problems);
                }
            } else if (in.equals("query")) {
                List<String> values = query.get(name);
                if (values == null) {
                    if (p.path("required").asBoolean(false)) {
                        problems.add("required query parameter " + name + " missing");
                    }
                } else {
                    values.forEach(v -> checkScalar(schema, v, "query parameter " + name, problems));
                }
            }
        }
        for (String name : query.keySet()) {
            boolean declared = parameters.stream().anyMatch(p -> p.path("in").asText().equals("query")
                    && p.path("name").asText().equals(name));
            if (!declared) {
                problems.add("query parameter " + name + " is not declared by " + op.id());
            }
        }
        JsonNode requestBody = resolve(op.node().path("requestBody"));
        if (body == null) {
            if (requestBody.path("required").asBoolean(false)) {
                problems.add("a body is required by " + op.id());
            }
        } else if (requestBody.isMissingNode()) {
            problems.add(op.id() + " takes no body");
        } else {
            JsonNode schema = requestBody.path("content").path("application/json").path("schema");
            checkValue(schema, body, "body", problems, true);
        }
        return problems;
    }

    private void checkScalar(JsonNode schema, String value, String where, List<String> problems) {
        String type = schema.path("type").asText("string");
        switch (type) {
            case "integer" -> {
                if (!value.matches("-?\\d+")) {
                    problems.add(where + " = " + value + " is not an integer");
                }
            }
            case "boolean" -> {
                if (!value.equals("true") && !value.equals("false")) {
                    problems.add(where + " = " + value + " is not a boolean");
                }
            }
            default -> {
            }
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.path("enum")) {
                found |= e.asText().equals(value);
            }
            if (!found) {
                problems.add(where + " = " + value + " is not one of " + schema.path("enum"));
            }
        }
    }

    /** Checks a JSON value against a schema; strict: fields a schema does not declare are problems. */
    void checkValue(JsonNode schemaRef, JsonNode value, String where, List<String> problems, boolean strict) {
        JsonNode schema = resolve(schemaRef);
        if (schema.isMissingNode() || schema.isEmpty()) {
            return;
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(where + " is null but not nullable");
            }
            return;
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            if (schema.has(combinator)) {
                boolean any = false;
                for (JsonNode alternative : schema.path(combinator)) {
                    List<String> sub = new ArrayList<>();
                    checkValue(alternative, value, where, sub, strict);
                    any |= sub.isEmpty();
                }
                if (!any) {
                    problems.add(where + " matches none of the " + combinator + " alternatives");
                }
                return;
            }
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.path("allOf")) {
                checkValue(part, value, where, problems, false);
            }
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(where + " should be a string");
                } else if (schema.has("enum")) {
                    boolean found = false;
                    for (JsonNode e : schema.path("enum")) {
                        found |= e.asText().equals(value.asText());
                    }
                    if (!found) {
                        problems.add(where + " = " + value + " is not one of " + schema.path("enum"));
                    }
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(where + " should be an integer");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(where + " should be a number");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(where + " should be a boolean");
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(where + " should be an array");
                } else {
                    int i = 0;
                    for (JsonNode item : value) {
                        checkValue(schema.path("items"), item, where + "[" + i++ + "]", problems, strict);
                    }
                }
            }
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(where + " should be an object");
                    return;
                }
                for (JsonNode required : schema.path("required")) {
                    if (!value.has(required.asText())) {
                        problems.add(where + " lacks the required field " + required.asText());
                    }
                }
                JsonNode properties = schema.path("properties");
                JsonNode additional = schema.path("additionalProperties");
                value.fields().forEachRemaining(field -> {
                    if (properties.has(field.getKey())) {
                        checkValue(properties.path(field.getKey()), field.getValue(), where + "." + field.getKey(),
                                problems, strict);
                    } else if (additional.isObject()) {
                        checkValue(additional, field.getValue(), where + "." + field.getKey(), problems, strict);
                    } else if (additional.isBoolean() && additional.asBoolean()) {
                        return;
                    } else if (strict && properties.size() > 0 || additional.isBoolean()) {
                        problems.add(where + "." + field.getKey() + " is not a field the API describes");
                    }
                });
            }
            default -> {
            }
        }
    }

    /** The example answer of an operation: its first success status and that status's example body. */
    record Example(int status, JsonNode body) {
    }

    Example example(Operation op) {
        JsonNode responses = op.node().path("responses");
        for (String code : List.of("200", "201", "202", "204")) {
            if (!responses.has(code)) {
                continue;
            }
            JsonNode response = resolve(responses.path(code));
            JsonNode content = response.path("content").path("application/json");
            if (content.isMissingNode()) {
                return new Example(Integer.parseInt(code), null);
            }
            if (content.has("example")) {
                return new Example(Integer.parseInt(code), content.path("example"));
            }
            Iterator<JsonNode> examples = content.path("examples").elements();
            if (examples.hasNext()) {
                JsonNode example = resolve(examples.next());
                return new Example(Integer.parseInt(code), example.path("value"));
            }
            throw new AssertionError(op.id() + " " + code + " has no example in the spec");
        }
        throw new AssertionError(op.id() + " has no success answer in the spec");
    }

    /** The schema of an operation's success answer, for checking tweaked examples. */
    JsonNode answerSchema(Operation op, int status) {
        JsonNode response = resolve(op.node().path("responses").path(Integer.toString(status)));
        return response.path("content").path("application/json").path("schema");
    }

    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 20 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asText();
            current = spec.at(ref.substring(1));
        }
        return current;
    }
}
