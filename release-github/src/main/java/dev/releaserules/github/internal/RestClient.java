package dev.releaserules.github.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.releaserules.github.GitHubException;
import dev.releaserules.github.GitHubException.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GitHub's REST API over {@code java.net.http}: the headers GitHub asks for, bounded connect, answer
 * and body times, bounded bodies, primary and secondary rate limits, jittered retries of idempotent
 * calls on 5xx and lost answers, pagination through {@code Link} with a page bound, and every failure
 * as a {@link GitHubException} that says what to do. Thread-safe.
 */
public final class RestClient {
    private static final Logger LOG = LoggerFactory.getLogger(RestClient.class);
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");
    private static final int MAX_WAITS = 3;

    /** Knobs of one client; all positive. */
    public record Settings(URI apiBase, String userAgent, Duration connectTimeout, Duration answerTimeout,
            Duration bodyTimeout, Duration callBudget, int maxPages, int maxAttempts, long maxBodyBytes,
            String repository) {
    }

    private final Settings settings;
    private final String token;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock = Clock.systemUTC();

    /**
     * Creates a client.
     *
     * @param settings the knobs
     * @param token the token; only ever sent in the Authorization header to the API base's host
     */
    public RestClient(Settings settings, String token) {
        this.settings = settings;
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The JSON mapper, for building bodies.
     *
     * @return the mapper
     */
    public ObjectMapper json() {
        return json;
    }

    /**
     * Encodes one path segment (a branch, a label name, a workflow file).
     *
     * @param value the raw segment
     * @return the percent-encoded segment
     */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Sends a call, waiting for rate limits and retrying idempotent calls as the budget allows.
     *
     * @param call the call
     * @return the answer: 2xx, or 404 when the call takes it as an answer
     * @throws GitHubException for every other outcome
     */
    public Answer send(Call call) {
        return send(call, uri(call.path(), call.query()));
    }

    /**
     * Sends a call to another endpoint of the same host (GraphQL), with the same rules.
     *
     * @param call the call (its path is only used in messages)
     * @param uri the endpoint; must be on the API base's host
     * @return the answer
     * @throws GitHubException as {@link #send(Call)}
     */
    public Answer sendTo(Call call, URI uri) {
        if (!settings.apiBase().getHost().equalsIgnoreCase(String.valueOf(uri.getHost()))) {
            throw new GitHubException(Problem.REFUSED, 0, null, Messages.foreignNext(call.operation(),
                    String.valueOf(uri.getHost())));
        }
        return send(call, uri);
    }

    /**
     * Reads every page of a list call, following {@code Link: rel="next"} up to the page bound.
     *
     * @param call the first page's call (it should ask for {@code per_page=100})
     * @param itemsField the field holding the items in each page, or null when the page is an array
     * @return the items of every page, in order
     * @throws GitHubException when a page fails, or more pages than the bound exist
     */
    public List<JsonNode> list(Call call, String itemsField) {
        List<JsonNode> items = new ArrayList<>();
        URI next = uri(call.path(), call.query());
        for (int page = 1; next != null; page++) {
            if (page > settings.maxPages()) {
                throw new GitHubException(Problem.TOO_MANY_PAGES, 200, null,
                        Messages.tooManyPages(call.operation(), settings.maxPages()));
            }
            Answer answer = send(call, next);
            JsonNode array = itemsField == null ? answer.body() : answer.body().path(itemsField);
            if (!array.isArray()) {
                throw new GitHubException(Problem.BAD_ANSWER, answer.status(), null,
                        Messages.badAnswer(call.operation(), "expected a list" + (itemsField == null ? "" : " in "
                                + itemsField)));
            }
            array.forEach(items::add);
            next = nextPage(call, answer.headers());
        }
        return items;
    }

    private URI nextPage(Call call, HttpHeaders headers) {
        for (String link : headers.allValues("link")) {
            Matcher m = NEXT.matcher(link);
            if (m.find()) {
                URI uri;
                try {
                    uri = URI.create(m.group(1));
                } catch (IllegalArgumentException e) {
                    throw new GitHubException(Problem.BAD_ANSWER, 200, null,
                            Messages.badAnswer(call.operation(), "a malformed Link header"));
                }
                URI base = settings.apiBase();
                if (!base.getHost().equalsIgnoreCase(String.valueOf(uri.getHost())) || uri.getPort() != base.getPort()
                        || !base.getScheme().equalsIgnoreCase(String.valueOf(uri.getScheme()))) {
                    throw new GitHubException(Problem.BAD_ANSWER, 200, null,
                            Messages.foreignNext(call.operation(), String.valueOf(uri.getHost())));
                }
                return uri;
            }
        }
        return null;
    }

    private URI uri(String path, Map<String, String> query) {
        StringBuilder s = new StringBuilder(settings.apiBase().toString()).append(path);
        char sep = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            s.append(sep).append(segment(e.getKey())).append('=').append(segment(e.getValue()));
            sep = '&';
        }
        return URI.create(s.toString());
    }

