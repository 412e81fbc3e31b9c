package dev.releaserules.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.Links;
import dev.releaserules.core.event.Priority;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.manifest.ManifestEvent;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.ReleaseType;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.core.version.Version;
import dev.releaserules.notify.internal.DiscordNotifier;
import dev.releaserules.notify.internal.SlackNotifier;
import dev.releaserules.notify.internal.TelegramNotifier;
import dev.releaserules.testkit.http.RecordingServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notification lists of both release processes, as they are written, load and render for every
 * event; our links stay links and urgent events are marked on every channel (R-NT, R-N2).
 */
class ProcessNotificationListsTest {
    private static final Instant T = Instant.parse("2024-01-15T10:00:00Z");
    private static final ReleaseId ID = ReleaseId.parse("rel-2024-01-15-001");
    private static final Version V = Version.parse("2.2.0");
    private static final Links LINKS = new Links("https://github.com/acme/spooliq/pull/123",
            "https://github.com/acme/spooliq/actions/runs/42", "https://github.com/acme/spooliq/releases/tag/v2.2.0",
            "https://github.com/acme/spooliq/compare/v2.1.1...v2.2.0");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final RecordingServer server = RecordingServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    /** One event of every type, with the values the processes' examples show. */
    static ReleaseEvent sample(EventType type) {
        return switch (type) {
            case RELEASE_PREPARED -> new ReleaseEvent.ReleasePrepared(V, "v2.2.0", "release/v2.2.0", 123,
                    T.plus(Duration.ofHours(8)), LINKS, T);
            case FEATURE_CUTOFF -> new ReleaseEvent.FeatureCutoff(V, "release/v2.2.0", "abc1234", T);
            case STAGING_DEPLOYED -> new ReleaseEvent.StagingDeployed(Version.parse("2.2.0-rc.1705312800"),
                    "release/v2.2.0", "abc1234", T);
            case PRODUCTION_TRIGGERED -> new ReleaseEvent.ProductionTriggered(V, 123, "@developer", LINKS, T);
            case PRODUCTION_SUCCEEDED -> new ReleaseEvent.ProductionSucceeded(V, "ecr/spooliq:2.2.0",
                    Duration.ofSeconds(323), "", Duration.ofHours(6), Duration.ofHours(8), LINKS, T);
            case PRODUCTION_FAILED -> new ReleaseEvent.ProductionFailed(V, "ecr/spooliq:2.2.0", Duration.ofSeconds(90),
                    "", "health check failed", Duration.ofHours(6), Duration.ofHours(8), LINKS, T);
            case RELEASE_COMPLETED -> new ReleaseEvent.ReleaseCompleted(V, "v2.2.0", List.of(
                    new ReleaseEvent.Milestone("Release prepared", T.minus(Duration.ofHours(6))),
                    new ReleaseEvent.Milestone("Production triggered", T.minus(Duration.ofHours(2))),
                    new ReleaseEvent.Milestone("Deployed to production", T)), Duration.ofHours(6), Duration.ofHours(8),
                    false, LINKS, T);
            case VALIDATION_FAILED -> new ReleaseEvent.ValidationFailed("v2.2.0", "2.2.1",
                    List.of("the tag names 2.2.0, not 2.2.1"), T);
            case BACKPORT_CREATED -> new ReleaseEvent.BackportCreated(V, "backport/v2.2.0-to-develop", 124,
                    "https://github.com/acme/spooliq/pull/124", T);
            case HOTFIX_CREATED -> new ReleaseEvent.HotfixCreated(Version.parse("2.2.1"), "v2.2.1", "hotfix/v2.2.1", 125,
                    "https://github.com/acme/spooliq/pull/125", "Checkout fails for carts over 100 items", T);
            case RELEASE_CREATED -> new ManifestEvent.ReleaseCreated(ID, ReleaseType.REGULAR, T, "@john.doe", 3,
                    List.of("api", "web", "worker"), T);
            case SIGNOFF_PENDING -> new ManifestEvent.SignOffPending(ID, "api", "backend", "@alice", T);
            case SIGNOFF_RECEIVED -> new ManifestEvent.SignOffReceived(ID, "api", "backend", "@alice", T);
            case SIGNOFF_REJECTED -> new ManifestEvent.SignOffRejected(ID, "api", "backend", "@alice", "tests red", T);
            case ALL_SIGNOFFS_RECEIVED -> new ManifestEvent.AllSignOffsReceived(ID, T);
            case APPROVAL_RECEIVED -> new ManifestEvent.ApprovalReceived(ID, "Tech Lead", "@tech-lead", T);
            case STATUS_CHANGED -> new ManifestEvent.StatusChanged(ID, ReleaseStatus.APPROVED, ReleaseStatus.DEPLOYING, T);
            case DEPLOYMENT_STARTED -> new ManifestEvent.DeploymentStarted(ID, false, T);
            case DEPLOYMENT_COMPLETED -> new ManifestEvent.DeploymentCompleted(ID, false, Duration.ofMinutes(42), T);
            case DEPLOYMENT_FAILED -> new ManifestEvent.DeploymentFailed(ID, "api", "health check 503", T);
            case RELEASE_CANCELLED -> new ManifestEvent.ReleaseCancelled(ID, "@john.doe", "freeze", T);
            case ROLLBACK_INITIATED -> new ManifestEvent.RollbackInitiated(ID, "@alice", "error rate", T);
        };
    }

