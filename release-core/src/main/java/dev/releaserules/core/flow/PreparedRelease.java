package dev.releaserules.core.flow;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.VersionChoice;
import java.time.Instant;

/**
 * What prepare (or hotfix) did, or in a dry run would do.
 *
 * @param kind {@link BranchKind#RELEASE} or {@link BranchKind#HOTFIX}
 * @param choice the version chosen, from what, and why
 * @param branch the release or hotfix branch
 * @param tag the annotated tag
 * @param cutoffCommit the commit of the source branch the release is a snapshot of (R-B2)
 * @param releaseCommit the commit that carries the version file and changelog; empty in a dry run
 * @param pullRequest the pull request number; 0 in a dry run
 * @param expectedCompletion when the release should be in production (R-TL)
 * @param releaseNotes the Markdown section prepended to the changelog; empty for a hotfix
 * @param plan the steps, in order
 * @param dryRun whether nothing was changed
 * @param resumed whether this run finished what an earlier, interrupted run had started
 */
public record PreparedRelease(BranchKind kind, VersionChoice choice, String branch, String tag, String cutoffCommit,
        String releaseCommit, int pullRequest, Instant expectedCompletion, String releaseNotes, Plan plan,
        boolean dryRun, boolean resumed) {

    /** Validates the parts. */
    public PreparedRelease {
        Checks.notNull(kind, "kind");
        Checks.notNull(choice, "choice");
        Checks.notBlank(branch, "branch");
        Checks.notBlank(tag, "tag");
        Checks.notBlank(cutoffCommit, "cutoffCommit");
        Checks.notNull(releaseCommit, "releaseCommit");
        Checks.notNull(expectedCompletion, "expectedCompletion");
        Checks.notNull(releaseNotes, "releaseNotes");
        Checks.notNull(plan, "plan");
    }

    /**
     * The version of the release.
     *
     * @return the chosen version
     */
    public dev.releaserules.core.version.Version version() {
        return choice.chosen();
    }
}
