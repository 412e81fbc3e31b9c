package dev.releaserules.core.hosting;

import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.flow.BranchKind;
import dev.releaserules.core.flow.BranchNames;
import dev.releaserules.core.flow.Labels;
import dev.releaserules.core.flow.QuickReleaseRules;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.PullRequest.MergeMethod;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The auto-merge policy of the quick-release flow (R-M1), as a pure decision over a pull request's
 * facts. The first rule that applies decides:
 *
 * <ol>
 *   <li>A release or hotfix pull request — head {@code release/*} or {@code hotfix/*}, or labelled
 *       {@code release} or {@code hotfix} — is never merged automatically, whatever its labels say:
 *       a person merges it after QA, with a merge commit, so the production branch contains the
 *       tagged commit.</li>
 *   <li>Any other pull request into the production branch is never merged automatically: only
 *       release and hotfix pull requests go there.</li>
 *   <li>A backport pull request — head {@code backport/*} or labelled {@code backport} — merges
 *       once its checks pass and it merges cleanly, with a merge commit, so the release's history
 *       reaches the development branch unchanged.</li>
 *   <li>A dependency bot's pull request merges once its checks pass and it merges cleanly, for patch
 *       and minor updates only (see {@link UpdateDelta} for versions below 1.0.0); never for a major
 *       update or one whose size is unknown. It is squashed: one commit per update.</li>
 *   <li>Any other pull request — a person's or another bot's — merges only when someone opted it in
 *       with the {@code auto-merge} label, once its checks pass and it merges cleanly, with
 *       {@link #optInMergeMethod()}. The label is the opt-in because hosts let only people with
 *       write access label pull requests.</li>
 * </ol>
 *
 * <p>Refusals come before waiting: a pull request that can never merge automatically is not told
 * to wait. A pull request that may merge waits for everything still missing at once: checks that
 * are pending or failing, a conflict, or a mergeability the host has not computed.
 *
 * <pre>{@code
 * MergeDecision d = AutoMergePolicy.defaults().decide(PullRequestFacts.builder()
 *         .head("backport/v2.3.0-to-develop").base("develop")
 *         .checks(ChecksState.PASSING).mergeability(Mergeability.MERGEABLE).build());
 * d.isMergeNow();   // true, with MergeMethod.MERGE_COMMIT
 * }</pre>
 *
 * @param mainBranch the production branch, {@code main} by default
 * @param branchNames the flow's branch names
 * @param optInMergeMethod how pull requests opted in with {@code auto-merge} are merged;
 *     {@link MergeMethod#SQUASH} by default
 */
public record AutoMergePolicy(String mainBranch, BranchNames branchNames, MergeMethod optInMergeMethod) {

    /** Validates the parts. */
    public AutoMergePolicy {
        Checks.notBlank(mainBranch, "mainBranch");
        Checks.notNull(branchNames, "branchNames");
        if (Checks.notNull(optInMergeMethod, "optInMergeMethod") == MergeMethod.NONE) {
            throw new dev.releaserules.core.InvalidInputException("merge method", optInMergeMethod.name(),
                    Messages.MERGE_METHOD);
        }
    }

    /**
     * The policy of the quick-release process: production branch {@code main}, {@code v} tags, opted-in pull requests
     * squashed.
     *
     * @return the default policy
     */
    public static AutoMergePolicy defaults() {
        return forRules(QuickReleaseRules.defaults());
    }

    /**
     * The policy for a flow's configuration: its production branch and branch names.
     *
     * @param rules the flow's rules
     * @return the policy, opted-in pull requests squashed
     */
    public static AutoMergePolicy forRules(QuickReleaseRules rules) {
        Checks.notNull(rules, "rules");
        return new AutoMergePolicy(rules.mainBranch(), rules.branchNames(), MergeMethod.SQUASH);
    }

    /**
     * A copy merging opted-in pull requests with another method.
     *
     * @param method the method, not {@link MergeMethod#NONE}
     * @return the new policy
     */
    public AutoMergePolicy withOptInMergeMethod(MergeMethod method) {
        return new AutoMergePolicy(mainBranch, branchNames, method);
    }

    /**
     * Decides what to do with a pull request.
     *
     * @param pr the pull request's facts
     * @return merge now, wait or never, with the merge method and the reason
     */
    public MergeDecision decide(PullRequestFacts pr) {
        Checks.notNull(pr, "pr");
        Optional<BranchKind> kind = branchNames.findKind(pr.head());
        boolean releaseOrHotfix = kind.filter(k -> k != BranchKind.BACKPORT).isPresent()
                || pr.hasLabel(Labels.RELEASE) || pr.hasLabel(Labels.HOTFIX);
        if (releaseOrHotfix) {
            return new MergeDecision.Never(MergeDecision.Refusal.RELEASE_OR_HOTFIX, MergeMethod.MERGE_COMMIT,
                    Messages.releaseOrHotfix(pr));
        }
        boolean backport = kind.isPresent() || pr.hasLabel(Labels.BACKPORT);
        boolean dependency = !backport && pr.author() == AuthorKind.DEPENDENCY_BOT;
        MergeMethod method = backport ? MergeMethod.MERGE_COMMIT : dependency ? MergeMethod.SQUASH : optInMergeMethod;
        if (stripHeads(pr.base()).equals(stripHeads(mainBranch))) {
            return new MergeDecision.Never(MergeDecision.Refusal.PRODUCTION_BRANCH, method,
                    Messages.productionBranch(pr, mainBranch));
        }
        String kindText;
        if (backport) {
            kindText = Messages.BACKPORT;
        } else if (dependency) {
            if (pr.updateDelta() == UpdateDelta.MAJOR) {
                return new MergeDecision.Never(MergeDecision.Refusal.MAJOR_UPDATE, method, Messages.majorUpdate(pr));
            }
            if (pr.updateDelta() == UpdateDelta.UNKNOWN) {
                return new MergeDecision.Never(MergeDecision.Refusal.UNKNOWN_UPDATE, method,
                        Messages.unknownUpdate(pr));
            }
            kindText = Messages.dependency(pr.updateDelta());
        } else if (pr.hasLabel(Labels.AUTO_MERGE)) {
            kindText = Messages.OPTED_IN;
        } else {
            return new MergeDecision.Never(MergeDecision.Refusal.NOT_OPTED_IN, method, Messages.notOptedIn(pr));
        }
        Set<MergeDecision.WaitingFor> waiting = waitingFor(pr);
        if (!waiting.isEmpty()) {
            return new MergeDecision.Wait(waiting, method, Messages.waiting(kindText, pr, waiting));
        }
        return new MergeDecision.MergeNow(method, Messages.mergeNow(kindText, pr, method));
    }

    private static Set<MergeDecision.WaitingFor> waitingFor(PullRequestFacts pr) {
        Set<MergeDecision.WaitingFor> waiting = EnumSet.noneOf(MergeDecision.WaitingFor.class);
        if (pr.checks() == ChecksState.PENDING) {
            waiting.add(MergeDecision.WaitingFor.CHECKS_TO_FINISH);
        } else if (pr.checks() == ChecksState.FAILING) {
            waiting.add(MergeDecision.WaitingFor.FAILING_CHECKS_FIXED);
        }
        if (pr.mergeability() == Mergeability.CONFLICTING) {
            waiting.add(MergeDecision.WaitingFor.CONFLICT_RESOLVED);
        } else if (pr.mergeability() == Mergeability.UNKNOWN) {
            waiting.add(MergeDecision.WaitingFor.MERGEABILITY_COMPUTED);
        }
        return waiting;
    }

    private static String stripHeads(String branch) {
        return RefName.shortBranchName(branch);
    }
}
