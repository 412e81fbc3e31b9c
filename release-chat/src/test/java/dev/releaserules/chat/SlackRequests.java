package dev.releaserules.chat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's side of a request, written from Slack's documentation and independent of the code under
 * test: the form body, and the v0 signature, HMAC-SHA256 over {@code v0:<timestamp>:<body>} keyed
 * with the signing secret, hex, prefixed {@code v0=}.
 */
final class SlackRequests {
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    private SlackRequests() {
    }

    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** A slash command's form body, fields in Slack's order. */
    static String command(String userId, String text, URI responseUrl) {
        return command(userId, text, responseUrl.toString());
    }

    static String command(String userId, String text, String responseUrl) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "gIkuvaNzQIHg97ATvDxqgjtO");
        f.put("team_id", "T0001");
        f.put("team_domain", "example");
        f.put("channel_id", "C2147483705");
        f.put("channel_name", "releases");
        f.put("user_id", userId);
        f.put("user_name", "someone");
        f.put("command", "/release");
        f.put("text", text);
        f.put("api_app_id", "A123456");
        f.put("response_url", responseUrl);
        f.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
        return form(f);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static HttpResponse<String> post(URI uri, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static HttpResponse<String> signed(URI uri, String secret, long timestamp, String body) {
        return post(uri, "application/x-www-form-urlencoded", body, "X-Slack-Request-Timestamp",
                Long.toString(timestamp), "X-Slack-Signature", sign(secret, timestamp, body));
    }
}
