package dev.releaserules.core.changelog;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.internal.Checks;

/**
 * A commit of the release range that has no entry in the release notes, and why.
 *
 * @param commit the commit
 * @param reason why it has no entry
 */
public record ExcludedCommit(Commit commit, Exclusion reason) {

    /** Validates the parts. */
    public ExcludedCommit {
        Checks.notNull(commit, "commit");
        Checks.notNull(reason, "reason");
    }
}
