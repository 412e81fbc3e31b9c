package dev.releaserules.testkit.fakes;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.core.spi.Notifier;
import dev.releaserules.testkit.internal.Args;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Notifier} that sends nothing and records every notification it is given; deliveries
 * succeed unless a failure was scripted for the notification's channel.
 *
 * <pre>{@code
 * RecordingNotifier slack = RecordingNotifier.builder().kind("slack")
 *         .fail("#incidents", DeliveryResult.Outcome.RETRYABLE_FAILURE, "HTTP 503")
 *         .build();
 * // ... route events to slack, publish ...
 * assertThat(slack.texts()).containsExactly("Release 2.3.0 prepared");
 * }</pre>
 *
 * <p>Every call is one attempt: a delivered result has 1 attempt and no HTTP status. A failed
 * notification is recorded too, since the caller did hand it over. Thread-safe.
 */
public final class RecordingNotifier implements Notifier {
    private final String kind;
    private final Map<String, Failure> failures;
    private final List<Notification> notifications = new ArrayList<>();
    private final List<DeliveryResult> results = new ArrayList<>();

    private RecordingNotifier(Builder builder) {
        this.kind = builder.kind;
        this.failures = Map.copyOf(builder.failures);
    }

    /**
     * A notifier of kind {@code recording} that delivers everything.
     *
     * @return a new notifier with nothing recorded
     */
    public static RecordingNotifier delivering() {
        return builder().build();
    }

    /**
     * A builder for the kind and scripted failures.
     *
     * @return a new builder: kind {@code recording}, no failures
     */
    public static Builder builder() {
        return new Builder();
    }

    private record Failure(DeliveryResult.Outcome outcome, String reason) {
    }

    /** Configures a {@link RecordingNotifier}; each setter validates its argument at once. */
    public static final class Builder {
        private String kind = "recording";
        private final Map<String, Failure> failures = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The kind reported in results.
         *
         * @param value a short name, such as {@code slack}; default {@code recording}
         * @return this builder
         */
        public Builder kind(String value) {
            this.kind = Args.notBlank(value, "kind");
            return this;
        }

        /**
         * Makes every delivery to a channel fail.
         *
         * @param channel the channel name from the routing, such as {@code #releases}
         * @param outcome {@link DeliveryResult.Outcome#RETRYABLE_FAILURE} or
         *     {@link DeliveryResult.Outcome#PERMANENT_FAILURE}
         * @param reason why, not blank
         * @return this builder
         */
        public Builder fail(String channel, DeliveryResult.Outcome outcome, String reason) {
            Args.notBlank(channel, "channel");
            if (Args.notNull(outcome, "outcome") == DeliveryResult.Outcome.DELIVERED) {
                throw new InvalidInputException("outcome", outcome.name(), "a failure outcome");
            }
            failures.put(channel, new Failure(outcome, Args.notBlank(reason, "reason")));
            return this;
        }

        /**
         * Builds the notifier.
         *
         * @return a new notifier with nothing recorded
         */
        public RecordingNotifier build() {
            return new RecordingNotifier(this);
        }
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public synchronized DeliveryResult deliver(Notification notification) {
        Args.notNull(notification, "notification");
        Failure failure = failures.get(notification.channel());
        DeliveryResult result = failure == null
                ? DeliveryResult.delivered(notification, kind, 1, 0)
                : DeliveryResult.failed(notification, kind, failure.outcome(), 1, 0, failure.reason());
        notifications.add(notification);
        results.add(result);
        return result;
    }

    /**
     * Every notification handed over so far, delivered or not, in order.
     *
     * @return an immutable snapshot
     */
    public synchronized List<Notification> notifications() {
        return List.copyOf(notifications);
    }

    /**
     * The texts of the notifications that were delivered, in order.
     *
     * @return an immutable snapshot
     */
    public synchronized List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < notifications.size(); i++) {
            if (results.get(i).isOk()) {
                texts.add(notifications.get(i).text());
            }
        }
        return List.copyOf(texts);
    }

    /**
     * What each call answered, in order.
     *
     * @return an immutable snapshot
     */
    public synchronized List<DeliveryResult> results() {
        return List.copyOf(results);
    }

    /** Forgets what was recorded; scripted failures stay. */
    public synchronized void clear() {
        notifications.clear();
        results.clear();
    }

    @Override
    public synchronized String toString() {
        return "RecordingNotifier[" + kind + ", " + notifications.size() + " notifications]";
    }
}
