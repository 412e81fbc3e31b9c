package dev.releaserules.notify.internal;

import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.DeliveryResult.Outcome;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.notify.DeliveryPolicy;
import dev.releaserules.notify.HttpTransport;
import dev.releaserules.notify.Secret;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one JSON body with retries, backoff, {@code Retry-After} and a total time limit, and turns
 * every outcome into a {@link DeliveryResult}. Never throws for a delivery problem; never lets a
 * secret into a result or a log line (every text taken from an exception is redacted).
 */
public final class HttpPoster {
    private static final Logger LOG = LoggerFactory.getLogger(HttpPoster.class);

    private final HttpTransport transport;
    private final String kind;
    private final List<Secret> secrets;

    /**
     * Creates a poster for one channel.
     *
     * @param transport the HTTP client, policy, clock and sleeper
     * @param kind the channel kind, for results and logs
     * @param secrets every secret of the channel, redacted from any text that might quote them
     */
    public HttpPoster(HttpTransport transport, String kind, List<Secret> secrets) {
        this.transport = transport;
        this.kind = kind;
        List<Secret> all = new java.util.ArrayList<>(secrets);
        for (Secret secret : secrets) {
            pathOf(secret).ifPresent(all::add);
        }
        this.secrets = List.copyOf(all);
    }

    // A server may echo the path of a webhook URL in an error body; for Slack and Discord that path is the secret.
    private static java.util.Optional<Secret> pathOf(Secret secret) {
        try {
            URI uri = URI.create(secret.reveal());
            String path = uri.getRawPath();
            return uri.getHost() != null && path != null && path.length() >= 8
                    ? java.util.Optional.of(Secret.of(path)) : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Posts a body until it is delivered, refused, or the attempts or time run out.
     *
     * @param notification what is being delivered, for the result
     * @param target the address, a secret (it may hold a token)
     * @param body the JSON body
     * @param headers extra headers
     * @param check reads each answer
     * @return the result
     */
    public DeliveryResult post(Notification notification, Secret target, String body, Map<String, String> headers,
            AnswerCheck check) {
        DeliveryPolicy policy = transport.policy();
        URI uri;
        try {
            uri = URI.create(target.reveal());
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                return failed(notification, Outcome.PERMANENT_FAILURE, 0, 0, Messages.BAD_URL);
            }
        } catch (IllegalArgumentException e) {
            return failed(notification, Outcome.PERMANENT_FAILURE, 0, 0, Messages.BAD_URL);
        }
        long start = transport.clock().millis();
        int attempts = 0;
        int lastStatus = 0;
        while (true) {
            attempts++;
            Duration remaining = policy.totalTimeout().minusMillis(transport.clock().millis() - start);
            Duration timeout = remaining.compareTo(policy.requestTimeout()) < 0 ? remaining : policy.requestTimeout();
            Verdict verdict;
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                        .timeout(timeout.isNegative() || timeout.isZero() ? Duration.ofMillis(1) : timeout)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
                headers.forEach(request::header);
                HttpResponse<String> response = transport.client().send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                lastStatus = response.statusCode();
                verdict = check.check(response, transport.clock());
            } catch (HttpConnectTimeoutException e) {
                verdict = new Verdict.Retry(null, Messages.connectTimeout(policy.connectTimeout()));
            } catch (HttpTimeoutException e) {
                verdict = new Verdict.Retry(null, Messages.requestTimeout(timeout));
            } catch (ConnectException e) {
                verdict = new Verdict.Retry(null, Messages.cannotConnect(redact(String.valueOf(e.getMessage()))));
            } catch (IOException e) {
                verdict = new Verdict.Retry(null, Messages.ioError(e.getClass().getSimpleName(),
                        redact(String.valueOf(e.getMessage()))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(notification, Outcome.RETRYABLE_FAILURE, attempts, lastStatus, Messages.INTERRUPTED);
            } catch (IllegalArgumentException e) {
                return failed(notification, Outcome.PERMANENT_FAILURE, attempts, lastStatus,
                        Messages.badRequest(redact(String.valueOf(e.getMessage()))));
            }
            if (verdict instanceof Verdict.Delivered) {
                LOG.debug("Delivered {} to {} ({}) after {} attempt(s)", notification.type().wireName(),
                        notification.channel(), kind, attempts);
                return DeliveryResult.delivered(notification, kind, attempts, lastStatus);
            }
            if (verdict instanceof Verdict.Fail fail) {
                return failed(notification, Outcome.PERMANENT_FAILURE, attempts, lastStatus, redact(fail.reason()));
            }
            Verdict.Retry retry = (Verdict.Retry) verdict;
            String reason = redact(retry.reason());
            if (attempts >= policy.maxAttempts()) {
                return failed(notification, Outcome.RETRYABLE_FAILURE, attempts, lastStatus,
                        Messages.gaveUp(attempts, reason));
            }
            Duration wait = retry.after() != null ? retry.after()
                    : policy.backoff(attempts, transport.random().getAsDouble());
            long elapsed = transport.clock().millis() - start;
            if (Duration.ofMillis(elapsed).plus(wait).compareTo(policy.totalTimeout()) >= 0) {
                return failed(notification, Outcome.RETRYABLE_FAILURE, attempts, lastStatus,
                        Messages.outOfTime(attempts, wait, policy.totalTimeout(), reason));
            }
            LOG.info("Delivery of {} to {} ({}) failed ({}); attempt {} in {} ms", notification.type().wireName(),
                    notification.channel(), kind, reason, attempts + 1, wait.toMillis());
            try {
                transport.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(notification, Outcome.RETRYABLE_FAILURE, attempts, lastStatus, Messages.INTERRUPTED);
            }
        }
    }

    private DeliveryResult failed(Notification notification, Outcome outcome, int attempts, int status,
            String reason) {
        LOG.warn("Delivery of {} to {} ({}) failed after {} attempt(s): {}", notification.type().wireName(),
                notification.channel(), kind, attempts, reason);
        return DeliveryResult.failed(notification, kind, outcome, attempts, status, reason);
    }

    private String redact(String text) {
        String out = text;
        for (Secret secret : secrets) {
            out = secret.redact(out);
        }
        return out;
    }
}
