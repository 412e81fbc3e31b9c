package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.manifest.Readiness.Kind;
import dev.releaserules.core.manifest.Readiness.Missing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestYamlTest {

    @Test
    @DisplayName("R-MF1 the seed's manifest loads as given")
    void seed_manifest_loads_as_given() {
        ReleaseManifest m = Seeds.seed();

        assertThat(m.id()).hasToString("rel-2024-01-15-001");
        assertThat(m.status()).isEqualTo(ReleaseStatus.PENDING_APPROVAL);
        assertThat(m.release().releaseManager()).isEqualTo("@john.doe");
        assertThat(m.release().scheduledAt()).isEqualTo("2024-01-15T10:00:00Z");
        assertThat(m.components()).extracting(Component::name)
                .containsExactly("api", "placement-service", "portal", "workers");
        Component placement = m.findComponent("placement-service").orElseThrow();
        assertThat(placement.signOff()).isEqualTo(SignOff.approved("@bob", "2024-01-14T15:30:00Z"));
        assertThat(placement.newVersion()).hasToString("v2.2.0");
        assertThat(m.findComponent("workers").orElseThrow().signOff().status()).isEqualTo(SignOffStatus.NOT_REQUIRED);
        assertThat(m.validation().findText("staging_deployed")).contains("true");
        assertThat(m.checklist()).hasSize(7);
        assertThat(m.approvals()).extracting(Approval::role)
                .containsExactly("Release Manager", "Tech Lead", "QA Lead", "Security");
    }

    @Test
    @DisplayName("R-SO2 the seed's manifest is blocked by exactly the api sign-off, two checklist items and the Tech Lead")
    void seed_manifest_readiness_lists_exactly_what_is_missing() {
        Readiness readiness = Seeds.seed().readiness();

        assertThat(readiness.isReady()).isFalse();
        assertThat(readiness.missing()).containsExactly(
                new Missing(Kind.PENDING_SIGN_OFF, "api", "@alice"),
                new Missing(Kind.PENDING_CHECKLIST_ITEM, "All team sign-offs received", ""),
                new Missing(Kind.PENDING_CHECKLIST_ITEM, "On-call team notified", ""),
                new Missing(Kind.PENDING_APPROVAL, "Tech Lead", "@tech-lead"));
        assertThatThrownBy(readiness::orThrow).isInstanceOf(NotReadyException.class)
                .hasMessageContaining("sign-off of api pending (@alice)")
                .hasMessageContaining("approval of Tech Lead pending (@tech-lead)");
    }

    @Test
    @DisplayName("R-MF1 the seed's manifest writes back without losing a field")
    void seed_manifest_writes_back_without_loss() {
        ReleaseManifest m = Seeds.seed();

        String written = m.toYaml();
        ReleaseManifest again = ReleaseManifest.parse(written, "written.yaml");

        assertThat(again).isEqualTo(m);
        assertThat(again.toYaml()).isEqualTo(written);
        assertThat(written).contains("approved_by: '@bob'", "staging_deployed: true",
                "staging_deployed_at: \"2024-01-14T09:00:00Z\"", "integration_tests: passed", "changes: []",
                "completed_by: '@perf-team'", "user: '@security-team'");
    }

    @Test
    @DisplayName("R-MF1 unknown fields are kept at every level, in order, after the known ones")
    void unknown_fields_are_kept_at_every_level() {
        String yaml = """
                owner: platform
                release:
                  id: rel-2024-02-01-002
                  status: draft
                  created_by: '@ci'
                components:
                  - name: api
                    repo: { url: 'https://example.org/api', private: true }
                    current_version: 1.0.0
                    new_version: 1.1.0
                    changes: ['feat: x']
                checklist:
                  - item: Thing
                    owner: QA
                approvals:
                  - role: Tech Lead
                    note: [1, 2.50, null]
                """;

        ReleaseManifest m = ReleaseManifest.parse(yaml, "extra.yaml");
        ReleaseManifest again = ReleaseManifest.parse(m.toYaml(), "written.yaml");

        assertThat(m.extra().names()).containsExactly("owner");
        assertThat(m.release().extra().findText("created_by")).contains("@ci");
        assertThat(m.components().get(0).extra().names()).containsExactly("repo");
        assertThat(m.checklist().get(0).extra().findText("owner")).contains("QA");
        assertThat(m.approvals().get(0).extra().names()).containsExactly("note");
        assertThat(again).isEqualTo(m);
        assertThat(m.toYaml()).contains("private: true", "- 2.50", "current_version: 1.0.0");
    }

    @Test
    @DisplayName("R-MF1 writing is atomic: temp file then move, no temp file left behind")
    void writes_atomically(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rel-2024-01-15-001.yaml");
        Files.writeString(file, "old");

        Seeds.seed().write(file);

        assertThat(ReleaseManifest.read(file)).isEqualTo(Seeds.seed());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    @DisplayName("R-MF1 a write into a missing directory fails naming that directory, and writes nothing")
    void failed_write_leaves_the_old_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("missing-dir").resolve("x.yaml");

        assertThatThrownBy(() -> Seeds.seed().write(file))
                .isInstanceOf(dev.releaserules.core.ReleaseException.class)
                .hasMessage("Cannot write manifest " + file + ": NoSuchFileException " + file.getParent()
                        + ": the directory does not exist");
        assertThat(file).doesNotExist();
    }

    @Test
    @DisplayName("R-MF1 bad YAML names file, line and column")
    void bad_yaml_names_file_line_and_column() {
        String yaml = "release:\n  id: rel-2024-01-15-001\n  status: [draft\n";

        assertThatThrownBy(() -> ReleaseManifest.parse(yaml, "releases/bad.yaml"))
                .isInstanceOfSatisfying(ManifestException.class, e -> {
                    assertThat(e.source()).isEqualTo("releases/bad.yaml");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isPositive();
                })
                .hasMessageContaining("releases/bad.yaml line 3, column")
                .hasMessageContaining("expected well-formed YAML");
    }

    @Test
    @DisplayName("R-MF1 an unknown status names file, line, column and the allowed statuses")
    void unknown_status_is_refused() {
        String yaml = "release:\n  id: rel-2024-01-15-001\n  status: shipped\n";

        assertThatThrownBy(() -> ReleaseManifest.parse(yaml, "r.yaml"))
                .isInstanceOfSatisfying(ManifestException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(11);
                    assertThat(e.path()).isEqualTo("release.status");
                    assertThat(e.input()).isEqualTo("shipped");
                })
                .hasMessage("Invalid manifest value at r.yaml line 3, column 11 (release.status) \"shipped\": expected"
                        + " one of draft, pending_approval, approved, deploying, deployed, rolled_back, cancelled");
    }

    @Test
    @DisplayName("R-MF1 a version that is not SemVer names file, line and column")
    void non_semver_version_is_refused() {
        String yaml = Seeds.seedYaml().replace("new_version: v2.2.0", "new_version: v2.2");

        assertThatThrownBy(() -> ReleaseManifest.parse(yaml, Seeds.SEED_NAME))
                .isInstanceOfSatisfying(ManifestException.class, e -> {
                    assertThat(e.line()).isEqualTo(21);
                    assertThat(e.column()).isEqualTo(18);
                    assertThat(e.path()).isEqualTo("components[1].new_version");
                })
                .hasMessageContaining("\"v2.2\": expected a SemVer version with an optional \"v\" prefix");
    }

    @Test
    @DisplayName("R-MF1 a duplicate component names file, line and column")
    void duplicate_component_is_refused() {
        String yaml = Seeds.seedYaml().replace("- name: portal", "- name: api");

        assertThatThrownBy(() -> ReleaseManifest.parse(yaml, Seeds.SEED_NAME))
                .isInstanceOfSatisfying(ManifestException.class, e -> {
                    assertThat(e.line()).isEqualTo(31);
                    assertThat(e.column()).isEqualTo(11);
                    assertThat(e.path()).isEqualTo("components[2].name");
                })
                .hasMessageContaining("expected component names that are unique");
    }

    @Test
    @DisplayName("R-MF1 a value of the wrong type names file, line and column")
    void wrong_type_is_refused() {
        String yaml = Seeds.seedYaml().replace("    required: true\n  - item: 'Integration", "    required: 'yes'\n  - item: 'Integration");

        assertThatThrownBy(() -> ReleaseManifest.parse(yaml, Seeds.SEED_NAME))
                .isInstanceOfSatisfying(ManifestException.class, e -> {
                    assertThat(e.line()).isEqualTo(58);
                    assertThat(e.column()).isEqualTo(15);
                    assertThat(e.path()).isEqualTo("checklist[0].required");
                })
                .hasMessageContaining("expected true or false");
    }

    @Test
    void a_list_where_a_mapping_belongs_is_refused() {
        String yaml = "release:\n  - id\n";

        assertThatThrownBy(() -> ReleaseManifest.parse(yaml, "r.yaml"))
                .isInstanceOfSatisfying(ManifestException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.path()).isEqualTo("release");
                })
                .hasMessageContaining("expected a mapping");
    }

    @Test
    void a_missing_release_id_is_refused_at_the_release_section() {
        String yaml = "release:\n  status: draft\n";

        assertThatThrownBy(() -> ReleaseManifest.parse(yaml, "r.yaml"))
                .isInstanceOfSatisfying(ManifestException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("expected a value for \"id\"");
    }

    @Test
    @DisplayName("R-MF1 anchors, aliases and explicit tags are refused")
    void anchors_aliases_and_tags_are_refused() {
        String alias = "release: &r\n  id: rel-2024-01-15-001\n  status: draft\nother: *r\n";
        String tag = "release:\n  id: !!java.lang.Runtime rel-2024-01-15-001\n  status: draft\n";

        assertThatThrownBy(() -> ReleaseManifest.parse(alias, "a.yaml")).isInstanceOf(ManifestException.class)
                .hasMessageContaining("a.yaml line 1");
        assertThatThrownBy(() -> ReleaseManifest.parse(tag, "t.yaml")).isInstanceOf(ManifestException.class)
                .hasMessageContaining("t.yaml line 2")
                .hasMessageContaining("without anchors, aliases or explicit tags");
    }

    @Test
    @DisplayName("R-MF1 deep nesting and oversized documents are refused")
    void limits_are_enforced() {
        String deep = "release:\n  id: rel-2024-01-15-001\n  status: draft\nx: " + "[".repeat(100) + "]".repeat(100) + "\n";
        String huge = "release:\n  id: rel-2024-01-15-001\n  status: draft\nx: '" + "a".repeat(1_000_001) + "'\n";

        assertThatThrownBy(() -> ReleaseManifest.parse(deep, "deep.yaml")).isInstanceOf(ManifestException.class)
                .hasMessageContaining("deep.yaml");
        assertThatThrownBy(() -> ReleaseManifest.parse(huge, "huge.yaml")).isInstanceOf(ManifestException.class)
                .hasMessageContaining("at most 1000000 characters");
    }

    @Test
    void duplicate_keys_are_refused() {
        String yaml = "release:\n  id: rel-2024-01-15-001\n  status: draft\n  status: approved\n";

        assertThatThrownBy(() -> ReleaseManifest.parse(yaml, "d.yaml"))
                .isInstanceOfSatisfying(ManifestException.class, e -> assertThat(e.line()).isEqualTo(4))
                .hasMessageContaining("d.yaml line 4, column 9")
                .hasMessageContaining("Duplicate field 'status'");
    }

    @Test
    @DisplayName("R-MF1 release ids are rel-YYYY-MM-DD-NNN, the next one follows the day's highest")
    void release_ids_follow_the_clock_and_existing_ids() {
        var clock = java.time.Clock.fixed(java.time.Instant.parse("2024-01-15T08:00:00Z"), java.time.ZoneOffset.UTC);
        var existing = java.util.List.of(ReleaseId.parse("rel-2024-01-15-001"), ReleaseId.parse("rel-2024-01-15-003"),
                ReleaseId.parse("rel-2024-01-14-009"));

        assertThat(ReleaseId.next(clock, existing)).hasToString("rel-2024-01-15-004");
        assertThat(ReleaseId.next(clock, java.util.List.of())).hasToString("rel-2024-01-15-001");
        assertThat(ReleaseId.tryParse("rel-2024-02-30-001")).isEmpty();
        assertThat(ReleaseId.tryParse("rel-2024-01-15-000")).isEmpty();
        assertThat(ReleaseId.tryParse("rel-2024-01-15-001/../x")).isEmpty();
    }

    @Test
    @DisplayName("R-MF1 names that become file or branch names refuse .., /, whitespace and metacharacters")
    void unsafe_names_are_refused() {
        for (String bad : new String[] {"..", "a..b", "a/b", "a b", "-x", ".x", "a;rm", "a$b", "a~1", "a^", "a:b",
                "a?", "a*", "a[", "a\\b", "a@{", "x.lock", "x.", "", "a".repeat(65), "`x`", "a|b"}) {
            assertThat(SafeNames.isSafe(bad)).as(bad).isFalse();
        }
        assertThat(SafeNames.isSafe("placement-service")).isTrue();
        assertThat(SafeNames.isSafe("api_v2.core")).isTrue();
        assertThatThrownBy(() -> SafeNames.requireSafe("a/b", "component name"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Invalid component name \"a/b\" at position 1");
    }
}
