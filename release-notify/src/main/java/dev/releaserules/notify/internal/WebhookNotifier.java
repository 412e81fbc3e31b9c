package dev.releaserules.notify.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.core.spi.Notifier;
import dev.releaserules.notify.HttpTransport;
import dev.releaserules.notify.Secret;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Generic JSON webhook (n8n, Zapier, a team's own service): the event in a stable schema, an
 * {@code Idempotency-Key} header, and optionally an HMAC-SHA256 signature of the exact body bytes.
 */
public final class WebhookNotifier implements Notifier {
    /** The schema id every body carries. */
    public static final String SCHEMA = "dev.releaserules.event/1";
    /** The signature header: {@code sha256=} and the lower-case hex HMAC-SHA256 of the body. */
    public static final String SIGNATURE_HEADER = "X-Release-Rules-Signature";
    /** The header carrying the event type. */
    public static final String EVENT_HEADER = "X-Release-Rules-Event";
    /** The header carrying the notification's idempotency key. */
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final Secret url;
    private final @Nullable Secret signingSecret;
    private final Map<String, Secret> headers;
    private final HttpPoster poster;

    /**
     * Creates the notifier.
     *
     * @param url the webhook URL
     * @param signingSecret the HMAC key, or null for no signature
     * @param headers extra headers sent with every request; their values are secret
     * @param transport the HTTP transport
     */
    public WebhookNotifier(Secret url, @Nullable Secret signingSecret, Map<String, Secret> headers,
            HttpTransport transport) {
        this.url = url;
        this.signingSecret = signingSecret;
        this.headers = new LinkedHashMap<>(headers);
        List<Secret> secrets = new ArrayList<>(List.of(url));
        if (signingSecret != null) {
            secrets.add(signingSecret);
        }
        secrets.addAll(headers.values());
        this.poster = new HttpPoster(transport, kind(), secrets);
    }

    @Override
    public String kind() {
        return "webhook";
    }

    @Override
    public DeliveryResult deliver(Notification notification) {
        String body = payload(notification);
        Map<String, String> all = new LinkedHashMap<>();
        headers.forEach((name, value) -> all.put(name, value.reveal()));
        all.put(IDEMPOTENCY_HEADER, notification.idempotencyKey());
        all.put(EVENT_HEADER, notification.type().wireName());
        if (signingSecret != null) {
            all.put(SIGNATURE_HEADER, "sha256=" + hmacSha256(signingSecret, body));
        }
        return poster.post(notification, url, body, all, AnswerCheck.byStatus());
    }

    /**
     * The JSON body: {@code schema, id, type, time, priority, channel, text, attributes}, in this order.
     *
     * @param notification the notification
     * @return the body
     */
    public static String payload(Notification notification) {
        ObjectNode body = Json.object();
        body.put("schema", SCHEMA);
        body.put("id", notification.idempotencyKey());
        body.put("type", notification.type().wireName());
        body.put("time", notification.time().toString());
        body.put("priority", notification.priority().name().toLowerCase(Locale.ROOT));
        body.put("channel", notification.channel());
        body.put("text", notification.text());
        ObjectNode attributes = body.putObject("attributes");
        notification.attributes().forEach(attributes::put);
        return Json.write(body);
    }

    /**
     * The lower-case hex HMAC-SHA256 of a body's UTF-8 bytes.
     *
     * @param key the shared secret
     * @param body the exact body
     * @return 64 hex digits
     */
    public static String hmacSha256(Secret key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java platform has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookNotifier[url=" + url + ", signed=" + (signingSecret != null) + ", headers=" + headers.keySet() + "]";
    }
}
