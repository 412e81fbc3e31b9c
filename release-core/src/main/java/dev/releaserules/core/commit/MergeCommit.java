package dev.releaserules.core.commit;

import dev.releaserules.core.internal.Checks;
import java.util.OptionalInt;

/**
 * A merge commit message as git or a code host writes it, such as {@code Merge branch 'x' into y}
 * or {@code Merge pull request #12 from owner/branch}.
 *
 * @param raw the full message as given
 * @param source what was merged: the branch, the remote-tracking branch or {@code owner/branch}
 *     of a pull request; empty when the message does not say
 * @param pullRequest the pull request number, or 0 when the merge is not of a pull request
 */
public record MergeCommit(String raw, String source, int pullRequest) implements CommitMessage {

    /** Validates the parts. */
    public MergeCommit {
        Checks.notNull(raw, "raw");
        Checks.notNull(source, "source");
        if (pullRequest < 0) {
            throw new dev.releaserules.core.InvalidInputException("pull request number",
                    Integer.toString(pullRequest), "a positive number, or 0 for none");
        }
    }

    /**
     * The pull request this merge brought in, when the message names one.
     *
     * @return the pull request number, or empty
     */
    public OptionalInt findPullRequest() {
        return pullRequest > 0 ? OptionalInt.of(pullRequest) : OptionalInt.empty();
    }
}
