package dev.releaserules.testkit.http;

import dev.releaserules.testkit.internal.Args;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request the {@link RecordingServer} received.
 *
 * @param method the HTTP method, such as {@code POST}
 * @param path the request path with its query, such as {@code /bot123/sendMessage?x=1}
 * @param headers the request headers, names in lower case
 * @param body the exact body bytes
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers, byte[] body) {

    /** Validates and copies the fields. */
    public RecordedRequest {
        Args.notBlank(method, "method");
        Args.notNull(path, "path");
        headers = Args.mapCopy(headers, "headers");
        body = Args.notNull(body, "body").clone();
    }

    /**
     * The exact body bytes.
     *
     * @return a copy of the body
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * The body decoded as UTF-8.
     *
     * @return the body text
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The first value of a header, looked up without regard to case.
     *
     * @param name the header name
     * @return the value, or empty when the request has no such header
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(Args.notNull(name, "name").toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * A short form for assertion messages: method, path and body size. Never the body itself,
     * which may hold what a test checks is secret.
     *
     * @return for example {@code POST /hook (123 bytes)}
     */
    @Override
    public String toString() {
        return method + " " + path + " (" + body.length + " bytes)";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedRequest that && method.equals(that.method) && path.equals(that.path)
                && headers.equals(that.headers) && java.util.Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(method, path, headers, java.util.Arrays.hashCode(body));
    }
}
