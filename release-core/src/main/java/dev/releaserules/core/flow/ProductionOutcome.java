package dev.releaserules.core.flow;

import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * How a production release ended and how long it took against its target (R-TL).
 *
 * @param version the version
 * @param tag its tag
 * @param succeeded whether it succeeded
 * @param kind a regular release or a hotfix, from the commit that cut it
 * @param preparedAt when it was prepared (or the hotfix cut): the start of the clock
 * @param elapsed from then to the announcement
 * @param target the release type's target
 * @param late whether the target was missed
 * @param timeline the release's steps with their times as read from the git records, oldest first:
 *     prepared (or the hotfix cut), the feature cutoff, production triggered (when this repository has
 *     the trigger record), and this announcement
 * @param hostRelease the code-host release of the tag (R-GR), when one was published or found
 */
public record ProductionOutcome(Version version, String tag, boolean succeeded, BranchKind kind, Instant preparedAt,
        Duration elapsed, Duration target, boolean late, java.util.List<ReleaseEvent.Milestone> timeline,
        java.util.Optional<dev.releaserules.core.spi.HostRelease> hostRelease) {

    /** Validates the parts. */
    public ProductionOutcome {
        Checks.notNull(version, "version");
        Checks.notBlank(tag, "tag");
        Checks.notNull(kind, "kind");
        Checks.notNull(preparedAt, "preparedAt");
        Checks.notNull(elapsed, "elapsed");
        Checks.notNull(target, "target");
        timeline = Checks.listCopy(timeline, "timeline");
        Checks.notNull(hostRelease, "hostRelease");
    }
}
