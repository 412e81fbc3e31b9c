package dev.releaserules.github;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.github.GitHubEventException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies webhook deliveries from GitHub by their {@code X-Hub-Signature-256} (HMAC-SHA256 of the
 * body with the webhook's secret, compared in constant time) before reading them into a
 * {@link GitHubEvent}. Unsigned, badly signed and oversized deliveries are refused with a
 * {@link GitHubEventException}. Thread-safe; the secret never appears in {@link #toString()} or a
 * message.
 *
 * <pre>{@code
 * GitHubWebhook hook = GitHubWebhook.withSecret(System.getenv("WEBHOOK_SECRET"));
 * GitHubEvent event = hook.verify(exchange.getRequestHeaders().getFirst("X-GitHub-Event"),
 *         exchange.getRequestHeaders().getFirst("X-Hub-Signature-256"), exchange.getRequestBody());
 * }</pre>
 */
public final class GitHubWebhook {
    private static final String PREFIX = "sha256=";

    private final SecretKeySpec key;
    private final int maxBytes;

    private GitHubWebhook(byte[] secret, int maxBytes) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.maxBytes = maxBytes;
    }

    /**
     * A verifier for a webhook's secret, reading up to {@link GitHubEvents#MAX_PAYLOAD_BYTES}.
     *
     * @param secret the secret configured on the webhook, not blank
     * @return the verifier
     * @throws InvalidInputException when the secret is blank
     */
    public static GitHubWebhook withSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new InvalidInputException("webhook secret", "", "the non-blank secret configured on the webhook");
        }
        return new GitHubWebhook(secret.getBytes(StandardCharsets.UTF_8), GitHubEvents.MAX_PAYLOAD_BYTES);
    }

    /**
     * A copy that reads at most this many bytes of a delivery.
     *
     * @param value 1 to {@link GitHubEvents#MAX_PAYLOAD_BYTES}
     * @return the copy
     */
    public GitHubWebhook maxBytes(int value) {
        if (value < 1 || value > GitHubEvents.MAX_PAYLOAD_BYTES) {
            throw new InvalidInputException("payload limit", Integer.toString(value),
                    "1 to " + GitHubEvents.MAX_PAYLOAD_BYTES + " bytes");
        }
        return new GitHubWebhook(key.getEncoded(), value);
    }

    /**
     * Verifies a delivery and reads its event.
     *
     * @param event the {@code X-GitHub-Event} header
     * @param signature the {@code X-Hub-Signature-256} header, {@code sha256=<hex>}
     * @param body the request body, read up to the limit (not closed)
     * @return the event
     * @throws GitHubEventException {@code UNSIGNED} without a signature or event name,
     *     {@code TOO_LARGE} over the limit, {@code BAD_SIGNATURE} when it does not match,
     *     {@code MALFORMED} when the signed payload is not what GitHub sends
     */
    public GitHubEvent verify(String event, String signature, InputStream body) {
        Objects.requireNonNull(body, "body");
        requireHeaders(event, signature);
        byte[] bytes;
        try {
            bytes = GitHubEvents.readBounded(body, maxBytes, "webhook payload");
        } catch (IOException e) {
            throw new GitHubEventException(Reason.UNREADABLE, "Invalid webhook request: expected a readable body ("
                    + e.getClass().getSimpleName() + ")");
        }
        return verify(event, signature, bytes);
    }

    /**
     * Verifies a delivery already read and reads its event.
     *
     * @param event the {@code X-GitHub-Event} header
     * @param signature the {@code X-Hub-Signature-256} header
     * @param body the request body
     * @return the event
     * @throws GitHubEventException as {@link #verify(String, String, InputStream)}
     */
    public GitHubEvent verify(String event, String signature, byte[] body) {
        Objects.requireNonNull(body, "body");
        requireHeaders(event, signature);
        if (body.length > maxBytes) {
            throw GitHubEvents.tooLarge("webhook payload", maxBytes);
        }
        byte[] given;
        try {
            given = signature.startsWith(PREFIX) && signature.length() == PREFIX.length() + 64
                    ? HexFormat.of().parseHex(signature.substring(PREFIX.length())) : null;
        } catch (IllegalArgumentException e) {
            given = null;
        }
        if (given == null) {
            throw new GitHubEventException(Reason.BAD_SIGNATURE,
                    "Invalid X-Hub-Signature-256: expected sha256= and 64 hex digits");
        }
        // MessageDigest.isEqual takes the same time wherever the first difference is.
        if (!MessageDigest.isEqual(sign(body), given)) {
            throw new GitHubEventException(Reason.BAD_SIGNATURE, "Invalid X-Hub-Signature-256: expected the "
                    + "HMAC-SHA256 of the body with the webhook's secret (wrong secret, or the body was changed)");
        }
        return GitHubEvents.parse(event, body);
    }

    /**
     * The signature GitHub would send for a body, {@code sha256=<hex>}; for tests and for relaying.
     *
     * @param body the body
     * @return the header value
     */
    public String signatureOf(byte[] body) {
        return PREFIX + HexFormat.of().formatHex(sign(Objects.requireNonNull(body, "body")));
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static void requireHeaders(String event, String signature) {
        if (signature == null || signature.isBlank()) {
            throw new GitHubEventException(Reason.UNSIGNED, "Invalid webhook request: expected an "
                    + "X-Hub-Signature-256 header (set a secret on the webhook)");
        }
        if (event == null || event.isBlank()) {
            throw new GitHubEventException(Reason.UNSIGNED, "Invalid webhook request: expected an X-GitHub-Event header");
        }
    }

    @Override
    public String toString() {
        return "GitHubWebhook[secret=***, maxBytes=" + maxBytes + "]";
    }
}
