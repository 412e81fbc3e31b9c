package dev.releaserules.core.manifest;

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
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.internal.AtomicFiles;
import dev.releaserules.core.internal.BoundedFiles;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.internal.YamlAnchors;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads manifests safely and writes them in a stable form.
 *
 * <p>Reading never binds YAML to Java types: a streaming parser builds a plain tree, refusing
 * anchors, aliases and explicit tags (so no billion-laughs expansion and no type tags), and the
 * tree is mapped field by field. Each value's line and column are kept so every error can name them.
 */
final class ManifestYaml {
    /** The largest document read, in characters. */
    static final int MAX_CHARS = 1_000_000;
    /** The deepest nesting of mappings and lists accepted. */
    static final int MAX_DEPTH = 32;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLFactory FACTORY = factory();
    private static final YAMLMapper WRITER = YAMLMapper.builder(FACTORY)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build();

    private ManifestYaml() {
    }

    private static YAMLFactory factory() {
        LoaderOptions loader = new LoaderOptions();
        loader.setAllowDuplicateKeys(false);
        loader.setMaxAliasesForCollections(10);
        loader.setNestingDepthLimit(MAX_DEPTH);
        loader.setCodePointLimit(MAX_CHARS);
        loader.setAllowRecursiveKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .stringQuotingChecker(new Yaml11Quoting())
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxDocumentLength(MAX_CHARS)
                        .maxStringLength(MAX_CHARS)
                        .maxNumberLength(100)
                        .maxNameLength(1_000)
                        .build())
                .build();
    }

    static ReleaseManifest read(Path file) {
        Checks.notNull(file, "manifest file");
        String source = file.toString();
        try {
            byte[] bytes;
            try {
                bytes = BoundedFiles.read(file, MAX_CHARS * 4);
            } catch (BoundedFiles.TooLargeException e) {
                throw new ManifestException(source, 0, 0, "", "more than " + e.limit() + " bytes",
                        Messages.atMost(MAX_CHARS, "characters"));
            } catch (BoundedFiles.NotRegularFileException e) {
                throw new ManifestException(source, 0, 0, "", "not a regular file", Expected.REGULAR_FILE);
            }
            long size = bytes.length;
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new ManifestException(source, 0, 0, "", size + " bytes", "UTF-8 text");
            }
            return parse(text, source);
        } catch (IOException e) {
            throw new ReleaseException(Messages.cannotRead(file, e), e);
        }
    }

    static ReleaseManifest parse(String yaml, String source) {
        Checks.notNull(yaml, "manifest YAML");
        Checks.notBlank(source, "source name");
        if (yaml.length() > MAX_CHARS) {
            throw new ManifestException(source, 0, 0, "", yaml.length() + " characters",
                    Messages.atMost(MAX_CHARS, "characters"));
        }
        Tree tree = new Tree(source);
        JsonNode root = tree.read(yaml);
        return new ManifestMapping(tree).manifest(root);
    }

    static String write(ReleaseManifest manifest) {
        try {
            return WRITER.writeValueAsString(ManifestMapping.toTree(manifest));
        } catch (JsonProcessingException e) {
            throw new ReleaseException("Cannot write manifest " + manifest.id() + ": " + e.getOriginalMessage(), e);
        }
    }

    static void writeAtomically(Path file, String text) {
        Checks.notNull(file, "manifest file");
        try {
            AtomicFiles.writeString(file, text);
        } catch (IOException e) {
            throw new ReleaseException(Messages.cannotWrite(file, e), e);
        }
    }

    /** A parsed document as a plain tree, with the line and column of every value by path. */
    static final class Tree {
        private final String source;
        private final Map<String, int[]> locations = new HashMap<>();

        Tree(String source) {
            this.source = source;
        }

        String source() {
            return source;
        }

        /** The location of a path, or of its nearest ancestor that has one. */
        int[] location(String path) {
            String p = path;
            while (true) {
                int[] at = locations.get(p);
                if (at != null) {
                    return at;
                }
                if (p.isEmpty()) {
                    return new int[] {0, 0};
                }
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                p = cut < 0 ? "" : p.substring(0, cut);
            }
        }

        ManifestException error(String path, String input, String expected) {
            int[] at = location(path);
            return new ManifestException(source, at[0], at[1], path, input, expected);
        }

        JsonNode read(String yaml) {
            YamlAnchors.first(yaml).ifPresent(anchor -> {
                throw new ManifestException(source, anchor.line(), anchor.column(), "", "&" + anchor.name(),
                        Expected.NO_ANCHORS);
            });
            try (JsonParser p = FACTORY.createParser(yaml)) {
                JsonToken first = p.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    locations.put("", at(p));
                    throw error("", first == null ? "" : p.getText(), Expected.ONE_DOCUMENT);
                }
                JsonNode root = value(p, "", 0);
                if (p.nextToken() != null) {
                    locations.put("", at(p));
                    throw error("", "a second document", Expected.ONE_DOCUMENT);
                }
                return root;
            } catch (JsonProcessingException e) {
                JsonLocation l = e.getLocation();
                int line = l == null ? 0 : l.getLineNr();
                int column = l == null ? 0 : l.getColumnNr();
                throw new ManifestException(source, Math.max(line, 0), Math.max(column, 0), "",
                        "", Messages.yamlProblem(e.getOriginalMessage()));
            } catch (IOException e) {
                throw new ReleaseException("Cannot parse manifest " + source + ": " + e.getMessage(), e);
            }
        }

        private static int[] at(JsonParser p) {
            JsonLocation l = p.currentTokenLocation();
            return new int[] {Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0)};
        }

        private JsonNode value(JsonParser p, String path, int depth) throws IOException {
            locations.put(path, at(p));
            YAMLParser yaml = (YAMLParser) p;
            if (yaml.isCurrentAlias() || p.getObjectId() != null || p.getTypeId() != null) {
                throw error(path, p.getText(), Expected.NO_ANCHORS);
            }
            if (depth > MAX_DEPTH) {
                throw error(path, "", Messages.atMost(MAX_DEPTH, "levels of nesting"));
            }
            JsonToken token = p.currentToken();
            switch (token) {
                case START_OBJECT: {
                    ObjectNode object = NODES.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        String child = path.isEmpty() ? key : path + "." + key;
                        if (object.has(key)) {
                            locations.put(child, at(p));
                            throw error(child, key, Expected.UNIQUE_KEY);
                        }
                        p.nextToken();
                        object.set(key, value(p, child, depth + 1));
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
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    throw error(path, String.valueOf(token), Expected.ONE_DOCUMENT);
            }
        }
    }

    /** Wraps a value check so its failure names the place in the file. */
    static <T> T at(Tree tree, String path, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (ManifestException e) {
            throw e;
        } catch (InvalidInputException e) {
            throw tree.error(path, e.input(), e.expected());
        }
    }
}
