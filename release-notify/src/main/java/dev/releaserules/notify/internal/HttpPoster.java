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
import java.net.URLEncoder;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one JSON body with retries, backoff, {@code Retry-After} and a total time limit, and turns
 * every outcome into a {@link DeliveryResult}. Never throws for a delivery problem; never lets a
 * secret into a result or a log line (every text taken from an exception is redacted).
 */
public final class HttpPoster {
    /** The most of an answer body that is read; the rest is dropped (only the start is ever quoted). */
    static final int BODY_LIMIT = 64 * 1024;
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
        List<Secret> all = new ArrayList<>();
        for (Secret secret : secrets) {
            addForms(secret, all);
        }
        for (Secret secret : secrets) {
            pathOf(secret).ifPresent(path -> addForms(path, all));
        }
        // Longest first, so a whole URL is replaced before the path inside it.
        all.sort(Comparator.comparingInt((Secret secret) -> secret.reveal().length()).reversed());
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
            Duration attempt = timeout.isNegative() || timeout.isZero() ? Duration.ofMillis(1) : timeout;
            Verdict verdict;
            CompletableFuture<HttpResponse<BoundedBody.Text>> exchange = null;
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                        .timeout(attempt)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
                headers.forEach(request::header);
                exchange = transport.client().sendAsync(request.build(), BoundedBody.handler(BODY_LIMIT));
                // The request timeout ends at the headers; this bounds the body too (a stalled body would hang).
                HttpResponse<BoundedBody.Text> response = exchange.get(attempt.toNanos(), TimeUnit.NANOSECONDS);
                lastStatus = response.statusCode();
                verdict = check.check(new RedactedResponse(response, redactBody(response.body())), transport.clock());
            } catch (TimeoutException e) {
                exchange.cancel(true);
                verdict = new Verdict.Retry(null, Messages.requestTimeout(attempt));
            } catch (ExecutionException e) {
                verdict = failure(e.getCause(), uri, attempt);
            } catch (InterruptedException e) {
                if (exchange != null) {
                    exchange.cancel(true);
                }
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

    // What a failed exchange means; the cause is whatever the HTTP client completed the exchange with.
    private Verdict failure(Throwable cause, URI uri, Duration attempt) {
        Throwable error = cause;
        while (error != null) {
            if (error instanceof HttpConnectTimeoutException) {
                return new Verdict.Retry(null, Messages.connectTimeout(transport.policy().connectTimeout()));
            }
            if (error instanceof HttpTimeoutException) {
                return new Verdict.Retry(null, Messages.requestTimeout(attempt));
            }
            if (error instanceof ConnectException) {
                // The JDK's message is often null; the host and port say what refused (the path may be secret).
                return new Verdict.Retry(null, Messages.cannotConnect(uri.getHost(), port(uri)));
            }
            if (error instanceof IllegalArgumentException) {
                return new Verdict.Fail(Messages.badRequest(redact(String.valueOf(error.getMessage()))));
            }
            if (error.getCause() == null || error.getCause() == error) {
                break;
            }
            error = error.getCause();
        }
        Throwable shown = cause == null ? new IOException() : cause;
        return new Verdict.Retry(null, Messages.ioError(shown.getClass().getSimpleName(),
                redact(String.valueOf(shown.getMessage()))));
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    // Redacts before anything shortens the body; when the byte limit cut it, the tail is dropped too,
    // because it may end in the first part of a secret that no longer matches whole.
    private String redactBody(BoundedBody.Text text) {
        String out = redact(text.text());
        if (!text.cut()) {
            return out;
        }
        int longest = 0;
        for (Secret secret : secrets) {
            longest = Math.max(longest, secret.reveal().length());
        }
        return out.substring(0, Math.max(0, out.length() - longest));
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

    // The forms in which a server may echo a secret: as sent, JSON-escaped (a slash as \/), URL-encoded.
    private static void addForms(Secret secret, List<Secret> into) {
        String value = secret.reveal();
        for (String form : List.of(value, value.replace("/", "\\/"), URLEncoder.encode(value, StandardCharsets.UTF_8))) {
            Secret candidate = Secret.of(form);
            if (!into.contains(candidate)) {
                into.add(candidate);
            }
        }
    }
}
