package dev.releaserules.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * GitHub's own descriptions, fetched by the build at pinned versions (release-github/pom.xml,
 * fetch-github-specs.sh) into a cache outside the repository. Missing files fail the tests that need
 * them, naming the file and how to fetch it; they are never skipped.
 */
final class Specs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CACHE = System.getProperty("user.home") + "/.cache/release-rules/github-specs/";

    private Specs() {
    }

    static Path openapiFile() {
        return file("releaserules.github.openapi", CACHE + "octokit-openapi-23.0.2/package/generated/api.github.com.json");
    }

    static Path webhooksFile() {
        return file("releaserules.github.webhooks", CACHE + "octokit-webhooks-examples-7.6.1/package/api.github.com/index.json");
    }

    static Path graphqlFile() {
        return file("releaserules.github.graphql", CACHE + "octokit-graphql-schema-15.26.1/package/schema.json");
    }

    private static Path file(String property, String fallback) {
        Path path = Path.of(System.getProperty(property, fallback));
        if (!Files.isRegularFile(path)) {
            throw new AssertionError("GitHub's API description " + path + " is missing (system property " + property
                    + "). The build fetches it with npm: run `mvn -pl release-github generate-test-resources` or "
                    + "`bash release-github/fetch-github-specs.sh ~/.cache/release-rules/github-specs "
                    + "@octokit/openapi@23.0.2 @octokit/webhooks-examples@7.6.1 @octokit/graphql-schema@15.26.1`");
        }
        return path;
    }

    private static final class OpenApiHolder {
        static final JsonNode SPEC = read(openapiFile());
    }

    private static final class GraphQlHolder {
        static final JsonNode SCHEMA = read(graphqlFile());
    }

    static JsonNode openapi() {
        return OpenApiHolder.SPEC;
    }

    static JsonNode graphql() {
        return GraphQlHolder.SCHEMA;
    }

    static JsonNode webhooks() {
        return read(webhooksFile());
    }

    private static JsonNode read(Path path) {
        try {
            return JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
