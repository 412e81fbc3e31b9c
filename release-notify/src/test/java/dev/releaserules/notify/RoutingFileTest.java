package dev.releaserules.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.Priority;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.manifest.ManifestEvent;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.testkit.http.RecordingServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingFileTest {
    @TempDir
    Path dir;

    private final RecordingServer server = RecordingServer.start();
    private final ManualTime time = new ManualTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("notifications.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private Environment env() {
        return Environment.of(Map.of("SLACK_RELEASES", server.uri("/slack/releases-SECRET").toString(),
                "SLACK_TEAMS", server.uri("/slack/teams-SECRET").toString()));
    }

    private static final String CHANNELS = """
            channels:
              '#releases':
                type: slack
                webhook: ${env:SLACK_RELEASES}
              '#team-{team}':
                type: slack
                webhook: ${env:SLACK_TEAMS}
            """;

    @Test
    @DisplayName("R-NT routing from YAML: event -> channel with {team} -> template, with priority")
    void loads_and_routes_like_the_release_management_process() throws IOException {
        // given
        Path file = write(CHANNELS + """
                notifications:
                  - event: signoff_pending
                    channel: '#team-{team}'
                    message: '📋 Sign-off required for {component} in release {release_id}'
                  - event: rollback_initiated
                    channel: '#releases'
                    priority: urgent
                    message: '⚠️ ROLLBACK initiated for {release_id} by {by}'
                  - event: all_signoffs_received
                    channel: '#releases'
                """);

        // when
        try (Notifications notifications = Notifications.load(file, env(), time.transport())) {
            List<Notification> pending = notifications.render(new ManifestEvent.SignOffPending(ReleaseId.parse("rel-2024-01-15-001"), "api", "api",
                    "@bob", Events.T));
            List<Notification> all = notifications.render(new ManifestEvent.AllSignOffsReceived(ReleaseId.parse("rel-2024-01-15-001"), Events.T));
            List<DeliveryResult> results = notifications.publish(new ManifestEvent.SignOffPending(ReleaseId.parse("rel-2024-01-15-001"), "api",
                    "api", "@bob", Events.T));

            // then
            assertThat(pending).singleElement().satisfies(n -> {
                assertThat(n.channel()).isEqualTo("#team-api");
                assertThat(n.text()).isEqualTo("📋 Sign-off required for api in release rel-2024-01-15-001");
            });
            assertThat(all).singleElement().satisfies(n ->
                    assertThat(n.text()).isEqualTo("🎉 All sign-offs received for rel-2024-01-15-001. Ready for deployment!"));
            assertThat(notifications.routes().get(1).priority()).hasValue(Priority.URGENT);
            assertThat(results).singleElement().satisfies(r -> assertThat(r.isOk()).isTrue());
            assertThat(server.requests().get(0).path()).isEqualTo("/slack/teams-SECRET");
        }
    }

    @Test
    @DisplayName("R-NT the seed's notification list loads as written, {component_count} and {user} included")
    void the_seed_list_loads() throws IOException {
        // given
        Path file = write(CHANNELS + """
                notifications:
                  - event: release_created
                    channel: '#releases'
                    message: '🚀 New release {release_id} created with {component_count} components'
                  - event: rollback_initiated
                    channel: '#releases'
                    priority: urgent
                    message: '⚠️ ROLLBACK initiated for {release_id} by {user}'
                """);

        // when
        Notifications notifications = Notifications.load(file, env(), time.transport());

        // then
        assertThat(notifications.routes()).hasSize(2);
        assertThat(notifications.routes().get(1).priority()).hasValue(Priority.URGENT);
    }

    @Test
    @DisplayName("R-NT unknown placeholders are refused at load, naming the file, the entry and the placeholder")
    void refuses_unknown_placeholders_naming_file_entry_and_placeholder() throws IOException {
        // given
        Path file = write(CHANNELS + """
                notifications:
                  - event: release_created
                    channel: '#releases'
                    message: '🚀 New release {release_id} created with {component_names} components'
                  - event: rollback_initiated
                    channel: '#releases'
                    priority: urgent
                    message: '⚠️ ROLLBACK initiated for {release_id} by {username}'
                """);

        // when
        NotificationConfigException e = catchThrowableOfType(NotificationConfigException.class,
                () -> Notifications.load(file, env(), time.transport()));

        // then
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0).source()).isEqualTo(file.toString());
        assertThat(e.problems().get(0).entry()).isEqualTo("notifications[0] (event release_created)");
        assertThat(e.problems().get(0).detail()).startsWith("message names unknown placeholder {component_names}")
                .contains("{release_id}", "{release_type}");
        assertThat(e.problems().get(1).entry()).isEqualTo("notifications[1] (event rollback_initiated)");
        assertThat(e.problems().get(1).detail()).contains("{username}", "{by}");
        assertThat(e.getMessage()).contains(file.toString(), "notifications[0]", "{component_names}", "{username}");
    }

    @Test
    @DisplayName("R-NT an unknown event and a channel without configuration are refused at load")
    void refuses_unknown_events_and_unconfigured_channels() throws IOException {
        // given
        Path file = write(CHANNELS + """
                notifications:
                  - event: release_exploded
                    channel: '#releases'
                  - event: deployment_started
                    channel: '#ops'
                  - event: deployment_started
                    channel: '#team-{component}'
                    mesage: 'typo'
                  - event: deployment_started
                    channel: '#releases'
                    priority: critical
                """);

        // when
        NotificationConfigException e = catchThrowableOfType(NotificationConfigException.class,
                () -> Notifications.load(file, env(), time.transport()));

        // then
        assertThat(e.problems()).extracting(ConfigProblem::toString).containsExactly(
                file + ": notifications[0] (event release_exploded): unknown event \"release_exploded\"; expected one of "
                        + String.join(", ", java.util.Arrays.stream(EventType.values()).map(EventType::wireName).toList()),
                file + ": notifications[1] (event deployment_started): channel \"#ops\" has no configuration under "
                        + "channels; defined: #releases, #team-{team}",
                file + ": notifications[2] (event deployment_started): unknown key \"mesage\"; expected event, channel, "
                        + "message, priority, summary",
                file + ": notifications[2] (event deployment_started): channel \"#team-{component}\" has no configuration "
                        + "under channels; defined: #releases, #team-{team}",
                file + ": notifications[2] (event deployment_started): channel names unknown placeholder {component}; "
                        + "this event provides {release_id}, {dry_run}, {event}, {time}",
                file + ": notifications[3] (event deployment_started): unknown priority \"critical\"; expected low, "
                        + "normal or urgent");
    }

    @Test
    @DisplayName("R-NT an unset ${env:NAME} is refused naming the variable, never showing any secret")
    void refuses_unset_variables_without_showing_secrets() throws IOException {
        // given
        Path file = write("""
                channels:
                  ops:
                    type: telegram
                    token: ${env:TELEGRAM_TOKEN}
                    chat_id: '-100'
                  hook:
                    type: webhook
                    url: https://n8n.example/webhook/LITERAL-SECRET
                    secret: ${env:N8N_SECRET
                    headers:
                      Authorization: Bearer ${env:N8N_TOKEN}
                  mystery:
                    type: pager
                notifications:
                  - event: deployment_started
                    channel: ops
                """);

        // when
        NotificationConfigException e = catchThrowableOfType(NotificationConfigException.class,
                () -> Notifications.load(file, Environment.of(Map.of("N8N_TOKEN", "TOKEN-VALUE")), time.transport()));

        // then
        assertThat(e.problems()).extracting(ConfigProblem::toString).containsExactly(
                file + ": channels.\"ops\": \"token\" refers to environment variable TELEGRAM_TOKEN, which is not set",
                file + ": channels.\"hook\": \"secret\" holds a malformed reference; expected ${env:NAME} with NAME of "
                        + "letters, digits and _",
                file + ": channels.\"mystery\": unknown channel type \"pager\"; expected one of slack, telegram, "
                        + "webhook, discord, console");
        Secrets.assertAbsent("LITERAL-SECRET", e.getMessage());
        Secrets.assertAbsent("TOKEN-VALUE", e.getMessage());
    }

    @Test
    void refuses_a_file_that_is_not_yaml_naming_only_the_position() throws IOException {
        // given
        Path file = write("channels:\n  a: [unclosed SECRET-LINE\n");

        // when
        NotificationConfigException e = catchThrowableOfType(NotificationConfigException.class,
                () -> Notifications.load(file, env(), time.transport()));

        // then
        assertThat(e.getMessage()).contains(file.toString(), "syntax error at line").doesNotContain("SECRET-LINE");
    }

    @Test
    @DisplayName("R-NT a route built in code to an unconfigured channel is refused at build")
    void builder_refuses_routes_to_unknown_channels() {
        NotificationConfigException e = catchThrowableOfType(NotificationConfigException.class,
                () -> Notifications.builder().channel("log", Channels.console())
                        .route(Route.withDefaultMessage(EventType.HOTFIX_CREATED, "#hotfix")).build());

        assertThat(e.problems()).extracting(ConfigProblem::toString).containsExactly(
                "<builder>: routes[0] (event hotfix_created): channel \"#hotfix\" has no configuration under channels; "
                        + "defined: log");
    }
}
