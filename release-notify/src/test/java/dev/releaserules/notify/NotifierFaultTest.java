package dev.releaserules.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.DeliveryResult.Outcome;
import dev.releaserules.core.spi.Notifier;
import dev.releaserules.testkit.http.RecordingServer;
import dev.releaserules.testkit.http.ScriptedResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Faults a real loopback server produces: echoed secrets, stalled bodies, refused connections. */
class NotifierFaultTest {
    private static final String SLACK_PATH = "/services/T000/B000/XXXXSECRETXXXX";
    private static final String TOKEN = "123456:AAF-SECRET-TOKEN-xyz";

    private final RecordingServer server = RecordingServer.start();
    private final ManualTime time = new ManualTime();

    @AfterEach
    void stop() {
        server.close();
    }

    /** Every piece of {@code secret} at least {@code min} characters long is absent from every text. */
    private static void assertNoFragment(String secret, int min, String... texts) {
        for (String text : texts) {
            for (int start = 0; start + min <= secret.length(); start++) {
                String fragment = secret.substring(start, start + min);
                assertThat(text).as("a fragment of the secret: %s", fragment).doesNotContain(fragment);
            }
        }
    }

    private static String padding(int length) {
        return "e".repeat(length);
    }

    @ParameterizedTest(name = "secret starting at character {0} of the error body")
    @ValueSource(ints = {0, 50, 60, 70, 80, 100})
    @DisplayName("Secret echoed in an error body: no fragment of the Slack webhook in the result or the log, wherever the body is cut")
    void slack_webhook_echoed_in_an_error_body_leaves_no_fragment(int offset) {
        // given
        String url = server.uri(SLACK_PATH).toString();
        server.respondByDefault(ScriptedResponse.status(400).withBody(padding(offset) + "invalid webhook " + url
                + " (path " + SLACK_PATH + ")"));
        Notifier slack = Channels.slack(Secret.of(url), time.transport());

        // when
        DeliveryResult result;
        String logged;
        try (LogCapture log = new LogCapture()) {
            result = slack.deliver(Events.notification("#releases", "hello"));
            logged = log.text();
        }

        // then
        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(result.reason()).startsWith("HTTP 400 \"");
        assertNoFragment("XXXXSECRETXXXX", 4, result.reason(), result.toString(), logged);
        assertNoFragment("/T000/B000/", 6, result.reason(), result.toString(), logged);
    }

    @ParameterizedTest(name = "token starting at character {0} of the description")
    @ValueSource(ints = {0, 60, 80, 100, 110})
    @DisplayName("Secret echoed in an error body: no fragment of the Telegram bot token in the result or the log")
    void telegram_token_echoed_in_a_description_leaves_no_fragment(int offset) {
        // given
        server.respondByDefault(ScriptedResponse.json("{\"ok\":false,\"error_code\":401,\"description\":\""
                + padding(offset) + "Unauthorized: bot" + TOKEN + " is not valid\"}").withStatus(401));
        Notifier telegram = Channels.telegram(server.baseUri().toString(), Secret.of(TOKEN), "-100", time.transport());

        // when
        DeliveryResult result;
        String logged;
        try (LogCapture log = new LogCapture()) {
            result = telegram.deliver(Events.notification("#releases", "hello"));
            logged = log.text();
        }

        // then
        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertNoFragment("AAF-SECRET-TOKEN-xyz", 4, result.reason(), result.toString(), logged);
    }

    @Test
    @DisplayName("Secret echoed in an error body: a JSON-escaped or URL-encoded webhook URL is redacted too")
    void escaped_echoes_of_the_webhook_are_redacted() {
        // given
        String url = server.uri("/hooks/n8n-XXXXSECRETXXXX").toString();
        server.respondByDefault(ScriptedResponse.status(422).withBody("{\"error\":\"bad url " + url.replace("/", "\\/")
                + " encoded " + java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8) + "\"}"));
        Notifier webhook = Channels.webhook(Secret.of(url), WebhookOptions.builder().build(), time.transport());

        // when
        DeliveryResult result = webhook.deliver(Events.notification("ops", "hello"));

