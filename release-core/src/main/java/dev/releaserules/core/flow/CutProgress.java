package dev.releaserules.core.flow;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import java.util.EnumSet;
import java.util.Set;

/**
 * What exists of a release cut and so what is left to do: the pure decision behind prepare and
 * hotfix. A re-run after an interruption resumes from what exists and never tags or increments
 * twice (R-V3); a remote holding half a release is refused (R-T1).
 *
 * @param cutoffCommit the commit the release is a snapshot of (R-B2)
 * @param remaining the steps still to do
 * @param resumed whether an earlier run had started
 * @param branchHead the release branch's commit when it exists (locally or only on the remote), else empty
 */
record CutProgress(String cutoffCommit, Set<Step> remaining, boolean resumed, String branchHead) {

    /** The steps of a cut, in the order they run. */
    enum Step {
        CREATE_BRANCH, RECORD_CUTOFF, COMMIT, TAG, PUSH
    }

    CutProgress {
        remaining = remaining.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(remaining));
    }

    boolean needs(Step step) {
        return remaining.contains(step);
    }

    /**
     * Decides from the facts.
     *
     * @throws RuleViolationException R-V3 when the release is already prepared or local leftovers do
     *     not match it, R-T1 when the remote holds half of it
     */
    static CutProgress decide(CutFacts f) {
        if (f.remoteTag() && f.remoteBranch().isPresent()) {
            if (f.pullRequestOpened().orElse(true)) {
                throw new RuleViolationException(Rule.R_V3, FlowMessages.alreadyPrepared(f.version(),
                        "tag " + f.tag() + " and branch " + f.branch() + " exist on " + f.remote()
                                + (f.pullRequestOpened().isPresent() ? " and its pull request was opened" : "")));
            }
            String cutoff = f.localCutoff().or(f::remoteCutoff).orElse(f.sourceCommit());
            return new CutProgress(cutoff, Set.of(), true, f.remoteBranch().get());
        }
        if (f.remoteTag() || f.remoteBranch().isPresent()) {
            throw new RuleViolationException(Rule.R_T1, FlowMessages.partiallyPublished(f.version(),
                    (f.remoteTag() ? "tag " + f.tag() : "branch " + f.branch()) + " exists on " + f.remote() + ", "
                            + (f.remoteTag() ? "branch " + f.branch() : "tag " + f.tag()) + " does not"));
        }
        if (f.localBranch().isEmpty() && f.localTag().isEmpty()) {
            Set<Step> steps = EnumSet.allOf(Step.class);
            if (f.localCutoff().isPresent()) {
                steps.remove(Step.RECORD_CUTOFF);
            }
            return new CutProgress(f.sourceCommit(), steps, false, "");
        }
        // An earlier run stopped before its push went through: finish it, checking it is the same release.
        if (f.localBranch().isEmpty()) {
            throw new RuleViolationException(Rule.R_V3, FlowMessages.localMismatch(f.version(),
                    "tag " + f.tag() + " exists but branch " + f.branch() + " does not"));
        }
        String cutoff = f.localCutoff().orElse(f.sourceCommit());
        String head = f.localBranch().get();
        boolean committed = f.versionFileAtLocalBranch()
                .map(content -> content.strip().equals(f.version().toString())).orElse(false);
        if (!committed && !head.equals(cutoff)) {
            throw new RuleViolationException(Rule.R_V3, FlowMessages.localMismatch(f.version(),
                    "branch " + f.branch() + " neither starts at the cutoff nor carries version " + f.version()));
        }
        if (f.localTag().isPresent() && (!committed || !f.localTag().get().equals(head))) {
            throw new RuleViolationException(Rule.R_V3, FlowMessages.localMismatch(f.version(),
                    "tag " + f.tag() + " does not point at the head of " + f.branch()));
        }
        Set<Step> steps = EnumSet.of(Step.PUSH);
        if (f.localCutoff().isEmpty()) {
            steps.add(Step.RECORD_CUTOFF);
        }
        if (!committed) {
            steps.add(Step.COMMIT);
        }
        if (f.localTag().isEmpty()) {
            steps.add(Step.TAG);
        }
        return new CutProgress(cutoff, steps, true, head);
    }
}
