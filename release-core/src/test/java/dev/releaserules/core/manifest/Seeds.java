package dev.releaserules.core.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The seed's manifest as given, from the test resources. */
final class Seeds {
    static final String SEED_NAME = "releases/2024-01-15-release.yaml";

    private Seeds() {
    }

    static String seedYaml() {
        try (var in = Seeds.class.getResourceAsStream("/manifest/2024-01-15-release.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReleaseManifest seed() {
        return ReleaseManifest.parse(seedYaml(), SEED_NAME);
    }

    static Path resource(String name) {
        try {
            return Paths.get(Seeds.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
