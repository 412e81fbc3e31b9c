package dev.releaserules.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.DeliveryResult.Outcome;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.core.spi.Notifier;
import dev.releaserules.testkit.http.RecordedRequest;
import dev.releaserules.testkit.http.RecordingServer;
import dev.releaserules.testkit.http.ScriptedResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlackChannelTest {
    private static final String HOSTILE = "🚀 New release rel-2024-01-15-001 created\n"
            + "Title: fix <!channel> & <script>alert(1)</script>";

    private final RecordingServer server = RecordingServer.start();
    private final ManualTime time = new ManualTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private Secret hook() {
        return Secret.of(server.uri("/services/T000/B000/XXXXSECRETXXXX").toString());
    }

    @Test
    @DisplayName("R-N1 Slack gets a Block Kit payload with text fallback and an escaped mrkdwn section (golden)")
    void posts_the_golden_block_kit_payload() {
        // given
        Notifier slack = Channels.slack(hook(), time.transport());

        // when
        DeliveryResult result = slack.deliver(Events.notification("#releases", HOSTILE));

        // then
        assertThat(result.isOk()).isTrue();
        assertThat(result.attempts()).isEqualTo(1);
        RecordedRequest request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/services/T000/B000/XXXXSECRETXXXX");
        assertThat(request.header("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(request.bodyText()).isEqualTo(Golden.json("slack.json"));
        assertThat(request.bodyText()).doesNotContain("<!channel>", "<script>");
    }

    @Test
    @DisplayName("R-N1 a 500 twice then 200 is delivered on the third attempt after exponential backoff")
    void retries_server_errors_with_backoff() {
        // given
        server.enqueue(ScriptedResponse.status(500), ScriptedResponse.status(503), ScriptedResponse.ok("ok"));
        Notifier slack = Channels.slack(hook(), time.transport());

        // when
        DeliveryResult result = slack.deliver(Events.notification("#releases", "hello"));

        // then
        assertThat(result.isOk()).isTrue();
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.httpStatus()).isEqualTo(200);
        assertThat(server.requests()).hasSize(3);
        // jitter fixed at the middle of its range: 500 ms, then 1000 ms
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    @DisplayName("R-N1 a 429 waits as long as Slack's Retry-After asks")
    void honours_retry_after() {
        // given
        server.enqueue(ScriptedResponse.status(429).withHeader("Retry-After", "7"), ScriptedResponse.ok("ok"));
        Notifier slack = Channels.slack(hook(), time.transport());

        // when
        DeliveryResult result = slack.deliver(Events.notification("#releases", "hello"));

        // then
        assertThat(result.isOk()).isTrue();
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    @DisplayName("R-N1 a Retry-After longer than the total time limit gives up at once")
    void gives_up_when_retry_after_passes_the_limit() {
        // given
        server.enqueue(ScriptedResponse.status(429).withHeader("Retry-After", "120"));
        Notifier slack = Channels.slack(hook(), time.transport());

        // when
        DeliveryResult result = slack.deliver(Events.notification("#releases", "hello"));

        // then
        assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.reason()).contains("120000 ms", "60000 ms limit", "HTTP 429");
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    @DisplayName("R-N1 a 4xx other than 429 is not retried")
    void does_not_retry_client_errors() {
        // given
        server.enqueue(ScriptedResponse.status(404).withBody("no_service"));
        Notifier slack = Channels.slack(hook(), time.transport());

        // when
        DeliveryResult result = slack.deliver(Events.notification("#releases", "hello"));

        // then
        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.httpStatus()).isEqualTo(404);
        assertThat(result.reason()).isEqualTo("HTTP 404 \"no_service\"");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    @DisplayName("R-N1 a server slower than the request timeout fails after the allowed attempts, secret-free")
    void times_out_on_a_slow_server() {
        // given
        server.respondByDefault(ScriptedResponse.ok("ok").withDelay(Duration.ofSeconds(2)));
        DeliveryPolicy policy = DeliveryPolicy.builder().requestTimeout(Duration.ofMillis(150)).maxAttempts(2).build();
        Notifier slack = Channels.slack(hook(), time.transport(policy));

        // when
        DeliveryResult result;
        try (LogCapture log = new LogCapture()) {
            result = slack.deliver(Events.notification("#releases", "hello"));
            assertThat(log.text()).contains("no answer within 150 ms").doesNotContain("XXXXSECRETXXXX");
        }

        // then
        assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.reason()).isEqualTo("gave up after 2 attempt(s): no answer within 150 ms");
    }

    @Test
    @DisplayName("R-N1 a refused connection is retried, then reported without the webhook URL anywhere")
    void reports_a_refused_connection_without_the_url() throws IOException {
        // given
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Secret hook = Secret.of("http://127.0.0.1:" + port + "/services/T000/B000/XXXXSECRETXXXX");
        Notifier slack = Channels.slack(hook, time.transport());

        // when
        DeliveryResult result;
        String logged;
        try (LogCapture log = new LogCapture()) {
            result = slack.deliver(Events.notification("#releases", "hello"));
            logged = log.text();
        }

        // then
        assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
        assertThat(result.attempts()).isEqualTo(4);
        assertThat(result.reason()).contains("cannot connect");
        assertThat(logged).contains("cannot connect");
        Secrets.assertAbsent("XXXXSECRETXXXX", result.toString(), result.reason(), logged, slack.toString(),
                hook.toString());
        Secrets.assertAbsent(String.valueOf(port) + "/services", result.toString(), logged);
    }

    @Test
    @DisplayName("R-N1 a connection closed without an answer is an I/O error that is retried")
    void retries_a_dropped_connection() {
        // given
        server.enqueue(ScriptedResponse.disconnect(), ScriptedResponse.ok("ok"));
        Notifier slack = Channels.slack(hook(), time.transport());

        // when
        DeliveryResult result = slack.deliver(Events.notification("#releases", "hello"));

        // then
        assertThat(result.isOk()).isTrue();
        assertThat(result.attempts()).isEqualTo(2);
    }

    @Test
    void refuses_an_address_that_is_not_http_without_showing_it() {
        // given
        Notifier slack = Channels.slack(Secret.of("not a url XXXXSECRETXXXX"), time.transport());

        // when
        DeliveryResult result = slack.deliver(Events.notification("#releases", "hello"));

        // then
        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(result.attempts()).isZero();
        Secrets.assertAbsent("XXXXSECRETXXXX", result.toString());
    }

    @Test
    void truncates_the_section_to_slacks_limit_without_cutting_an_entity() {
        // given
        Notifier slack = Channels.slack(hook(), time.transport());
        Notification huge = Events.notification("#releases", "<".repeat(2000));

        // when
        slack.deliver(huge);

        // then
        String body = server.requests().get(0).bodyText();
        String section = body.substring(body.indexOf("\"mrkdwn\",\"text\":\"") + 17, body.lastIndexOf("\"}}]"));
        assertThat(section).hasSizeLessThanOrEqualTo(3000).endsWith("&lt;…");
    }
}
