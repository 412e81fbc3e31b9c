package dev.releaserules.core.flow;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a release may take from prepare to production (R-TL): a regular release 8 hours, a
 * hotfix 2 hours, unless configured otherwise.
 *
 * @param regular the target for regular releases, positive
 * @param hotfix the target for hotfixes, positive
 */
public record ReleaseTargets(Duration regular, Duration hotfix) {

    /** Validates the durations. */
    public ReleaseTargets {
        Checks.notNull(regular, "regular");
        Checks.notNull(hotfix, "hotfix");
        if (regular.isNegative() || regular.isZero() || hotfix.isNegative() || hotfix.isZero()) {
            throw new InvalidInputException("release target", regular + " / " + hotfix, "positive durations");
        }
    }

    /**
     * The targets of the quick-release model: 8 hours and 2 hours.
     *
     * @return the default targets
     */
    public static ReleaseTargets defaults() {
        return new ReleaseTargets(Duration.ofHours(8), Duration.ofHours(2));
    }

    /**
     * The target for a kind of release.
     *
     * @param kind {@link BranchKind#RELEASE} or {@link BranchKind#HOTFIX}
     * @return the duration
     */
    public Duration target(BranchKind kind) {
        return Checks.notNull(kind, "kind") == BranchKind.HOTFIX ? hotfix : regular;
    }

    /**
     * When a release prepared at a time is expected to be complete.
     *
     * @param kind the kind of release
     * @param preparedAt when it was prepared
     * @return the expected completion time
     */
    public Instant expectedCompletion(BranchKind kind, Instant preparedAt) {
        return Checks.notNull(preparedAt, "preparedAt").plus(target(kind));
    }

    /**
     * Whether a release is late: not complete and past its expected completion.
     *
     * @param kind the kind of release
     * @param preparedAt when it was prepared
     * @param now the current time
     * @return true when {@code now} is after the expected completion
     */
    public boolean isLate(BranchKind kind, Instant preparedAt, Instant now) {
        return Checks.notNull(now, "now").isAfter(expectedCompletion(kind, preparedAt));
    }
}
