package dev.releaserules.core.commit;

import dev.releaserules.core.internal.Checks;

/**
 * A revert as {@code git revert} writes it: {@code Revert "<reverted subject>"} followed by
 * {@code This reverts commit <id>.} in the body. (A conventional {@code revert: ...} commit is a
 * {@link ConventionalCommit} of type {@code revert}.)
 *
 * @param raw the full message as given
 * @param revertedSubject the subject of the reverted commit, from between the quotes
 * @param revertedId the id of the reverted commit from the body, or empty when the body does not say
 */
public record RevertCommit(String raw, String revertedSubject, String revertedId) implements CommitMessage {

    /** Validates the parts. */
    public RevertCommit {
        Checks.notNull(raw, "raw");
        Checks.notNull(revertedSubject, "revertedSubject");
        Checks.notNull(revertedId, "revertedId");
    }

    /**
     * The reverted commit's message, parsed from its subject.
     *
     * @return the parsed subject of the reverted commit
     */
    public CommitMessage reverted() {
        return CommitMessage.parse(revertedSubject);
    }
}
