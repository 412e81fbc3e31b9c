package dev.releaserules.core.flow;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import java.util.Optional;

/**
 * Whether the branch a release is cut from is the one the team sees on the remote (R-B2): the
 * feature cutoff is a snapshot of the remote's development branch, so a local branch that is behind
 * it, diverged from it, or a remote head this clone has not fetched is refused. A local branch ahead
 * of the remote is accepted: its extra commits are published with the release branch. Pure.
 *
 * @param branch the branch cut from, such as {@code develop}
 * @param remote the remote's name
 * @param local the commit the cut would start from here
 * @param onRemote the remote's branch head, when the remote has the branch
 * @param remoteFetched whether this clone has the remote's head commit
 * @param localInRemote whether the local commit is an ancestor of the remote's head
 * @param remoteInLocal whether the remote's head is an ancestor of the local commit
 */
record SourceFreshness(String branch, String remote, String local, Optional<String> onRemote, boolean remoteFetched,
        boolean localInRemote, boolean remoteInLocal) {

    /**
     * Refuses a stale or diverged source branch.
     *
     * @throws RuleViolationException R-B2 naming the branch, both commits and what to do
     */
    void requireFresh() {
        if (onRemote.isEmpty() || onRemote.get().equals(local) || (remoteFetched && remoteInLocal)) {
            return;
        }
        String remoteHead = onRemote.get();
        if (!remoteFetched) {
            throw new RuleViolationException(Rule.R_B2, FlowMessages.sourceNotFetched(branch, remote, remoteHead));
        }
        throw new RuleViolationException(Rule.R_B2, localInRemote
                ? FlowMessages.sourceBehind(branch, remote, local, remoteHead)
                : FlowMessages.sourceDiverged(branch, remote, local, remoteHead));
    }
}
