package dev.releaserules.core.spi;

import dev.releaserules.core.hosting.ChecksState;
import dev.releaserules.core.hosting.Mergeability;
import dev.releaserules.core.internal.Checks;

/**
 * Where an open pull request stands for merging, as the code host reports it now.
 *
 * @param number the pull request number
 * @param headCommit the commit its head is at
 * @param mergeability whether it merges without conflicts
 * @param checks the combined state of the checks on its head
 */
public record PullRequestStatus(int number, String headCommit, Mergeability mergeability, ChecksState checks) {

    /** Validates the parts. */
    public PullRequestStatus {
        if (number <= 0) {
            throw new dev.releaserules.core.InvalidInputException("pull request number", Integer.toString(number),
                    "a positive number");
        }
        Checks.notNull(headCommit, "headCommit");
        Checks.notNull(mergeability, "mergeability");
        Checks.notNull(checks, "checks");
    }
}
