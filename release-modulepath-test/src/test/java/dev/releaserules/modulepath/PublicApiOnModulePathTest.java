package dev.releaserules.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.changelog.ChangelogGenerator;
import dev.releaserules.core.changelog.ChangelogRenderer;
import dev.releaserules.core.changelog.ReleaseNotes;
import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.manifest.ManifestEvent;
import dev.releaserules.core.manifest.Readiness;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.validation.Check;
import dev.releaserules.core.validation.ConsistencyCheck;
import dev.releaserules.core.validation.ConsistencyReport;
import dev.releaserules.core.version.Version;
import dev.releaserules.git.GitRepositories;
import dev.releaserules.notify.Channels;
import dev.releaserules.notify.HttpTransport;
import dev.releaserules.notify.Notifications;
import dev.releaserules.notify.Route;
import dev.releaserules.notify.Secret;
import dev.releaserules.notify.WebhookOptions;
import dev.releaserules.testkit.fakes.RecordingListener;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TestIdentities;
import dev.releaserules.testkit.hosting.InMemoryHosting;
import dev.releaserules.testkit.http.RecordedRequest;
import dev.releaserules.testkit.http.RecordingServer;
import dev.releaserules.testkit.http.ScriptedResponse;
import dev.releaserules.testkit.junit.TempGitRepositoryExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A small real release through exported packages only, from a named module. */
class PublicApiOnModulePathTest {

    @RegisterExtension
    final TempGitRepositoryExtension git = TempGitRepositoryExtension.builder().initialBranch("main").build();

    /** Production at 2.2.0 on main, two features and a fix on develop, all on origin. */
    private static void history(TempGitRepository repo) {
        repo.commit("chore: start", Map.of("version.txt", "2.2.0\n", "CHANGELOG.md", "# Changelog\n"))
                .tag("v2.2.0")
                .branch("develop").checkout("develop")
                .commit("feat(api): bulk upload", Map.of("api.txt", "x\n"))
                .commit("fix: rate limit edge case", Map.of("api.txt", "y\n"))
                .push("refs/heads/main", "refs/heads/develop", "refs/tags/v2.2.0");
    }

    @Test
    @DisplayName("R-T1 R-T2 R-C1 prepare, validate and a changelog through the exported API on the module path")
    void prepare_validate_and_changelog(TempGitRepository repo) {
        // given
        history(repo);
        InMemoryHosting hosting = new InMemoryHosting();
        RecordingListener heard = new RecordingListener();

        try (SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(hosting).clock(repo.clock())
                    .identity(TestIdentities.RELEASE_BOT).listener(heard).build();

            // when
            PreparedRelease prepared = flow.prepare().call();
            ConsistencyReport good = flow.validate().tag("v2.3.0").version("2.3.0").call();
            ConsistencyReport bad = flow.validate().tag("v2.3.0").version("2.3.1").call();
            ReleaseNotes notes = ChangelogGenerator.withDefaults().notes()
                    .version(Version.parse("2.3.0")).previousVersion(Version.parse("2.2.0"))
                    .date(LocalDate.of(2024, 1, 15)).tag("v2.3.0").previousTag("v2.2.0")
                    .commits(source.log(CommitRange.between("v2.2.0", "develop")))
                    .build();

            // then
            assertThat(prepared.version()).isEqualTo(Version.of(2, 3, 0));
            assertThat(repo.originRefs()).containsKeys("refs/heads/release/v2.3.0", "refs/tags/v2.3.0");
            assertThat(hosting.findOpenPullRequest("release/v2.3.0", "main")).isPresent();
            assertThat(heard.types()).containsExactly(EventType.RELEASE_PREPARED, EventType.FEATURE_CUTOFF,
                    EventType.VALIDATION_FAILED);
            assertThat(good.isOk()).isTrue();
            assertThat(bad.isOk()).isFalse();
            assertThat(bad.failed(Check.TAG_MATCHES_REQUESTED_VERSION)).isTrue();
            assertThat(ChangelogRenderer.of(ChangelogGenerator.withDefaults().config()).render(notes))
                    .contains("2.3.0", "bulk upload", "rate limit edge case");
        }
    }

    @Test
    @DisplayName("R-T2 the pure consistency check lists every failed check")
    void pure_consistency_check() {
        // when
        ConsistencyReport report = ConsistencyCheck.builder().tag("v2.3.0").requestedVersion("2.3.1")
                .versionFileContent("2.3.2\n").check();

        // then
        assertThat(report.isOk()).isFalse();
        assertThat(report.violations()).extracting(v -> v.check())
                .containsExactly(Check.TAG_MATCHES_REQUESTED_VERSION, Check.VERSION_FILE_MATCHES_TAG);
        assertThat(report.describe()).contains("2.3.1", "2.3.2");
    }

    @Test
    @DisplayName("R-N1 an event reaches a webhook on loopback and the console channel")
    void webhook_and_console_notifications() {
        // given
        try (RecordingServer server = RecordingServer.start()) {
            server.respondByDefault(ScriptedResponse.status(200));
            ReleaseEvent rollback = new ManifestEvent.RollbackInitiated(ReleaseId.parse("rel-2024-01-15-001"), "@oncall",
                    "error rate above SLO", git.repository().clock().instant());
            try (Notifications notifications = Notifications.builder()
                    .channel("hooks", Channels.webhook(Secret.of(server.uri("/hook/URL-SECRET").toString()),
                            WebhookOptions.none(), HttpTransport.defaults()))
                    .channel("log", Channels.console())
                    .route(Route.withDefaultMessage(EventType.ROLLBACK_INITIATED, "hooks"))
                    .route(Route.withDefaultMessage(EventType.ROLLBACK_INITIATED, "log"))
                    .build()) {

                // when
                List<DeliveryResult> results = notifications.publishAsync(rollback).join();

                // then
                assertThat(results).extracting(DeliveryResult::channel).containsExactly("hooks", "log");
                assertThat(results).allSatisfy(result -> assertThat(result.isOk()).isTrue());
                RecordedRequest request = server.awaitRequests(1, Duration.ofSeconds(10)).get(0);
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.bodyText()).contains("rollback_initiated", "error rate above SLO");
                assertThat(results.toString()).doesNotContain("URL-SECRET");
            }
        }
    }

    @Test
    @DisplayName("R-MF1 R-SO2 a manifest YAML file loads and says what is missing")
    void manifest_yaml_loads(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("2024-01-15-release.yaml");
        Files.writeString(file, """
                release:
                  id: rel-2024-01-15-001
                  scheduled_at: '2024-01-15T10:00:00Z'
                  release_manager: '@john.doe'
                  status: pending_approval
                  owner_note: kept as written
                components:
                  - name: api
                    current_version: v1.2.3
                    new_version: v1.3.0
                    changes:
                      - 'feat: Add placement bulk upload endpoint'
                    team: api-team
                    team_lead: '@alice'
                    sign_off: pending
                """);

        // when
        ReleaseManifest manifest = ReleaseManifest.read(file);
        Readiness readiness = manifest.readiness();

        // then
        assertThat(manifest.status()).isEqualTo(ReleaseStatus.PENDING_APPROVAL);
        assertThat(manifest.components()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("api"));
        assertThat(readiness.isReady()).isFalse();
        assertThat(readiness.missing()).anySatisfy(m -> assertThat(m.subject()).isEqualTo("api"));
        assertThat(manifest.toYaml()).contains("owner_note: kept as written");
    }
}
