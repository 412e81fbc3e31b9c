package dev.releaserules.chat.internal;

import dev.releaserules.notify.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a reply (to a Slack {@code response_url}, to Telegram's {@code sendMessage}) and logs what
 * became of it. A failed reply is logged, never thrown: the command's outcome is already in the
 * manifest. Every text that could quote the URL is redacted of the given secrets first.
 */
public final class Outgoing {
    private static final Logger LOG = LoggerFactory.getLogger(Outgoing.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Outgoing() {
    }

    /**
     * Posts JSON.
     *
     * @param client the client
     * @param uri where to
     * @param json the body
     * @param what what is posted, for the log (no secret)
     * @param secrets secrets the URL or an error message may contain
     * @return true when the server answered 2xx
     */
    public static boolean postJson(HttpClient client, URI uri, String json, String what, List<Secret> secrets) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                LOG.debug("{}: delivered ({})", what, response.statusCode());
                return true;
            }
            LOG.warn("{}: answered HTTP {}", what, response.statusCode());
            return false;
        } catch (IOException | RuntimeException e) {
            // RuntimeException: the client refuses some URIs with IllegalArgumentException, quoting them.
            String message = String.valueOf(e.getMessage());
            for (Secret s : secrets) {
                message = s.redact(message);
            }
            LOG.warn("{}: not delivered: {}: {}", what, e.getClass().getSimpleName(), message);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("{}: interrupted", what);
            return false;
        }
    }
}
