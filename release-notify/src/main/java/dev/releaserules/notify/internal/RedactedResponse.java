package dev.releaserules.notify.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/**
 * An answer whose body has had every secret removed before any check reads it, so nothing that
 * shortens or quotes the body can cut a secret in half and leave a fragment behind.
 */
final class RedactedResponse implements HttpResponse<String> {
    private final HttpResponse<?> response;
    private final String body;

    RedactedResponse(HttpResponse<?> response, String body) {
        this.response = response;
        this.body = body;
    }

    @Override
    public int statusCode() {
        return response.statusCode();
    }

    @Override
    public HttpRequest request() {
        return response.request();
    }

    @Override
    public Optional<HttpResponse<String>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
        return response.headers();
    }

    @Override
    public String body() {
        return body;
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return response.sslSession();
    }

    @Override
    public URI uri() {
        return response.uri();
    }

    @Override
    public HttpClient.Version version() {
        return response.version();
    }

    @Override
    public String toString() {
        return "RedactedResponse[" + response.statusCode() + "]";
    }
}
