package dev.releaserules.core.flow;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;

/**
 * The pure R-T3 decision of post-merge once a merged release or hotfix pull request was recognised:
 * trigger (moving the tag first when the policy allows it and the head is movable), report the
 * earlier trigger, or refuse.
 *
 * @param alreadyTriggered whether the remote has the trigger record: nothing is done
 * @param moveTag whether the tag moves to the merged head before the trigger
 * @param shipped the commit that ships (the tag's, or the head it moves to)
 */
record TriggerDecision(boolean alreadyTriggered, boolean moveTag, String shipped) {

    /**
     * Decides from the facts.
     *
     * @throws RuleViolationException R-T3 when the tag lacks commits of the merged head and the policy
     *     refuses, or the tag cannot move; R-T2 when moving would tag a version file without the version
     */
    static TriggerDecision decide(TriggerFacts f, UnshippedCommits policy, QuickReleaseRules rules) {
        if (f.recordOnRemote()) {
            return new TriggerDecision(true, false, f.taggedCommit());
        }
        if (f.head().isEmpty() || f.unshipped().isEmpty()) {
            return new TriggerDecision(false, false, f.taggedCommit());
        }
        String head = f.head().get();
        if (policy == UnshippedCommits.REFUSE) {
            throw new RuleViolationException(Rule.R_T3,
                    FlowMessages.unshipped(f.tag(), f.taggedCommit(), f.branch(), head, f.unshipped()));
        }
        if (f.remoteTagCommit().isEmpty()) {
            throw new RuleViolationException(Rule.R_T3, FlowMessages.tagNotOnRemote(f.tag(), f.remote()));
        }
        if (!f.remoteTagCommit().get().equals(f.taggedCommit())) {
            throw new RuleViolationException(Rule.R_T3, FlowMessages.tagDiffersOnRemote(f.tag(), f.remote(),
                    f.taggedCommit(), f.remoteTagCommit().get()));
        }
        if (!f.headInMain()) {
            throw new RuleViolationException(Rule.R_T3, FlowMessages.headNotMerged(f.tag(), f.branch(), head, rules.mainBranch()));
        }
        if (!f.versionFileAtHead().map(f.version()::equals).orElse(false)) {
            throw new RuleViolationException(Rule.R_T2, FlowMessages.movedTagVersion(f.tag(), f.branch(), head, rules.versionFile().path(),
                    f.versionFileTextAtHead().map(String::strip).orElse("nothing (the file is missing)")));
        }
        return new TriggerDecision(false, true, head);
    }
}
