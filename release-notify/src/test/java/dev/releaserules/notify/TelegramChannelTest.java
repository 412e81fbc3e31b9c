package dev.releaserules.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releaserules.core.event.Priority;
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

class TelegramChannelTest {
    private static final String TOKEN = "123456:AAF-SECRET-TOKEN-xyz";
    private static final String OK = "{\"ok\":true,\"result\":{\"message_id\":1}}";

    private final RecordingServer server = RecordingServer.start();
    private final ManualTime time = new ManualTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private Notifier telegram() {
        return Channels.telegram(server.baseUri().toString(), Secret.of(TOKEN), "-1001234567890", time.transport());
    }

    private static JsonNode json(RecordedRequest request) throws IOException {
        return new ObjectMapper().readTree(request.body());
    }

    @Test
    @DisplayName("R-N1 Telegram sendMessage gets chat id, HTML text and the silent flag (golden)")
    void posts_the_golden_send_message_payload() {
        // given
        server.enqueue(ScriptedResponse.json(OK));
        Notifications notifications = Notifications.builder().channel("ops", telegram())
                .route(Route.withDefaultMessage(Events.productionSucceeded().type(), "ops")).build();

        // when
        DeliveryResult result = notifications.publish(Events.productionSucceeded()).get(0);

        // then
        assertThat(result.isOk()).isTrue();
        RecordedRequest request = server.requests().get(0);
        assertThat(request.path()).isEqualTo("/bot" + TOKEN + "/sendMessage");
        assertThat(request.bodyText()).isEqualTo(Golden.json("telegram.json"));
        notifications.close();
    }

    @Test
    @DisplayName("R-N1 Telegram escapes hostile text for HTML parse mode and sends low priority silently")
    void escapes_html_and_sends_low_priority_silently() throws IOException {
        // given
        server.enqueue(ScriptedResponse.json(OK));
        Notification low = Notification.of(Events.releaseCreated(), "ops", "<b>bold</b> & \"quoted\"", Priority.LOW);

        // when
        telegram().deliver(low);

        // then
        JsonNode body = json(server.requests().get(0));
        assertThat(body.path("text").asText()).isEqualTo("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;");
        assertThat(body.path("disable_notification").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("R-N1 Telegram messages over 4096 characters are truncated with an ellipsis, not split")
    void truncates_long_messages() throws IOException {
        // given
        server.enqueue(ScriptedResponse.json(OK));

        // when
        telegram().deliver(Events.notification("ops", "x".repeat(5000)));

        // then
        assertThat(server.requests()).hasSize(1);
        String text = json(server.requests().get(0)).path("text").asText();
        assertThat(text).hasSize(4096).endsWith("x…");
    }

    @Test
    @DisplayName("R-N1 a Telegram {\"ok\":false} answer is a failure naming Telegram's description, without the token")
    void ok_false_is_a_failure() {
        // given
        server.enqueue(ScriptedResponse.json("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}")
                .withStatus(400));

        // when
        DeliveryResult result;
        String logged;
        try (LogCapture log = new LogCapture()) {
            result = telegram().deliver(Events.notification("ops", "hello"));
            logged = log.text();
        }

        // then
        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(result.reason()).isEqualTo("Telegram refused (error_code 400): \"Bad Request: chat not found\"");
        assertThat(server.requests()).hasSize(1);
        Secrets.assertAbsent(TOKEN, result.toString(), logged, telegram().toString());
    }

    @Test
    @DisplayName("R-N1 {\"ok\":false} even with status 200 is not a delivery")
    void ok_false_with_status_200_is_a_failure() {
        // given
        server.enqueue(ScriptedResponse.json("{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was kicked\"}"));

        // when
        DeliveryResult result = telegram().deliver(Events.notification("ops", "hello"));

        // then
        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(result.reason()).contains("403", "bot was kicked");
    }

    @Test
    @DisplayName("R-N1 a Telegram 429 waits parameters.retry_after seconds")
    void honours_parameters_retry_after() {
        // given
        server.enqueue(ScriptedResponse.json(
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 3\",\"parameters\":{\"retry_after\":3}}")
                .withStatus(429), ScriptedResponse.json(OK));

        // when
        DeliveryResult result = telegram().deliver(Events.notification("ops", "hello"));

        // then
        assertThat(result.isOk()).isTrue();
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    @DisplayName("R-N1 a malformed Telegram answer is a failure, not a delivery")
    void malformed_answer_is_a_failure() {
        // given
        server.enqueue(ScriptedResponse.ok("<html>gateway</html>"));

        // when
        DeliveryResult result = telegram().deliver(Events.notification("ops", "hello"));

        // then
        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(result.reason()).startsWith("malformed answer: HTTP 200").contains("expected JSON with \"ok\"");
    }

    @Test
    @DisplayName("R-N1 a malformed answer with a 5xx status is retried")
    void malformed_server_error_is_retried() {
        // given
        server.enqueue(ScriptedResponse.status(502).withBody("Bad Gateway"), ScriptedResponse.json(OK));

        // when
        DeliveryResult result = telegram().deliver(Events.notification("ops", "hello"));

        // then
        assertThat(result.isOk()).isTrue();
        assertThat(result.attempts()).isEqualTo(2);
    }

    @Test
    @DisplayName("R-N1 the bot token is absent from results, logs and toString when the connection is refused")
    void refused_connection_never_shows_the_token() throws IOException {
        // given
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Notifier telegram = Channels.telegram("http://127.0.0.1:" + port, Secret.of(TOKEN), "-100", time.transport(
                DeliveryPolicy.builder().maxAttempts(2).build()));

        // when
        DeliveryResult result;
        String logged;
        try (LogCapture log = new LogCapture()) {
            result = telegram.deliver(Events.notification("ops", "hello"));
            logged = log.text();
        }

        // then
        assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
        assertThat(logged).contains("telegram");
        Secrets.assertAbsent(TOKEN, result.toString(), logged, telegram.toString());
        Secrets.assertAbsent("AAF-SECRET", result.toString(), logged, telegram.toString());
    }
}
