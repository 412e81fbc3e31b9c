package dev.releaserules.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a GraphQL request against GitHub's GraphQL schema (the introspection result of
 * {@code @octokit/graphql-schema}): the operation's root fields, their arguments and the variables'
 * declared types, every selected field, and the variables' values against the input types (fields
 * declared, required ones present, enum values and scalar kinds right). Handles the subset of
 * GraphQL the adapter writes: one operation, variables as arguments, nested selections.
 */
final class GraphQlContract {
    private static final Pattern TOKEN = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*|[{}():$!\\[\\],=])");

    private final Map<String, JsonNode> types = new HashMap<>();
    private final String mutationType;
    private final String queryType;

    GraphQlContract(JsonNode introspection) {
        JsonNode schema = introspection.path("__schema");
        schema.path("types").forEach(t -> types.put(t.path("name").asText(), t));
        mutationType = schema.path("mutationType").path("name").asText();
        queryType = schema.path("queryType").path("name").asText();
    }

    private static final class Parser {
        private final List<String> tokens = new ArrayList<>();
        private int at;

        Parser(String text) {
            Matcher m = TOKEN.matcher(text);
            int pos = 0;
            while (pos < text.length()) {
                if (text.substring(pos).isBlank()) {
                    break;
                }
                if (!m.find(pos) || m.start() != pos) {
                    throw new IllegalArgumentException("unexpected text at " + pos + ": " + text.substring(pos));
                }
                tokens.add(m.group(1));
                pos = m.end();
            }
        }

        String peek() {
            return at < tokens.size() ? tokens.get(at) : "";
        }

        String next() {
            if (at >= tokens.size()) {
                throw new IllegalArgumentException("unexpected end of the document");
            }
            return tokens.get(at++);
        }

        void expect(String token) {
            String got = next();
            if (!got.equals(token)) {
                throw new IllegalArgumentException("expected " + token + " but found " + got);
            }
        }

        String type() {
            if (peek().equals("[")) {
                next();
                String inner = type();
                expect("]");
                String t = "[" + inner + "]";
                if (peek().equals("!")) {
                    next();
                    return t + "!";
                }
                return t;
            }
            String name = next();
            if (peek().equals("!")) {
                next();
                return name + "!";
            }
            return name;
        }
    }

    /** A selected field: name, arguments (name → variable), sub-selection. */
    private record Field(String name, Map<String, String> arguments, List<Field> selection) {
    }

    List<String> check(String document, JsonNode variables) {
        List<String> problems = new ArrayList<>();
        Parser p;
        try {
            p = new Parser(document);
            String kind = p.next();
            String root = kind.equals("mutation") ? mutationType : kind.equals("query") ? queryType : null;
            if (root == null) {
                problems.add("expected a query or mutation, found " + kind);
                return problems;
            }
            if (!p.peek().equals("(") && !p.peek().equals("{")) {
                p.next();
            }
            Map<String, String> declared = new LinkedHashMap<>();
            if (p.peek().equals("(")) {
                p.next();
                while (!p.peek().equals(")")) {
                    p.expect("$");
                    String name = p.next();
                    p.expect(":");
                    declared.put(name, p.type());
                    if (p.peek().equals(",")) {
                        p.next();
                    }
                }
                p.next();
            }
            List<Field> selection = selection(p);
            if (!p.peek().isEmpty()) {
                problems.add("text after the operation: " + p.peek());
            }
            for (Map.Entry<String, String> v : declared.entrySet()) {
                JsonNode value = variables.path(v.getKey());
                checkInput(v.getValue(), value, "$" + v.getKey(), problems);
            }
            checkSelection(root, selection, declared, problems);
        } catch (IllegalArgumentException e) {
            problems.add("not a GraphQL document: " + e.getMessage());
        }
        return problems;
    }

    private static List<Field> selection(Parser p) {
        p.expect("{");
        List<Field> fields = new ArrayList<>();
        while (!p.peek().equals("}")) {
            String name = p.next();
            Map<String, String> args = new LinkedHashMap<>();
            if (p.peek().equals("(")) {
                p.next();
                while (!p.peek().equals(")")) {
                    String arg = p.next();
                    p.expect(":");
                    p.expect("$");
                    args.put(arg, p.next());
                    if (p.peek().equals(",")) {
                        p.next();
                    }
                }
                p.next();
            }
            List<Field> sub = p.peek().equals("{") ? selection(p) : List.of();
            fields.add(new Field(name, args, sub));
        }
        p.next();
        return fields;
    }

    private void checkSelection(String typeName, List<Field> fields, Map<String, String> declared,
            List<String> problems) {
        JsonNode type = types.get(typeName);
        if (type == null) {
            problems.add("unknown type " + typeName);
            return;
        }
        for (Field f : fields) {
            JsonNode def = null;
            for (JsonNode candidate : type.path("fields")) {
                if (candidate.path("name").asText().equals(f.name())) {
                    def = candidate;
                }
            }
            if (def == null) {
                problems.add(typeName + " has no field " + f.name());
                continue;
            }
            for (JsonNode arg : def.path("args")) {
                String argType = render(arg.path("type"));
                String variable = f.arguments().get(arg.path("name").asText());
                if (variable == null) {
                    if (argType.endsWith("!") && arg.path("defaultValue").isNull()) {
                        problems.add(typeName + "." + f.name() + " needs the argument " + arg.path("name").asText());
                    }
                } else if (!argType.equals(declared.get(variable))) {
                    problems.add("$" + variable + " is declared " + declared.get(variable) + " but "
                            + typeName + "." + f.name() + "(" + arg.path("name").asText() + ") takes " + argType);
                }
            }
            for (String given : f.arguments().keySet()) {
                boolean known = false;
                for (JsonNode arg : def.path("args")) {
                    known |= arg.path("name").asText().equals(given);
                }
                if (!known) {
                    problems.add(typeName + "." + f.name() + " has no argument " + given);
                }
            }
            JsonNode named = unwrap(def.path("type"));
            String kind = named.path("kind").asText();
            boolean leaf = kind.equals("SCALAR") || kind.equals("ENUM");
            if (leaf && !f.selection().isEmpty()) {
                problems.add(typeName + "." + f.name() + " is a leaf and takes no selection");
            } else if (!leaf && f.selection().isEmpty()) {
                problems.add(typeName + "." + f.name() + " needs a selection");
            } else if (!leaf) {
                checkSelection(named.path("name").asText(), f.selection(), declared, problems);
            }
        }
    }

    private void checkInput(String typeText, JsonNode value, String where, List<String> problems) {
        boolean required = typeText.endsWith("!");
        String bare = required ? typeText.substring(0, typeText.length() - 1) : typeText;
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                problems.add(where + " is required (" + typeText + ")");
            }
            return;
        }
        if (bare.startsWith("[")) {
            if (!value.isArray()) {
                problems.add(where + " should be a list");
                return;
            }
            int i = 0;
            for (JsonNode item : value) {
                checkInput(bare.substring(1, bare.length() - 1), item, where + "[" + i++ + "]", problems);
            }
            return;
        }
        JsonNode type = types.get(bare);
        if (type == null) {
            problems.add(where + " has the unknown type " + bare);
            return;
        }
        switch (type.path("kind").asText()) {
            case "INPUT_OBJECT" -> {
                if (!value.isObject()) {
                    problems.add(where + " should be an object of " + bare);
                    return;
                }
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                type.path("inputFields").forEach(f -> fields.put(f.path("name").asText(), f));
                value.fieldNames().forEachRemaining(name -> {
                    if (!fields.containsKey(name)) {
                        problems.add(where + "." + name + " is not a field of " + bare);
                    }
                });
                fields.forEach((name, f) -> {
                    String t = render(f.path("type"));
                    if (!value.has(name) && t.endsWith("!") && f.path("defaultValue").isNull()) {
                        problems.add(where + "." + name + " is required by " + bare);
                    } else if (value.has(name)) {
                        checkInput(t, value.path(name), where + "." + name, problems);
                    }
                });
            }
            case "ENUM" -> {
                boolean found = false;
                for (JsonNode e : type.path("enumValues")) {
                    found |= e.path("name").asText().equals(value.asText());
                }
                if (!value.isTextual() || !found) {
                    problems.add(where + " = " + value + " is not a value of " + bare);
                }
            }
            case "SCALAR" -> {
                boolean ok = switch (bare) {
                    case "Int" -> value.isIntegralNumber();
                    case "Float" -> value.isNumber();
                    case "Boolean" -> value.isBoolean();
                    default -> value.isTextual();
                };
                if (!ok) {
                    problems.add(where + " = " + value + " is not a " + bare);
                }
            }
            default -> problems.add(where + " has the non-input type " + bare);
        }
    }

    private JsonNode unwrap(JsonNode typeRef) {
        JsonNode t = typeRef;
        while (t.path("name").isNull() || t.path("name").isMissingNode()) {
            t = t.path("ofType");
            if (t.isMissingNode()) {
                break;
            }
        }
        JsonNode full = types.get(t.path("name").asText());
        return full == null ? t : full;
    }

    private static String render(JsonNode typeRef) {
        String kind = typeRef.path("kind").asText();
        return switch (kind) {
            case "NON_NULL" -> render(typeRef.path("ofType")) + "!";
            case "LIST" -> "[" + render(typeRef.path("ofType")) + "]";
            default -> typeRef.path("name").asText();
        };
    }
}
