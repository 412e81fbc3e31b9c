package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.manifest.Checklist;
import dev.releaserules.core.manifest.ChecklistItem;
import dev.releaserules.core.manifest.ComponentRule;
import dev.releaserules.core.manifest.ManifestDraft;
import dev.releaserules.core.manifest.ManifestVersion;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseTrains;
import dev.releaserules.core.manifest.ReleaseType;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.PathFilter;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.testkit.git.TempGitRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Manifests drafted from the paths a real repository changed between the last release and the candidate. */
class ManifestFromRepositoryTest {
    final ReleaseTrains trains = ReleaseTrains.defaults(ZoneOffset.UTC);
    final Clock clock = Clock.fixed(Instant.parse("2024-01-10T08:00:00Z"), ZoneOffset.UTC);
    final List<ComponentRule> map = List.of(new ComponentRule("services/api/", "api", "api-team", "@alice"),
            new ComponentRule("services/web/", "web", "web-team", "@carol"));

    ManifestDraft draft(ReleaseType type, SourceRepository source, String since, String to) {
        return ManifestDraft.builder().release(trains.draft(type, clock, List.<ReleaseId>of(), "@john.doe"))
                .rules(map)
                .currentVersion("api", ManifestVersion.parse("v1.0.0"))
                .currentVersion("web", ManifestVersion.parse("v1.0.0"))
                .changes(source.changes(CommitRange.between(since, to)))
                .checklist(Checklist.required(type))
                .migrations(PathFilter.including("**/migrations/**"));
    }

    @Test
    @DisplayName("R-CL1 a migration changed between the last release and the candidate adds the database migrations review")
    void migrations_between_release_and_candidate() {
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: base", Map.of("services/api/A.java", "a\n", "services/web/App.tsx", "w\n")).tag("v1.0.0")
                    .commit("feat(web): basket", Map.of("services/web/Basket.tsx", "b\n")).tag("v1.1.0-rc.1")
                    .commit("feat(api): orders table", Map.of("services/api/migrations/V2__orders.sql", "create\n"));
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {

                ReleaseManifest upToRc = draft(ReleaseType.REGULAR, source, "v1.0.0", "v1.1.0-rc.1").build();
                ReleaseManifest upToMain = draft(ReleaseType.REGULAR, source, "v1.0.0", "main").build();

                assertThat(upToRc.checklist()).extracting(ChecklistItem::item).containsExactly(
                        "All team sign-offs received", "Integration tests passing", "Security scan clean",
                        "Rollback plan documented");
                assertThat(upToMain.checklist()).extracting(ChecklistItem::item).endsWith("Database migrations reviewed");
                assertThat(upToMain.id()).as("R-RT2 the id of the train of 2024-01-16").hasToString("rel-2024-01-16-001");
            }
        }
    }

    @Test
    @DisplayName("R-HF1 a hotfix branch cut from the production tag patches the one component it touches, even with a breaking commit")
    void hotfix_from_a_repository() {
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: base", Map.of("services/api/A.java", "a\n", "services/web/App.tsx", "w\n")).tag("v1.0.0")
                    .branch("hotfix/double-charge").checkout("hotfix/double-charge")
                    .commit("fix(api)!: refuse a second charge", Map.of("services/api/Pay.java", "p\n"));
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {

                ReleaseManifest hotfix = draft(ReleaseType.HOTFIX, source, "v1.0.0", "hotfix/double-charge")
                        .approvals(trains.approvals(ReleaseType.HOTFIX, "", Map.of("Tech Lead", "@tina", "On-call", "@oscar")))
                        .build();

                assertThat(hotfix.findComponent("api").orElseThrow().newVersion()).hasToString("v1.0.1");
                assertThat(hotfix.findComponent("web").orElseThrow().isChanged()).isFalse();
                assertThat(hotfix.id()).as("a hotfix runs as needed: today").hasToString("rel-2024-01-10-001");
                assertThat(hotfix.readiness().missing()).extracting(m -> m.subject()).containsExactly(
                        "Integration tests passing", "Security scan clean", "Rollback plan documented", "Tech Lead",
                        "On-call");
            }
        }
    }
}
