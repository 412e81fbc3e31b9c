package dev.releaserules.github;

import dev.releaserules.core.hosting.MergeDecision;
import dev.releaserules.core.hosting.PullRequestFacts;
import java.util.Objects;

/**
 * What {@link GitHubAutoMerge} did with a pull request, with the facts it gathered and the policy's
 * decision.
 *
 * @param number the pull request number
 * @param facts the facts read from GitHub
 * @param decision the policy's decision (R-M1)
 * @param action what was done on GitHub
 * @param mergeCommit the merge commit id when {@link Action#MERGED}, else empty
 */
public record AutoMergeResult(int number, PullRequestFacts facts, MergeDecision decision, Action action,
        String mergeCommit) {

    /** What was done on GitHub. */
    public enum Action {
        /** Approved (when asked) and merged now, with the decision's method. */
        MERGED,
        /** GitHub's auto-merge was enabled with the decision's method; GitHub merges once checks pass. */
        AUTO_MERGE_ENABLED,
        /** Nothing yet: the decision waits for something (see the decision's reason). */
        WAITING,
        /** Nothing: the policy never merges this pull request automatically. */
        REFUSED
    }

    /**
     * Validates the parts.
     *
     * @param number the number
     * @param facts the facts
     * @param decision the decision
     * @param action the action
     * @param mergeCommit the merge commit id or empty
     */
    public AutoMergeResult {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(mergeCommit, "mergeCommit");
    }
}
