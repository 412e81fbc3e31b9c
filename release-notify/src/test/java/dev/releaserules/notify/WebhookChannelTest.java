package dev.releaserules.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.core.spi.Notifier;
import dev.releaserules.testkit.http.RecordedRequest;
import dev.releaserules.testkit.http.RecordingServer;
import dev.releaserules.testkit.http.ScriptedResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebhookChannelTest {
    private static final String SIGNING_KEY = "n8n-shared-SIGNING-key";
    private static final String AUTH = "Bearer HEADER-SECRET-42";

    private final RecordingServer server = RecordingServer.start();
    private final ManualTime time = new ManualTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private Notifier webhook() {
        WebhookOptions options = WebhookOptions.builder().signingSecret(Secret.of(SIGNING_KEY))
                .header("Authorization", Secret.of(AUTH)).build();
        return Channels.webhook(Secret.of(server.uri("/webhook/URL-SECRET").toString()), options, time.transport());
    }

    @Test
    @DisplayName("R-N1 the generic webhook posts the event in its stable schema (golden) with idempotency key")
    void posts_the_golden_event_schema() {
        // given
        Notification notification = Events.notification("n8n", "🚀 New release rel-2024-01-15-001 created (regular)");

        // when
        DeliveryResult result = webhook().deliver(notification);

        // then
        assertThat(result.isOk()).isTrue();
        RecordedRequest request = server.requests().get(0);
        assertThat(request.bodyText())
                .isEqualTo(Golden.json("webhook.json").replace("KEY", notification.idempotencyKey()));
        assertThat(request.header("Idempotency-Key")).hasValue(notification.idempotencyKey());
        assertThat(request.header("X-Release-Rules-Event")).hasValue("release_created");
        assertThat(request.header("Authorization")).hasValue(AUTH);
    }

    @Test
    @DisplayName("R-N1 the HMAC-SHA256 signature header verifies independently over the exact body bytes")
    void signature_verifies_over_the_exact_body() throws Exception {
        // given
        Notification notification = Events.notification("n8n", "héllo <world> & ünïcode ✅");

        // when
        webhook().deliver(notification);

        // then
        RecordedRequest request = server.requests().get(0);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SIGNING_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(request.body()));
        assertThat(request.header("X-Release-Rules-Signature")).hasValue(expected);
    }

    @Test
    void sends_no_signature_without_a_signing_secret() {
        // given
        Notifier plain = Channels.webhook(Secret.of(server.uri("/hook").toString()), WebhookOptions.none(),
                time.transport());

        // when
        plain.deliver(Events.notification("n8n", "hello"));

        // then
        assertThat(server.requests().get(0).header("X-Release-Rules-Signature")).isEmpty();
    }

    @Test
    @DisplayName("R-N1 webhook URL, signing key and header values are absent from failures, logs and toString")
    void secrets_never_leak_from_a_failing_webhook() {
        // given
        server.respondByDefault(ScriptedResponse.status(500).withBody("echo /webhook/URL-SECRET " + AUTH));
        Notifier webhook = webhook();

        // when
        DeliveryResult result;
        String logged;
        try (LogCapture log = new LogCapture()) {
            result = webhook.deliver(Events.notification("n8n", "hello"));
            logged = log.text();
        }

        // then
        assertThat(result.isOk()).isFalse();
        assertThat(result.attempts()).isEqualTo(4);
        assertThat(result.reason()).contains("HTTP 500", "***");
        for (String secret : new String[] {"URL-SECRET", SIGNING_KEY, "HEADER-SECRET-42"}) {
            Secrets.assertAbsent(secret, result.toString(), logged, webhook.toString());
        }
    }

    @Test
    void refuses_a_header_the_notifier_sets_itself() {
        assertThatThrownBy(() -> WebhookOptions.builder().header("Idempotency-Key", Secret.of("x")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Idempotency-Key");
    }

    @Test
    void a_secret_shows_only_stars() {
        assertThat(Secret.of("s3cr3t")).hasToString("***");
        assertThat(WebhookOptions.builder().signingSecret(Secret.of("s3cr3t")).build().toString()).doesNotContain("s3cr3t");
    }
}
