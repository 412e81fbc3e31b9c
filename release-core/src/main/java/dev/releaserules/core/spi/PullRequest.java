package dev.releaserules.core.spi;

import dev.releaserules.core.internal.Checks;
import java.util.Set;

/**
 * A pull (merge) request as the code host reports it.
 *
 * @param number the host's number for it, positive
 * @param title the title
 * @param body the description, Markdown
 * @param head the source branch, such as {@code release/v2.3.0}
 * @param base the target branch, such as {@code main}
 * @param labels the labels
 * @param state open, merged or closed
 * @param mergedBy who merged it, empty unless merged
 * @param mergeMethod how it was merged; {@link MergeMethod#NONE} unless merged
 * @param headCommit the id of the commit the source branch pointed at (for a merged pull request:
 *     the commit that was merged), empty when the host did not say
 * @param mergeCommit the id of the commit the merge made on the target branch, empty unless merged
 *     or when the host did not say
 */
public record PullRequest(int number, String title, String body, String head, String base, Set<String> labels,
        State state, String mergedBy, MergeMethod mergeMethod, String headCommit, String mergeCommit) {

    /** Where a pull request stands. */
    public enum State {
        /** Open for review. */
        OPEN,
        /** Merged into its base. */
        MERGED,
        /** Closed without merging. */
        CLOSED
    }

    /** How a pull request was merged. */
    public enum MergeMethod {
        /** Not merged. */
        NONE,
        /** A merge commit with both histories as parents. */
        MERGE_COMMIT,
        /** The changes squashed into one commit. */
        SQUASH,
        /** The commits replayed onto the base. */
        REBASE
    }

    /** Validates and copies the parts. */
    public PullRequest {
        if (number <= 0) {
            throw new dev.releaserules.core.InvalidInputException("pull request number", Integer.toString(number),
                    "a positive number");
        }
        Checks.notNull(title, "title");
        Checks.notNull(body, "body");
        Checks.notBlank(head, "head");
        Checks.notBlank(base, "base");
        labels = Set.copyOf(Checks.listCopy(labels, "labels"));
        Checks.notNull(state, "state");
        Checks.notNull(mergedBy, "mergedBy");
        Checks.notNull(mergeMethod, "mergeMethod");
        Checks.notNull(headCommit, "headCommit");
        Checks.notNull(mergeCommit, "mergeCommit");
    }

    /**
     * A pull request whose head and merge commit ids are not known (both empty).
     *
     * @param number the number
     * @param title the title
     * @param body the description
     * @param head the source branch
     * @param base the target branch
     * @param labels the labels
     * @param state the state
     * @param mergedBy who merged it, or empty
     * @param mergeMethod how it was merged
     */
    public PullRequest(int number, String title, String body, String head, String base, Set<String> labels,
            State state, String mergedBy, MergeMethod mergeMethod) {
        this(number, title, body, head, base, labels, state, mergedBy, mergeMethod, "", "");
    }

    /**
     * A copy with the commit ids the host reported.
     *
     * @param head the head commit id, or empty
     * @param merge the merge commit id, or empty
     * @return the copy
     */
    public PullRequest withCommits(String head, String merge) {
        return new PullRequest(number, title, body, this.head, base, labels, state, mergedBy, mergeMethod, head, merge);
    }

    /**
     * Whether it was merged.
     *
     * @return true when the state is {@link State#MERGED}
     */
    public boolean isMerged() {
        return state == State.MERGED;
    }
}
