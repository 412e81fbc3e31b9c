package dev.releaserules.notify;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.time.Duration;

/**
 * Time limits and retries for delivering one notification over HTTP.
 *
 * <p>Attempts that fail with a 5xx status, a timeout or an I/O error are retried after an
 * exponential backoff ({@code initialBackoff * multiplier^(n-1)}, at most {@code maxBackoff}) spread
 * by {@code jitter} (0.2 means ±20 %). A 429 answer waits as long as the server asks (Slack's
 * {@code Retry-After}, Telegram's {@code parameters.retry_after}). Other 4xx answers are not
 * retried. No delivery takes more than {@code totalTimeout}, waits included.
 *
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for an answer to one attempt
 * @param maxAttempts the most attempts per notification, at least 1
 * @param initialBackoff the wait after the first failed attempt
 * @param maxBackoff the longest backoff wait
 * @param multiplier how much each backoff grows, at least 1
 * @param jitter the random spread of each backoff, from 0 to 1
 * @param totalTimeout the longest a delivery may take, waits included
 */
public record DeliveryPolicy(Duration connectTimeout, Duration requestTimeout, int maxAttempts,
        Duration initialBackoff, Duration maxBackoff, double multiplier, double jitter, Duration totalTimeout) {

    /** Validates the fields. */
    public DeliveryPolicy {
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        if (maxAttempts < 1) {
            throw new InvalidInputException("maxAttempts", Integer.toString(maxAttempts), "at least 1");
        }
        notNegative(initialBackoff, "initialBackoff");
        notNegative(maxBackoff, "maxBackoff");
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new InvalidInputException("multiplier", Double.toString(multiplier), "a finite number of at least 1");
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new InvalidInputException("jitter", Double.toString(jitter), "a fraction from 0 to 1");
        }
        positive(totalTimeout, "totalTimeout");
    }

    /**
     * Connect 5 s, answer 10 s, 4 attempts, backoff 0.5 s doubling up to 30 s with ±20 % jitter,
     * 60 s in total.
     *
     * @return the default policy
     */
    public static DeliveryPolicy defaults() {
        return new DeliveryPolicy(Duration.ofSeconds(5), Duration.ofSeconds(10), 4, Duration.ofMillis(500),
                Duration.ofSeconds(30), 2.0, 0.2, Duration.ofSeconds(60));
    }

    /**
     * A builder starting from {@link #defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(defaults());
    }

    /**
     * The wait before the next attempt after {@code failedAttempts} failures.
     *
     * @param failedAttempts how many attempts failed so far, at least 1
     * @param random a number from 0 (inclusive) to 1 (exclusive) that places the wait in the jitter range
     * @return the wait, never negative and never above {@code maxBackoff}
     */
    public Duration backoff(int failedAttempts, double random) {
        double base = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        double capped = Math.min(base, maxBackoff.toMillis());
        double spread = capped * (1.0 - jitter + 2.0 * jitter * Math.min(Math.max(random, 0.0), 1.0));
        return Duration.ofMillis(Math.round(Math.min(spread, maxBackoff.toMillis())));
    }

    private static void positive(Duration value, String name) {
        Checks.notNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidInputException(name, value.toString(), "a positive duration");
        }
    }

    private static void notNegative(Duration value, String name) {
        Checks.notNull(value, name);
        if (value.isNegative()) {
            throw new InvalidInputException(name, value.toString(), "zero or a positive duration");
        }
    }

    /** Builds a {@link DeliveryPolicy}; each setter validates its argument at once. Not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout;
        private Duration requestTimeout;
        private int maxAttempts;
        private Duration initialBackoff;
        private Duration maxBackoff;
        private double multiplier;
        private double jitter;
        private Duration totalTimeout;

        private Builder(DeliveryPolicy from) {
            connectTimeout = from.connectTimeout;
            requestTimeout = from.requestTimeout;
            maxAttempts = from.maxAttempts;
            initialBackoff = from.initialBackoff;
            maxBackoff = from.maxBackoff;
            multiplier = from.multiplier;
            jitter = from.jitter;
            totalTimeout = from.totalTimeout;
        }

        /**
         * Sets the connect timeout.
         *
         * @param value a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration value) {
            positive(value, "connectTimeout");
            connectTimeout = value;
            return this;
        }

        /**
         * Sets the timeout for the answer to one attempt.
         *
         * @param value a positive duration
         * @return this builder
         */
        public Builder requestTimeout(Duration value) {
            positive(value, "requestTimeout");
            requestTimeout = value;
            return this;
        }

        /**
         * Sets the most attempts per notification.
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder maxAttempts(int value) {
            if (value < 1) {
                throw new InvalidInputException("maxAttempts", Integer.toString(value), "at least 1");
            }
            maxAttempts = value;
            return this;
        }

        /**
         * Sets the wait after the first failed attempt.
         *
         * @param value zero or positive
         * @return this builder
         */
        public Builder initialBackoff(Duration value) {
            notNegative(value, "initialBackoff");
            initialBackoff = value;
            return this;
        }

        /**
         * Sets the longest backoff wait.
         *
         * @param value zero or positive
         * @return this builder
         */
        public Builder maxBackoff(Duration value) {
            notNegative(value, "maxBackoff");
            maxBackoff = value;
            return this;
        }

        /**
         * Sets how much each backoff grows.
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder multiplier(double value) {
            multiplier = value;
            return this;
        }

        /**
         * Sets the random spread of each backoff.
         *
         * @param value from 0 (none) to 1
         * @return this builder
         */
        public Builder jitter(double value) {
            jitter = value;
            return this;
        }

        /**
         * Sets the longest a delivery may take, waits included.
         *
         * @param value a positive duration
         * @return this builder
         */
        public Builder totalTimeout(Duration value) {
            positive(value, "totalTimeout");
            totalTimeout = value;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws InvalidInputException when the multiplier or jitter is out of range
         */
        public DeliveryPolicy build() {
            return new DeliveryPolicy(connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff,
                    multiplier, jitter, totalTimeout);
        }
    }
}