        // then
        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertNoFragment("XXXXSECRETXXXX", 4, result.reason(), result.toString());
    }

    @Test
    @DisplayName("Secret echoed in an error body: a body longer than the read limit that ends inside the secret leaves no fragment")
    void a_huge_echoing_body_is_bounded_and_leaves_no_fragment() {
        // given: the body is cut at the read limit in the middle of the secret
        String url = server.uri(SLACK_PATH).toString();
        String body = padding(64 * 1024 - 20) + url + padding(1000);
        server.respondByDefault(ScriptedResponse.status(400).withBody(body));
        Notifier slack = Channels.slack(Secret.of(url), time.transport());

        // when
        DeliveryResult result = slack.deliver(Events.notification("#releases", "hello"));

        // then
        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertNoFragment("XXXXSECRETXXXX", 4, result.reason(), result.toString());
    }

    @Test
    @DisplayName("Stalled body: headers then a stalled body end the attempt at the request timeout and the delivery within the total time")
    void a_stalled_body_is_bounded_by_the_policy() {
        // given: headers at once, then half the body, then nothing for a minute
        server.respondByDefault(ScriptedResponse.ok("ok, delivered").withBodyStall(Duration.ofSeconds(60)));
        DeliveryPolicy policy = DeliveryPolicy.builder().requestTimeout(Duration.ofMillis(300)).maxAttempts(3)
                .initialBackoff(Duration.ofMillis(50)).totalTimeout(Duration.ofSeconds(2)).build();
        Notifier slack = Channels.slack(Secret.of(server.uri(SLACK_PATH).toString()),
                HttpTransport.builder().policy(policy).build());

        // when
        long started = System.nanoTime();
        DeliveryResult result = slack.deliver(Events.notification("#releases", "hello"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // then
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo("gave up after 3 attempt(s): no answer within 300 ms");
    }

    @Test
    @DisplayName("Stalled body: a body slower than the total time limit is not waited for past it")
    void a_stalled_body_never_outlasts_the_total_time() {
        // given: one attempt allowed, a request timeout longer than the total limit
        server.respondByDefault(ScriptedResponse.ok("ok, delivered").withBodyStall(Duration.ofSeconds(60)));
        DeliveryPolicy policy = DeliveryPolicy.builder().requestTimeout(Duration.ofSeconds(30)).maxAttempts(1)
                .totalTimeout(Duration.ofMillis(700)).build();
        Notifier slack = Channels.slack(Secret.of(server.uri(SLACK_PATH).toString()),
                HttpTransport.builder().policy(policy).build());

        // when
        long started = System.nanoTime();
        DeliveryResult result = slack.deliver(Events.notification("#releases", "hello"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // then
        assertThat(took).isLessThan(Duration.ofMillis(1700));
        assertThat(result.isOk()).isFalse();
        assertThat(result.reason()).contains("no answer within 700 ms");
    }

    @Test
    @DisplayName("Refused connection: the reason names the host and port that refused, never the secret path")
    void a_refused_connection_names_host_and_port() throws IOException {
        // given
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Secret hook = Secret.of("http://127.0.0.1:" + port + SLACK_PATH);
        Notifier slack = Channels.slack(hook, time.transport(DeliveryPolicy.builder().maxAttempts(1).build()));

        // when
        DeliveryResult result;
        String logged;
        try (LogCapture log = new LogCapture()) {
            result = slack.deliver(Events.notification("#releases", "hello"));
            logged = log.text();
        }

        // then
        assertThat(result.reason()).isEqualTo("gave up after 1 attempt(s): cannot connect to \"127.0.0.1\" port " + port
                + " (connection refused or host unreachable)");
        assertThat(result.reason()).doesNotContain("null");
        assertNoFragment("XXXXSECRETXXXX", 4, result.reason(), result.toString(), logged);
    }

    @Test
    @DisplayName("Echoing server: a 200 whose body quotes the request is delivered and quotes nothing")
    void an_echoing_success_is_delivered() {
        // given
        server.respondByDefault(ScriptedResponse.ok("ok " + server.uri(SLACK_PATH)));
        Notifier slack = Channels.slack(Secret.of(server.uri(SLACK_PATH).toString()), time.transport());

        // when
        DeliveryResult result = slack.deliver(Events.notification("#releases", "hello"));

        // then
        assertThat(result.isOk()).isTrue();
        assertNoFragment("XXXXSECRETXXXX", 4, result.toString());
    }
}
