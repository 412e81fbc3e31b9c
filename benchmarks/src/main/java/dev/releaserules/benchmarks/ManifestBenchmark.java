package dev.releaserules.benchmarks;

import dev.releaserules.core.manifest.ReleaseManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A release manifest with 500 components, each with two changes, a team and a sign-off: read from a
 * YAML file ({@link ReleaseManifest#read}) and written back atomically ({@link ReleaseManifest#write}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ManifestBenchmark {
    static final int COMPONENTS = 500;

    private Path directory;
    private Path source;
    private Path target;
    private ReleaseManifest manifest;

    /** Writes the manifest's YAML into a new temporary directory and reads it once. */
    @Setup(Level.Trial)
    public void writeYaml() throws IOException {
        directory = Files.createTempDirectory("manifest-benchmark");
        source = directory.resolve("release.yaml");
        target = directory.resolve("saved.yaml");
        Files.writeString(source, yaml(COMPONENTS), StandardCharsets.UTF_8);
        manifest = ReleaseManifest.read(source);
        if (manifest.components().size() != COMPONENTS) {
            throw new IllegalStateException("expected " + COMPONENTS + " components");
        }
    }

    /** Deletes the temporary directory. */
    @TearDown(Level.Trial)
    public void deleteDirectory() throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Reads and validates the file. */
    @Benchmark
    public ReleaseManifest load() {
        return ReleaseManifest.read(source);
    }

    /** Writes the manifest to a file: YAML, temporary file, atomic move. */
    @Benchmark
    public Path save() {
        manifest.write(target);
        return target;
    }

    static String yaml(int components) {
        StringBuilder yaml = new StringBuilder("""
                release:
                  id: rel-2024-01-15-001
                  scheduled_at: '2024-01-15T10:00:00Z'
                  release_manager: '@john.doe'
                  status: pending_approval

                components:
                """);
        for (int i = 0; i < components; i++) {
            boolean approved = i % 3 == 0;
            yaml.append("  - name: service-").append(i).append('\n')
                    .append("    current_version: v1.").append(i % 40).append(".3\n")
                    .append("    new_version: v1.").append(i % 40 + 1).append(".0\n")
                    .append("    changes:\n")
                    .append("      - 'feat: add bulk upload endpoint number ").append(i).append("'\n")
                    .append("      - 'fix: rate limiting edge case'\n")
                    .append("    team: team-").append(i % 25).append('\n')
                    .append("    team_lead: '@lead").append(i % 25).append("'\n")
                    .append("    sign_off: ").append(approved ? "approved" : "pending").append('\n');
            if (approved) {
                yaml.append("    approved_by: '@lead").append(i % 25).append("'\n")
                        .append("    approved_at: '2024-01-14T15:30:00Z'\n");
            }
        }
        yaml.append("""

                validation:
                  staging_deployed: true
                  integration_tests: passed

                checklist:
                  - item: 'All team sign-offs received'
                    status: pending
                    required: true

                approvals:
                  - role: 'Release Manager'
                    user: '@john.doe'
                    status: approved
                """);
        return yaml.toString();
    }
}
