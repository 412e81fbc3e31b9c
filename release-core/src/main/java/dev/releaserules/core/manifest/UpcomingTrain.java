package dev.releaserules.core.manifest;

import dev.releaserules.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One train of the release calendar (R-RT2): its type, the date its release ids carry, when
 * features freeze, and its deployment window.
 *
 * @param type {@link ReleaseType#REGULAR} or {@link ReleaseType#MAJOR}
 * @param date the train's date in the calendar's zone, the date of its release ids
 * @param featureFreeze when features freeze for it (R-FZ1)
 * @param window when it may deploy (R-WN1)
 */
public record UpcomingTrain(ReleaseType type, LocalDate date, Instant featureFreeze, DeploymentWindow window) {

    /** Validates the parts. */
    public UpcomingTrain {
        Checks.notNull(type, "release type");
        Checks.notNull(date, "date");
        Checks.notNull(featureFreeze, "feature freeze");
        Checks.notNull(window, "window");
    }

    /**
     * When the train leaves: the start of its window.
     *
     * @return the scheduled time
     */
    public Instant start() {
        return window.opens();
    }
}