    private Answer send(Call call, URI uri) {
        long start = clock.millis();
        int failures = 0;
        int waits = 0;
        while (true) {
            Answer answer;
            try {
                answer = exchange(call, uri);
            } catch (GitHubException e) {
                boolean lost = e.problem() == Problem.TIMEOUT || e.problem() == Problem.NETWORK;
                failures++;
                if (lost && call.idempotent() && failures < settings.maxAttempts()
                        && waitIfFits(backoff(failures), start)) {
                    continue;
                }
                throw e;
            }
            int status = answer.status();
            if (status / 100 == 2 || (status == 404 && call.notFoundIsAnswer())) {
                return answer;
            }
            String detail = detail(answer.body());
            if ((status == 403 || status == 429)
                    && "0".equals(answer.headers().firstValue("x-ratelimit-remaining").orElse(""))) {
                Instant reset = answer.headers().firstValue("x-ratelimit-reset").flatMap(RestClient::epochSeconds)
                        .orElse(clock.instant().plusSeconds(60));
                // One second more: the reset is in whole seconds and the clocks differ a little.
                Duration wait = Duration.between(clock.instant(), reset).plusSeconds(1);
                if (waits++ < MAX_WAITS && waitIfFits(wait.isNegative() ? Duration.ZERO : wait, start)) {
                    LOG.info("GitHub rate limit reached for {}; waited until {}", call.operation(), reset);
                    continue;
                }
                throw new GitHubException(Problem.RATE_LIMITED, status, reset,
                        Messages.rateLimited(call.operation(), status, reset, settings.callBudget()));
            }
            Optional<Duration> retryAfter = answer.headers().firstValue("retry-after").flatMap(RestClient::seconds);
            // 429 without the primary limit's headers is a secondary limit too.
            if (status == 429 || (status == 403
                    && (retryAfter.isPresent() || detail.toLowerCase(java.util.Locale.ROOT).contains("secondary rate")))) {
                // GitHub: without Retry-After, wait at least a minute before retrying.
                Duration wait = retryAfter.orElse(Duration.ofSeconds(60));
                // A refused call was not carried out, so even a create may be sent again.
                if (waits++ < MAX_WAITS && waitIfFits(wait, start)) {
                    LOG.info("GitHub secondary rate limit for {}; waited {} s", call.operation(), wait.toSeconds());
                    continue;
                }
                throw new GitHubException(Problem.SECONDARY_RATE_LIMITED, status, clock.instant().plus(wait),
                        Messages.secondaryLimited(call.operation(), status, wait, settings.callBudget()));
            }
            if (status >= 500) {
                failures++;
                if (call.idempotent() && failures < settings.maxAttempts() && waitIfFits(backoff(failures), start)) {
                    LOG.info("GitHub answered {} to {}; attempt {}", status, call.operation(), failures + 1);
                    continue;
                }
                throw new GitHubException(Problem.SERVER_ERROR, status, null,
                        Messages.serverError(call.operation(), status, detail, failures, call.idempotent()));
            }
            throw refusal(call, status, detail, answer.body());
        }
    }

    private GitHubException refusal(Call call, int status, String detail, JsonNode body) {
        return switch (status) {
            case 401 -> new GitHubException(Problem.UNAUTHORIZED, status, null,
                    Messages.unauthorized(call.operation(), status, detail));
            case 403 -> new GitHubException(Problem.FORBIDDEN, status, null,
                    Messages.forbidden(call.operation(), status, detail, call.permission()));
            case 404 -> new GitHubException(Problem.NOT_FOUND, status, null,
                    Messages.notFound(call.operation(), status, detail, settings.repository()));
            case 405, 409 -> new GitHubException(Problem.NOT_MERGEABLE, status, null,
                    Messages.notMergeable(call.operation(), status, detail));
            case 422 -> alreadyExists(body, detail)
                    ? new GitHubException(Problem.ALREADY_EXISTS, status, null,
                            Messages.alreadyExists(call.operation(), status, detail))
                    : new GitHubException(Problem.UNPROCESSABLE, status, null,
                            Messages.unprocessable(call.operation(), status, detail));
            default -> new GitHubException(Problem.REFUSED, status, null,
                    Messages.refused(call.operation(), status, detail));
        };
    }

    private static boolean alreadyExists(JsonNode body, String detail) {
        if (detail.toLowerCase(java.util.Locale.ROOT).contains("already exist")) {
            return true;
        }
        for (JsonNode error : body.path("errors")) {
            if ("already_exists".equals(error.path("code").asText())
                    || error.path("message").asText().toLowerCase(java.util.Locale.ROOT).contains("already exist")) {
                return true;
            }
        }
        return false;
    }

