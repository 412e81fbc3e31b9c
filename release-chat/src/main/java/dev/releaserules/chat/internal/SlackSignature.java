package dev.releaserules.chat.internal;

import dev.releaserules.notify.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signing, version {@code v0}: {@code X-Slack-Signature} is {@code v0=} and the hex
 * HMAC-SHA256, keyed with the app's signing secret, of {@code v0:<X-Slack-Request-Timestamp>:<raw
 * body>}; the timestamp must be within five minutes of now. Compared in constant time.
 */
public final class SlackSignature {
    /** How far a request's timestamp may be from now. */
    public static final Duration WINDOW = Duration.ofMinutes(5);
    private static final String VERSION = "v0";

    private SlackSignature() {
    }

    /**
     * Verifies a request; refuses with 401 when a header is missing, the timestamp is not a number or
     * outside the window, or the signature does not match.
     *
     * @param secret the signing secret
     * @param timestamp the {@code X-Slack-Request-Timestamp} header, or null
     * @param signature the {@code X-Slack-Signature} header, or null
     * @param body the raw body
     * @param clock the clock
     */
    public static void verify(Secret secret, String timestamp, String signature, byte[] body, Clock clock) {
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            throw new RequestRefused(401, Messages.unsigned());
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new RequestRefused(401, Messages.badTimestamp());
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > WINDOW.toSeconds()) {
            throw new RequestRefused(401, Messages.staleTimestamp());
        }
        byte[] expected = (VERSION + "=" + HexFormat.of().formatHex(mac(secret, timestamp.strip(), body)))
                .getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw new RequestRefused(401, Messages.badSignature());
        }
    }

    private static byte[] mac(Secret secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
