package dev.releaserules.core.flow;

import dev.releaserules.core.spi.RepositoryException;

/**
 * What is left to do of a backport: the pure decision behind {@link BackportCommand}. A re-run
 * resumes from the branch an earlier run left; a branch of that name that is not this release's
 * backport is refused.
 *
 * @param alreadyCreated whether the pull request exists: nothing is left
 * @param createAndMerge whether the branch is still to create and merge
 * @param push whether the branch is still to push
 */
record BackportProgress(boolean alreadyCreated, boolean createAndMerge, boolean push) {

    /**
     * Decides from the facts.
     *
     * @throws RepositoryException REF_NOT_FOUND when the remote's branch was not fetched here,
     *     REF_EXISTS when a branch of the backport's name does not contain the tag
     */
    static BackportProgress decide(BackportFacts f) {
        if (f.pullRequest().isPresent()) {
            return new BackportProgress(true, false, false);
        }
        if (f.leftover().isEmpty()) {
            return new BackportProgress(false, true, true);
        }
        BackportFacts.Leftover left = f.leftover().get();
        if (!left.fetched()) {
            // Pushed by an earlier run on another runner, not fetched here: it cannot be checked.
            throw new RepositoryException(RepositoryException.Reason.REF_NOT_FOUND,
                    FlowMessages.backportBranchNotFetched(f.branch(), f.remote(), left.commit()));
        }
        if (!left.containsTag()) {
            throw new RepositoryException(RepositoryException.Reason.REF_EXISTS,
                    FlowMessages.foreignBackportBranch(f.branch(), left.onRemote() ? f.remote() : "here", f.tag()));
        }
        return new BackportProgress(false, false, !left.onRemote());
    }
}
