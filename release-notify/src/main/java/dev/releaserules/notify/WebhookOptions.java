package dev.releaserules.notify;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Options of a generic webhook: an optional HMAC-SHA256 signing secret and extra headers.
 * Immutable; {@code toString()} never shows the secret.
 */
public final class WebhookOptions {
    private static final Set<String> RESERVED = Set.of("content-type", "content-length", "host", "connection",
            "idempotency-key", "x-release-rules-signature", "x-release-rules-event");

    private final @Nullable Secret signingSecret;
    private final Map<String, Secret> headers;

    private WebhookOptions(@Nullable Secret signingSecret, Map<String, Secret> headers) {
        this.signingSecret = signingSecret;
        this.headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /**
     * No signature, no extra headers.
     *
     * @return the options
     */
    public static WebhookOptions none() {
        return new WebhookOptions(null, Map.of());
    }

    /**
     * A builder with no signature and no headers.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The HMAC-SHA256 key, when bodies are signed.
     *
     * @return the key, or empty
     */
    public Optional<Secret> signingSecret() {
        return Optional.ofNullable(signingSecret);
    }

    /**
     * Extra headers sent with every request. Their values are secrets, since webhook receivers
     * such as n8n often authenticate by a header.
     *
     * @return the headers, in insertion order
     */
    public Map<String, Secret> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "WebhookOptions[signed=" + (signingSecret != null) + ", headers=" + headers.keySet() + "]";
    }

    /** Builds {@link WebhookOptions}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Secret signingSecret;
        private final Map<String, Secret> headers = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Signs every body with HMAC-SHA256 under this key.
         *
         * @param value the shared secret
         * @return this builder
         */
        public Builder signingSecret(Secret value) {
            signingSecret = Checks.notNull(value, "signingSecret");
            return this;
        }

        /**
         * Adds a header sent with every request, such as {@code Authorization}. The value is kept
         * as a secret: never logged, never in a message.
         *
         * @param name the header name; not one the notifier sets itself
         * @param value the value
         * @return this builder
         * @throws InvalidInputException when the name is reserved or not a token, or the value
         *     holds a line break (the message names the header, not the value)
         */
        public Builder header(String name, Secret value) {
            Checks.notBlank(name, "header name");
            Checks.notNull(value, "header value");
            if (!name.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+") || RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("header name", name,
                        "an HTTP token that is not one of " + RESERVED);
            }
            if (value.reveal().indexOf('\r') >= 0 || value.reveal().indexOf('\n') >= 0) {
                throw new InvalidInputException("header value", name, "a value without line breaks");
            }
            headers.put(name, value);
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public WebhookOptions build() {
            return new WebhookOptions(signingSecret, headers);
        }
    }
}
