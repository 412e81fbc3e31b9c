package dev.releaserules.notify.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What an answer means for a delivery: done, try again (perhaps after a given wait), or give up. */
public sealed interface Verdict {

    /** The channel accepted the notification. */
    record Delivered() implements Verdict {
    }

    /**
     * Worth another attempt.
     *
     * @param after how long the server asked to wait, or null to use the backoff
     * @param reason what went wrong, without secrets
     */
    record Retry(@Nullable Duration after, String reason) implements Verdict {
    }

    /**
     * Not worth another attempt.
     *
     * @param reason what went wrong, without secrets
     */
    record Fail(String reason) implements Verdict {
    }
}
