package dev.releaserules.core.manifest;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.time.Instant;

/**
 * When a release may deploy (R-WN1): from its start, for as long as its type's window lasts.
 *
 * @param opens the first instant inside the window
 * @param closes the first instant after it
 */
public record DeploymentWindow(Instant opens, Instant closes) {

    /** Validates the parts: the window closes after it opens. */
    public DeploymentWindow {
        Checks.notNull(opens, "window start");
        Checks.notNull(closes, "window end");
        if (!closes.isAfter(opens)) {
            throw new InvalidInputException("deployment window", opens + " to " + closes, "an end after the start");
        }
    }

    /**
     * Whether an instant lies inside: at or after the start and before the end.
     *
     * @param at the instant
     * @return true when a deployment may run then
     */
    public boolean contains(Instant at) {
        Checks.notNull(at, "time");
        return !at.isBefore(opens) && at.isBefore(closes);
    }
}