    /** What each process's own list says, word for word where it has a message; our defaults elsewhere. */
    private static final Map<EventType, String> PROCESS_MESSAGES = Map.ofEntries(
            // The release-management process's notification list, as written.
            Map.entry(EventType.RELEASE_CREATED, "🚀 New release {release_id} created with {component_count} components"),
            Map.entry(EventType.SIGNOFF_PENDING, "📋 Sign-off required for {component} in release {release_id}"),
            Map.entry(EventType.SIGNOFF_RECEIVED, "✅ {team} approved {component} for {release_id}"),
            Map.entry(EventType.ALL_SIGNOFFS_RECEIVED, " All sign-offs received for {release_id}. Ready for deployment!"),
            Map.entry(EventType.DEPLOYMENT_STARTED, "🚀 Deployment started for {release_id}"),
            Map.entry(EventType.DEPLOYMENT_COMPLETED, "✅ {release_id} successfully deployed to production"),
            Map.entry(EventType.ROLLBACK_INITIATED, "⚠️ ROLLBACK initiated for {release_id} by {user}"),
            // The quick-release process's messages.
            Map.entry(EventType.RELEASE_PREPARED, "🚀 Release v{version} prepared!\\n\\n⚠️ FEATURE CUTOFF: New features "
                    + "→ next release\\nTarget: {target_time}\\n📋 PR: <{pull_request_url}|#{pull_request}>"),
            Map.entry(EventType.PRODUCTION_TRIGGERED, "🚀 Production deployment triggered for v{version}\\n\\n"
                    + "PR <{pull_request_url}|#{pull_request}> merged by {merged_by}\\nWatch: <{run_url}|Actions>"),
            Map.entry(EventType.PRODUCTION_SUCCEEDED, "✅ Production deployment SUCCESS!\\n\\nVersion: v{version}\\n"
                    + "Docker: {artifact}\\nBuild time: {duration}\\nRelease: {release_url}"),
            Map.entry(EventType.RELEASE_COMPLETED, "✅ Release v{version} DEPLOYED TO PRODUCTION\\n\\n"
                    + "Time: {elapsed} (target was {target})\\n🔗 Release notes: <{release_url}|GitHub Release>\\n\\n"
                    + "Timeline:\\n{timeline}"),
            Map.entry(EventType.BACKPORT_CREATED, "🔄 Backport PR created\\n\\nVersion: v{version}\\nTarget: develop\\n"
                    + "PR: <{pull_request_url}|#{pull_request}>"));

    private Path routing() throws IOException {
        String routes = Arrays.stream(EventType.values()).map(type -> "  - event: " + type.wireName() + "\n"
                + "    channel: '" + (type == EventType.SIGNOFF_PENDING ? "#team-{team}" : "#releases") + "'\n"
                + (type == EventType.ROLLBACK_INITIATED ? "    priority: urgent\n" : "")
                + (PROCESS_MESSAGES.containsKey(type) ? "    message: \"" + PROCESS_MESSAGES.get(type) + "\"\n" : ""))
                .collect(Collectors.joining());
        Path file = dir.resolve("notifications.yaml");
        Files.writeString(file, """
                channels:
                  '#releases':
                    type: slack
                    webhook: ${env:SLACK_RELEASES}
                  '#team-{team}':
                    type: slack
                    webhook: ${env:SLACK_TEAMS}
                notifications:
                """ + routes);
        return file;
    }

