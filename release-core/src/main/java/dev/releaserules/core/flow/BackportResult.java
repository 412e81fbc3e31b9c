package dev.releaserules.core.flow;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Version;
import java.util.List;

/**
 * What a backport did: a pull request bringing the release back, the one an earlier run created, or
 * a conflict that changed nothing.
 */
public sealed interface BackportResult {

    /**
     * The backport branch was created, {@code main} merged into it, and its pull request opened.
     *
     * @param version the released version
     * @param branch the backport branch
     * @param mergeCommit the merge commit; empty in a dry run
     * @param pullRequest the pull request number; 0 in a dry run
     * @param plan the steps
     * @param dryRun whether nothing was changed
     */
    record Created(Version version, String branch, String mergeCommit, int pullRequest, Plan plan, boolean dryRun)
            implements BackportResult {
        /** Validates the parts. */
        public Created {
            Checks.notNull(version, "version");
            Checks.notBlank(branch, "branch");
            Checks.notNull(mergeCommit, "mergeCommit");
            Checks.notNull(plan, "plan");
        }
    }

    /**
     * An earlier run created the backport already: its pull request is open or merged. Nothing was
     * changed.
     *
     * @param version the released version
     * @param branch the backport branch
     * @param pullRequest the existing pull request's number
     * @param message what exists
     */
    record AlreadyCreated(Version version, String branch, int pullRequest, String message) implements BackportResult {
        /** Validates the parts. */
        public AlreadyCreated {
            Checks.notNull(version, "version");
            Checks.notBlank(branch, "branch");
            Checks.notBlank(message, "message");
        }
    }

    /**
     * Merging conflicted; no branch, commit or pull request was left behind.
     *
     * @param version the released version
     * @param paths the conflicting paths
     * @param message what to do
     */
    record Conflicted(Version version, List<String> paths, String message) implements BackportResult {
        /** Validates the parts. */
        public Conflicted {
            Checks.notNull(version, "version");
            paths = Checks.listCopy(paths, "paths");
            Checks.notBlank(message, "message");
        }
    }
}
