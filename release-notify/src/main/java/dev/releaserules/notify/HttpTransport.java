package dev.releaserules.notify;

import dev.releaserules.core.internal.Checks;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How HTTP channels reach the world: the JDK HTTP client, the {@link DeliveryPolicy}, and the clock,
 * sleeper and random source the retries use (injectable so tests are fast and deterministic).
 *
 * <p>Immutable and thread-safe; share one among channels.
 */
public final class HttpTransport {
    private final HttpClient client;
    private final DeliveryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    private HttpTransport(Builder builder) {
        this.policy = builder.policy;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.random = builder.random;
        this.client = builder.client != null ? builder.client : HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * A transport with {@link DeliveryPolicy#defaults()}, the system clock and real waiting.
     *
     * @return the default transport
     */
    public static HttpTransport defaults() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The HTTP client.
     *
     * @return the client
     */
    public HttpClient client() {
        return client;
    }

    /**
     * The time limits and retries.
     *
     * @return the policy
     */
    public DeliveryPolicy policy() {
        return policy;
    }

    /**
     * The clock that measures the total time of a delivery.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * What waits between attempts.
     *
     * @return the sleeper
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * The source of jitter, numbers from 0 (inclusive) to 1 (exclusive).
     *
     * @return the random source
     */
    public DoubleSupplier random() {
        return random;
    }

    @Override
    public String toString() {
        return "HttpTransport[" + policy + "]";
    }

    /** Builds an {@link HttpTransport}. Not thread-safe. */
    public static final class Builder {
        private DeliveryPolicy policy = DeliveryPolicy.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private HttpClient client;

        private Builder() {
        }

        /**
         * Sets the time limits and retries; default {@link DeliveryPolicy#defaults()}.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder policy(DeliveryPolicy value) {
            policy = Checks.notNull(value, "policy");
            return this;
        }

        /**
         * Sets the clock that measures the total time; default the system UTC clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            clock = Checks.notNull(value, "clock");
            return this;
        }

        /**
         * Sets what waits between attempts; default {@link Sleeper#system()}.
         *
         * @param value the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper value) {
            sleeper = Checks.notNull(value, "sleeper");
            return this;
        }

        /**
         * Sets the source of jitter; default a thread-local random.
         *
         * @param value numbers from 0 (inclusive) to 1 (exclusive)
         * @return this builder
         */
        public Builder random(DoubleSupplier value) {
            random = Checks.notNull(value, "random");
            return this;
        }

        /**
         * Sets the HTTP client; default a client with the policy's connect timeout that follows no
         * redirects (a redirect could carry a message to an address nobody configured).
         *
         * @param value the client
         * @return this builder
         */
        public Builder client(HttpClient value) {
            client = Checks.notNull(value, "client");
            return this;
        }

        /**
         * Builds the transport.
         *
         * @return the transport
         */
        public HttpTransport build() {
            return new HttpTransport(this);
        }
    }
}