    private Notifications load() throws IOException {
        return Notifications.load(routing(), Environment.of(Map.of(
                "SLACK_RELEASES", server.uri("/slack/releases-SECRET").toString(),
                "SLACK_TEAMS", server.uri("/slack/teams-SECRET").toString())), new ManualTime().transport());
    }

    @Test
    @DisplayName("R-NT the notification lists of both processes load as written and render every event type")
    void both_processes_lists_render_every_event() throws IOException {
        Notifications notifications = load();

        assertThat(notifications.routes()).hasSize(EventType.values().length);
        for (EventType type : EventType.values()) {
            List<Notification> rendered = notifications.render(sample(type));
            assertThat(rendered).as(type.wireName()).singleElement().satisfies(n -> {
                assertThat(n.text()).as(type.wireName()).isNotBlank().doesNotContainPattern("\\{[a-z_]+}");
                assertThat(SlackNotifier.payload(n)).as(type.wireName()).doesNotContainPattern("\\{[a-z_]+}");
            });
        }
        assertThat(notifications.render(sample(EventType.SIGNOFF_PENDING))).singleElement()
                .satisfies(n -> assertThat(n.channel()).isEqualTo("#team-backend"));
        assertThat(notifications.render(sample(EventType.RELEASE_COMPLETED))).singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("""
                        ✅ Release v2.2.0 DEPLOYED TO PRODUCTION

                        Time: 6h (target was 8h)
                        🔗 Release notes: <https://github.com/acme/spooliq/releases/tag/v2.2.0|GitHub Release>

                        Timeline:
                        T+0: Release prepared
                        T+4h: Production triggered
                        T+6h: Deployed to production"""));
    }

    @Test
    @DisplayName("R-N2 Slack keeps our links as links, escapes user text that imitates one, marks urgent, and takes "
            + "the route's summary as its fallback text")
    void slack_links_urgent_and_fallback() throws IOException {
        Route route = Route.of(EventType.PRODUCTION_TRIGGERED, "#releases",
                "PR <{pull_request_url}|#{pull_request}> merged by {merged_by}\nWatch: <{run_url}|the run>")
                .withSummary("v{version} is going to production");
        ReleaseEvent hostile = new ReleaseEvent.ProductionTriggered(V, 123, "<!channel> <https://evil.example|x>",
                LINKS, T);
        Notification n;
        try (Notifications notifications = Notifications.builder().channel("#releases", Channels.console()).route(route)
                .build()) {
            n = notifications.render(hostile).get(0);
        }

        JsonNode slack = JSON.readTree(SlackNotifier.payload(n));
        String section = slack.path("blocks").get(0).path("text").path("text").asText();

        assertThat(section).contains("<https://github.com/acme/spooliq/pull/123|#123>",
                "<https://github.com/acme/spooliq/actions/runs/42|the run>", "&lt;!channel&gt;",
                "&lt;https://evil.example|x&gt;");
        assertThat(slack.path("text").asText()).isEqualTo("v2.2.0 is going to production");

        Notification urgent = Notification.of(hostile, "#releases", "Production failed", Priority.URGENT);
        JsonNode marked = JSON.readTree(SlackNotifier.payload(urgent));
        assertThat(marked.path("text").asText()).startsWith("🚨 URGENT: ");
        assertThat(marked.path("blocks").get(0).path("text").path("text").asText()).startsWith("*🚨 URGENT*\n");
    }

    @Test
    @DisplayName("R-N2 Telegram and Discord show our links as links and mark urgent messages; a link without an "
            + "address is its label")
    void telegram_and_discord_links_and_urgent() throws IOException {
        ReleaseEvent event = sample(EventType.PRODUCTION_FAILED);
        Notification n = Notification.of(event, "#releases",
                Template.of("Failed: {reason} <{run_url}|the run> <{compare_url}|changes>").render(event.attributes()));

        JsonNode telegram = JSON.readTree(TelegramNotifier.payload("@releases", n));
        assertThat(telegram.path("text").asText()).startsWith("<b>🚨 URGENT</b>\n")
                .contains("<a href=\"https://github.com/acme/spooliq/actions/runs/42\">the run</a>");
        String discord = DiscordNotifier.content(n);
        assertThat(discord).startsWith("**🚨 URGENT**\n").contains("[the run](<https://github.com/acme/spooliq/actions/runs/42>)");

        ReleaseEvent noLinks = new ReleaseEvent.ProductionTriggered(V, 7, "@dev", T);
        assertThat(Template.of("PR <{pull_request_url}|#{pull_request}> merged").render(noLinks.attributes()))
                .isEqualTo("PR #7 merged");
    }
}
