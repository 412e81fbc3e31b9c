package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.spi.CommitChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ManifestDraftTest {
    static final ReleaseHeader HEADER = ReleaseHeader.draft(ReleaseId.parse("rel-2024-01-15-001"), ReleaseType.REGULAR,
            "2024-01-16T10:00:00Z", "@john.doe");
    static final List<ComponentRule> MAP = List.of(
            new ComponentRule("nedlia-back-end/api/", "api", "api-team", "@alice"),
            new ComponentRule("nedlia-back-end/services/placement-service", "placement-service", "placement-team", "@bob"),
            new ComponentRule("nedlia-front-end/**/*.tsx", "portal", "portal-team", "@carol"),
            new ComponentRule("nedlia-back-end/workers/", "workers", "workers-team", ""));

    static CommitChange change(String id, String message, String author, String... paths) {
        return new CommitChange(Commit.of(id, message, author, Instant.EPOCH), List.of(paths));
    }

    static ManifestDraft draft() {
        return ManifestDraft.builder().release(HEADER).rules(MAP)
                .currentVersion("api", ManifestVersion.parse("v1.2.3"))
                .currentVersion("placement-service", ManifestVersion.parse("v2.1.0"))
                .currentVersion("portal", ManifestVersion.parse("v3.0.1"))
                .currentVersion("workers", ManifestVersion.parse("v1.5.0"));
    }

    static final List<CommitChange> CHANGES = List.of(
            change("a1", "feat: Add placement bulk upload endpoint", "@erin", "nedlia-back-end/api/Upload.java"),
            change("a2", "fix: Rate limiting edge case", "@frank", "nedlia-back-end/api/Limit.java",
                    "nedlia-back-end/api/LimitTest.java"),
            change("b1", "perf: Optimize database queries", "@gina",
                    "nedlia-back-end/services/placement-service/Db.java"),
            change("c1", "fix: Mobile responsive issues", "@hal", "nedlia-front-end/portal/src/App.tsx"),
            change("d1", "docs: readme", "@ivy", "README.md", "nedlia-front-end/portal/README.md"));

    @Test
    @DisplayName("R-MF3 R-S1 a merge's or a backport's paths are not a change: main merged back into develop does not re-release a component")
    void merge_commits_are_not_changes() {
        ReleaseManifest m = draft().changes(List.of(
                change("m1", "Merge pull request #1 from release/v1.2.3", "@bot", "nedlia-back-end/api/Upload.java",
                        "nedlia-back-end/workers/Job.java"),
                change("b1", "chore(release): backport v1.2.3 to develop", "@bot", "nedlia-back-end/workers/Job.java"),
                change("a1", "fix: Rate limiting edge case", "@frank", "nedlia-back-end/api/Limit.java"))).build();

        assertThat(m.findComponent("api").orElseThrow().changes()).containsExactly("fix: Rate limiting edge case");
        Component workers = m.findComponent("workers").orElseThrow();
        assertThat(workers.changes()).isEmpty();
        assertThat(workers.isChanged()).isFalse();
        assertThat(workers.signOff().status()).isEqualTo(SignOffStatus.NOT_REQUIRED);
    }

    @Test
    @DisplayName("R-MF3 changed paths give components, change lists and new versions with their reasons")
    void changes_give_components_and_versions() {
        ReleaseManifest m = draft().changes(CHANGES).build();

        Component api = m.findComponent("api").orElseThrow();
        assertThat(api.changes()).containsExactly("feat: Add placement bulk upload endpoint", "fix: Rate limiting edge case");
        assertThat(api.newVersion()).hasToString("v1.3.0");
        assertThat(api.versionReason()).startsWith("1.2.3 → 1.3.0 (minor)");
        assertThat(api.authors()).containsExactly("@erin", "@frank");
        assertThat(api.signOff().status()).isEqualTo(SignOffStatus.PENDING);
        assertThat(api.teamLead()).isEqualTo("@alice");
        assertThat(m.findComponent("placement-service").orElseThrow().newVersion()).hasToString("v2.1.1");
        assertThat(m.findComponent("portal").orElseThrow().changes()).containsExactly("fix: Mobile responsive issues");
        assertThat(m.status()).isEqualTo(ReleaseStatus.DRAFT);
    }

    @Test
    @DisplayName("R-MF2 an unchanged component keeps its version and needs no sign-off")
    void unchanged_component_is_not_required() {
        ReleaseManifest m = draft().changes(CHANGES).build();

        Component workers = m.findComponent("workers").orElseThrow();
        assertThat(workers.newVersion()).isEqualTo(workers.currentVersion());
        assertThat(workers.changes()).isEmpty();
        assertThat(workers.signOff()).isEqualTo(SignOff.notRequired());
        assertThat(m.readiness().of(Readiness.Kind.PENDING_SIGN_OFF)).extracting(Readiness.Missing::subject)
                .containsExactly("api", "placement-service", "portal");
    }

    @Test
    @DisplayName("R-MF3 a shared version gives every released component the same version")
    void shared_version() {
        ReleaseManifest m = draft().sharedVersion(true).changes(CHANGES).build();

        assertThat(m.components().stream().filter(Component::isChanged).map(c -> c.newVersion().toString()))
                .containsOnly("v3.1.0");
        assertThat(m.findComponent("workers").orElseThrow().newVersion()).hasToString("v1.5.0");
        assertThat(m.findComponent("placement-service").orElseThrow().versionReason())
                .startsWith("2.1.0 → 2.1.1 (patch)")
                .endsWith("\nThe release shares one version, 3.1.0, set by its most significant change in any component.");
    }

    @Test
    @DisplayName("R-RT1 a hotfix changes one component only and skips team sign-offs")
    void hotfix_single_component() {
        ReleaseHeader hotfix = ReleaseHeader.draft(ReleaseId.parse("rel-2024-01-15-002"), ReleaseType.HOTFIX, "", "");

        assertThatThrownBy(() -> draft().release(hotfix).changes(CHANGES).build())
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("R-RT1: a hotfix deploys a single component, this one changes 3");
        ReleaseManifest one = draft().release(hotfix).changes(CHANGES.subList(0, 1))
                .approvals(ReleaseTrains.defaults(java.time.ZoneOffset.UTC).approvals(ReleaseType.HOTFIX, "")).build();
        assertThat(one.findComponent("api").orElseThrow().signOff().status()).isEqualTo(SignOffStatus.NOT_REQUIRED);
        assertThat(one.readiness().missing()).extracting(Readiness.Missing::subject).containsExactly("Tech Lead", "On-call");
    }

    @Test
    void rules_match_prefixes_and_globs() {
        assertThat(MAP.get(0).matches("nedlia-back-end/api/x/y.java")).isTrue();
        assertThat(MAP.get(0).matches("nedlia-back-end/apix/y.java")).isFalse();
        assertThat(MAP.get(2).matches("nedlia-front-end/portal/src/App.tsx")).isTrue();
        assertThat(MAP.get(2).matches("nedlia-front-end/App.tsx")).isTrue();
        assertThat(MAP.get(2).matches("nedlia-front-end/portal/README.md")).isFalse();
    }
}
