package dev.releaserules.core.spi;

import dev.releaserules.core.internal.Checks;
import java.util.OptionalInt;

/**
 * The outcome of delivering one notification over one channel. Kept apart from the outcome of the
 * release step that emitted the event: a failed delivery never fails a release.
 *
 * <p>Never holds a secret: the reason names what went wrong (status, timeout, refused connection)
 * without webhook URLs or tokens.
 *
 * @param channel the channel name from the routing, such as {@code #releases}
 * @param kind the kind of notifier, such as {@code slack}
 * @param idempotencyKey the delivered notification's key
 * @param outcome whether it was delivered, and if not whether trying later may help
 * @param attempts how many attempts were made (0 when none could be made)
 * @param httpStatus the last HTTP status received, or 0 when none was (no HTTP channel, no answer)
 * @param reason why it failed, empty when delivered
 */
public record DeliveryResult(String channel, String kind, String idempotencyKey, Outcome outcome, int attempts,
        int httpStatus, String reason) {

    /** Whether a notification was delivered. */
    public enum Outcome {
        /** The channel accepted the notification. */
        DELIVERED,
        /** Not delivered, for a reason that may pass: a 5xx, a 429, a timeout, a refused connection. */
        RETRYABLE_FAILURE,
        /** Not delivered, and trying again will not help: a 4xx, a rejected or malformed answer. */
        PERMANENT_FAILURE
    }

    /** Validates the fields. */
    public DeliveryResult {
        Checks.notBlank(channel, "channel");
        Checks.notBlank(kind, "kind");
        Checks.notNull(idempotencyKey, "idempotencyKey");
        Checks.notNull(outcome, "outcome");
        Checks.notNull(reason, "reason");
        if (attempts < 0) {
            throw new dev.releaserules.core.InvalidInputException("attempts", Integer.toString(attempts), "zero or more");
        }
    }

    /**
     * A successful delivery.
     *
     * @param notification what was delivered
     * @param kind the notifier kind
     * @param attempts how many attempts it took
     * @param httpStatus the final HTTP status, or 0
     * @return the result
     */
    public static DeliveryResult delivered(Notification notification, String kind, int attempts, int httpStatus) {
        Checks.notNull(notification, "notification");
        return new DeliveryResult(notification.channel(), kind, notification.idempotencyKey(), Outcome.DELIVERED,
                attempts, httpStatus, "");
    }

    /**
     * A failed delivery.
     *
     * @param notification what was not delivered
     * @param kind the notifier kind
     * @param outcome {@link Outcome#RETRYABLE_FAILURE} or {@link Outcome#PERMANENT_FAILURE}
     * @param attempts how many attempts were made
     * @param httpStatus the last HTTP status, or 0
     * @param reason why, without secrets
     * @return the result
     */
    public static DeliveryResult failed(Notification notification, String kind, Outcome outcome, int attempts,
            int httpStatus, String reason) {
        Checks.notNull(notification, "notification");
        if (outcome == Outcome.DELIVERED) {
            throw new dev.releaserules.core.InvalidInputException("outcome", outcome.name(), "a failure outcome");
        }
        return new DeliveryResult(notification.channel(), kind, notification.idempotencyKey(), outcome, attempts,
                httpStatus, Checks.notBlank(reason, "reason"));
    }

    /**
     * Whether the notification was delivered.
     *
     * @return true when {@link #outcome()} is {@link Outcome#DELIVERED}
     */
    public boolean isOk() {
        return outcome == Outcome.DELIVERED;
    }

    /**
     * The last HTTP status, when one was received.
     *
     * @return the status, or empty
     */
    public OptionalInt status() {
        return httpStatus > 0 ? OptionalInt.of(httpStatus) : OptionalInt.empty();
    }
}