    /** GitHub's own short explanation: the message and the errors' messages, bounded and without the token. */
    private String detail(JsonNode body) {
        StringBuilder s = new StringBuilder(body.path("message").asText(""));
        for (JsonNode error : body.path("errors")) {
            String text = error.isTextual() ? error.asText() : error.path("message").asText(error.path("code").asText(""));
            if (!text.isEmpty()) {
                s.append(s.length() == 0 ? "" : "; ").append(text);
            }
        }
        return redact(clip(s.toString()));
    }

    private static String clip(String text) {
        String oneLine = text.replaceAll("[\\p{Cntrl}]", " ").strip();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }

    private String redact(String text) {
        return token.isEmpty() ? text : text.replace(token, "***");
    }

    private boolean waitIfFits(Duration wait, long start) {
        long elapsed = clock.millis() - start;
        if (elapsed + wait.toMillis() >= settings.callBudget().toMillis()) {
            return false;
        }
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration backoff(int failures) {
        long base = 250L << Math.min(failures - 1, 6);
        // Full jitter on half the delay: retries of many runners do not arrive together.
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private static Optional<Instant> epochSeconds(String text) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(text.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> seconds(String text) {
        try {
            long s = Long.parseLong(text.strip());
            return s < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Answer exchange(Call call, URI uri) {
        HttpRequest.BodyPublisher publisher;
        try {
            publisher = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(call.body()));
        } catch (JsonProcessingException e) {
            throw new GitHubException(Problem.REFUSED, 0, null, Messages.badAnswer(call.operation(), "body not JSON"));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.answerTimeout())
                .header("Accept", "application/vnd.github+json")
                .header("Authorization", "Bearer " + token)
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", settings.userAgent())
                .method(call.method(), publisher);
        if (call.body() != null) {
            request.header("Content-Type", "application/json; charset=utf-8");
        }
        AtomicBoolean headersArrived = new AtomicBoolean();
        AtomicReference<BoundedBody> subscriber = new AtomicReference<>();
        long max = settings.maxBodyBytes();
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request.build(), info -> {
            headersArrived.set(true);
            BoundedBody body = new BoundedBody(max);
            subscriber.set(body);
            return body;
        });
        Duration limit = settings.answerTimeout().plus(settings.bodyTimeout());
        HttpResponse<byte[]> response;
        try {
            response = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            Optional.ofNullable(subscriber.get()).ifPresent(BoundedBody::cancel);
            throw new GitHubException(Problem.TIMEOUT, 0, null, Messages.timeout(call.operation(),
                    headersArrived.get() ? "the answer's body did not arrive" : "no answer", limit));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new GitHubException(Problem.NETWORK, 0, null, Messages.network(call.operation(), "interrupted"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BodyTooLarge) {
                throw new GitHubException(Problem.BAD_ANSWER, 0, null, Messages.tooLarge(call.operation(), max));
            }
            if (cause instanceof HttpConnectTimeoutException) {
                throw new GitHubException(Problem.TIMEOUT, 0, null,
                        Messages.timeout(call.operation(), "no connection", settings.connectTimeout()));
            }
            if (cause instanceof HttpTimeoutException) {
                throw new GitHubException(Problem.TIMEOUT, 0, null,
                        Messages.timeout(call.operation(), "no answer", settings.answerTimeout()));
            }
            String detail = cause == null ? "unknown" : cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + clip(redact(cause.getMessage())));
            throw new GitHubException(Problem.NETWORK, 0, null, Messages.network(call.operation(), detail));
        }
        LOG.debug("GitHub {} {} -> {}", call.method(), uri.getRawPath(), response.statusCode());
        JsonNode body = MissingNode.getInstance();
        byte[] bytes = response.body();
        if (bytes != null && bytes.length > 0) {
            try {
                body = json.readTree(bytes);
            } catch (IOException e) {
                if (response.statusCode() / 100 == 2) {
                    throw new GitHubException(Problem.BAD_ANSWER, response.statusCode(), null,
                            Messages.badAnswer(call.operation(), "the body is not JSON"));
                }
            }
        }
        return new Answer(response.statusCode(), body == null ? MissingNode.getInstance() : body, response.headers());
    }

    private static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Collects a body up to a size; more fails the exchange instead of filling memory. */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private volatile Flow.Subscription subscription;

        BoundedBody(long max) {
            this.max = max;
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }

        @Override
        public java.util.concurrent.CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            this.subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer buffer : items) {
                if (out.size() + (long) buffer.remaining() > max) {
                    cancel();
                    result.completeExceptionally(new BodyTooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
