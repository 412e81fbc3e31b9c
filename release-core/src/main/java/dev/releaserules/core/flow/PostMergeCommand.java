package dev.releaserules.core.flow;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.version.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reacts to a closed pull request (R-T3): only a merged pull request into the production branch
 * whose head is {@code release/*} or {@code hotfix/*} triggers; the version comes from the branch
 * name; the tag must exist; and the production workflow is triggered exactly once per version.
 *
 * <p>"Once" is recorded durably in the repository: a record ref (such as
 * {@code refs/release-rules/triggered/v2.3.0}) created with compare-and-set and pushed with a lease
 * on "absent", so a second process — a re-delivered webhook, a re-run job — is refused too. The
 * record is written before the workflow is triggered; if triggering then fails, the record is
 * deleted again from the remote (with a lease on the id this run pushed) before the failure is
 * rethrown, so a re-run triggers. The record is annotated with when production was triggered and by
 * which pull request ({@link dev.releaserules.core.spi.RepositoryReader#findRefTime}), so the step
 * that announces production's end can tell its timeline on any runner that fetched it. A release pull request squashed or rebased instead of
 * merged with a merge commit still triggers, with a
 * {@linkplain PostMergeDecision.Triggered#mergeMethodWarning() warning} that is also logged.
 *
 * <p>Production deploys the tag, so the tag must contain the merged branch's head: the head commit
 * the host reported for the pull request ({@link PullRequest#headCommit()}) when this repository
 * has it, else the branch on the remote, else the local remote-tracking or local branch. When the
 * host reported a head commit this repository lacks and no branch exists (a host that deletes head
 * branches on merge, a runner that did not fetch), the trigger is refused (R-T3: fetch and run
 * again); only when the host reported no head commit either is the check skipped with a logged
 * warning. A fix pushed to {@code hotfix/*} or
 * {@code release/*} after the cut is not in it: by default ({@link UnshippedCommits#REFUSE}) the
 * trigger is refused naming the commits that would not ship; with {@link UnshippedCommits#MOVE_TAG}
 * the tag is moved to the head — only while the version was never triggered and when the version
 * file there holds the version — in one atomic push with the trigger record, leased on the tag's
 * old id. Single use.
 */
public final class PostMergeCommand {
    private static final Logger LOG = LoggerFactory.getLogger(PostMergeCommand.class);
    private final FlowContext context;
    private final SingleUse once = new SingleUse("post-merge");
    private PullRequest pullRequest;
    private Integer number;
    private boolean dryRun;
    private UnshippedCommits policy;

    PostMergeCommand(FlowContext context) {
        this.context = context;
        this.policy = context.rules.unshippedCommits();
    }

    /**
     * What to do when the merged branch has commits the tag does not contain (a fix pushed after the
     * cut); the rules' {@link QuickReleaseRules#unshippedCommits()} unless set.
     *
     * @param value the policy
     * @return this command
     */
    public PostMergeCommand unshippedCommits(UnshippedCommits value) {
        this.policy = Checks.notNull(value, "unshippedCommits");
        return this;
    }

    /**
     * The closed pull request, as the host reported it.
     *
     * @param value the pull request
     * @return this command
     */
    public PostMergeCommand pullRequest(PullRequest value) {
        this.pullRequest = Checks.notNull(value, "pullRequest");
        return this;
    }

    /**
     * The closed pull request's number, looked up through the hosting port.
     *
     * @param value the number
     * @return this command
     */
    public PostMergeCommand pullRequest(int value) {
        this.number = value;
        return this;
    }

    /**
     * Whether to only plan.
     *
     * @param value true for a dry run; false unless set
     * @return this command
     */
    public PostMergeCommand dryRun(boolean value) {
        this.dryRun = value;
        return this;
    }

    /**
     * Runs the command.
     *
     * @return triggered, not applicable, or already triggered
     * @throws RuleViolationException R-T3 when the tag of the version does not exist, or does not
     *     contain the merged branch's head under {@link UnshippedCommits#REFUSE}; R-T2 when moving
     *     the tag would tag a version file that does not hold the version
     * @throws RepositoryException when a leased push is
     *     refused for another reason than a concurrent trigger, or the remote is unreachable
     * @throws dev.releaserules.core.InvalidInputException when no pull request was given or the
     *     number is unknown to the host
     */
    public PostMergeDecision call() {
        once.markCalled();
        PullRequest pr = pullRequest != null ? pullRequest : lookUp();
        Optional<String> notApplicable = notApplicable(pr, context.rules);
        if (notApplicable.isPresent()) {
            return new PostMergeDecision.NotApplicable(notApplicable.get());
        }
        Version version = context.rules.branchNames().findReleaseOrHotfix(pr.head()).map(FlowBranch::version)
                .orElseGet(() -> versionAtHead(pr));
        String tag = context.rules.tagFormat().format(version);
        RefName marker = context.rules.triggerRef(tag);
        TriggerFacts facts = facts(pr, version, tag, marker);
        TriggerDecision decision = TriggerDecision.decide(facts, policy, context.rules);
        if (decision.alreadyTriggered()) {
            return new PostMergeDecision.AlreadyTriggered(version, FlowMessages.alreadyTriggered(version, marker.name()));
        }
        requireHotfixApproval(pr);
        if (facts.head().isEmpty() && !pr.headCommit().isEmpty()) {
            throw new RuleViolationException(Rule.R_T3, FlowMessages.headCommitMissing(pr.number(), pr.head(),
                    pr.headCommit(), tag));
        }
        if (facts.head().isEmpty()) {
            LOG.warn("{}", FlowMessages.headNotFound(pr.number(), pr.head(), context.rules.remote()));
        }
        Plan plan = plan(pr, version, tag, marker, facts, decision);
        PostMergeDecision.Triggered triggered = new PostMergeDecision.Triggered(version, tag,
                context.rules.productionWorkflow(), pr.number(), pr.mergedBy(), pr.mergeMethod(), plan, dryRun);
        if (dryRun) {
            return triggered;
        }
        context.hosting();
        try {
            new PlanExecutor(context).run(plan);
        } catch (RepositoryException e) {
            // "Already triggered" only when the record really is on the remote now: a push refused for
            // another reason (a hook, a lease on a tag origin lacks) must not look like a done job.
            if ((e.reason() == RepositoryException.Reason.REF_EXISTS
                    || e.reason() == RepositoryException.Reason.PUSH_REJECTED)
                    && context.repository.remoteRefs(context.rules.remote()).containsKey(marker)) {
                return new PostMergeDecision.AlreadyTriggered(version,
                        FlowMessages.alreadyTriggered(version, marker.name()));
            }
            throw e;
        }
        triggered.mergeMethodWarning().ifPresent(w -> LOG.warn("{}", w.message()));
        return triggered;
    }

    /**
     * R-HF2: a hotfix goes to production only with its tech lead's and on-call engineer's approving
     * reviews, when the rules name them; read through the hosting port (a dry run without one skips it).
     */
    private void requireHotfixApproval(PullRequest pr) {
        dev.releaserules.core.hosting.HotfixApprovers approvers = context.rules.hotfixApprovers();
        if (!approvers.required() || context.rules.branchNames().findKind(pr.head())
                .filter(k -> k == BranchKind.HOTFIX).isEmpty()) {
            return;
        }
        Optional<dev.releaserules.core.spi.Hosting> host = dryRun ? context.findHosting() : Optional.of(context.hosting());
        if (host.isEmpty()) {
            return;
        }
        dev.releaserules.core.hosting.HotfixApproval approval = approvers.check(host.get().reviews(pr.number()));
        if (!approval.isApproved()) {
            throw new RuleViolationException(Rule.R_HF2, FlowMessages.hotfixNotApproved(pr.number(), pr.head(),
                    approval.missing()));
        }
    }

    /** Why a closed pull request does not concern production (R-T3), if it does not. Pure. */
    static Optional<String> notApplicable(PullRequest pr, QuickReleaseRules rules) {
        if (!pr.isMerged()) {
            return Optional.of("pull request #" + pr.number() + " was closed without merging");
        }
        if (!pr.base().equals(rules.mainBranch())) {
            return Optional.of("pull request #" + pr.number() + " was merged into " + pr.base() + ", not "
                    + rules.mainBranch());
        }
        Optional<BranchKind> kind = rules.branchNames().findKind(pr.head());
        if (kind.isEmpty() || kind.get() == BranchKind.BACKPORT) {
            return Optional.of("pull request #" + pr.number() + " comes from " + pr.head()
                    + ", not a release/* or hotfix/* branch");
        }
        return Optional.empty();
    }

    /**
     * The version of a descriptively named branch ({@code hotfix/critical-bug}): the version file at
     * the merged head. A branch whose version cannot be read is refused loudly, never skipped.
     */
    private Version versionAtHead(PullRequest pr) {
        Map<RefName, String> remote = context.repository.remoteRefs(context.rules.remote());
        String head = headCommit(pr, remote).orElseThrow(() -> new RuleViolationException(Rule.R_T3,
                FlowMessages.descriptiveHeadNotFound(pr.number(), pr.head(), context.rules.remote())));
        String path = context.rules.versionFile().path();
        String content = context.repository.readFile(head, path).orElseThrow(() -> new RuleViolationException(
                Rule.R_T3, FlowMessages.descriptiveVersionMissing(pr.head(), path)));
        try {
            return context.rules.versionFile().parse(content);
        } catch (dev.releaserules.core.ReleaseException e) {
            throw new RuleViolationException(Rule.R_T3, FlowMessages.descriptiveVersionMissing(pr.head(), path));
        }
    }

    private TriggerFacts facts(PullRequest pr, Version version, String tag, RefName marker) {
        String tagged = context.repository.findCommit(RefName.tag(tag).name())
                .orElseThrow(() -> new RuleViolationException(Rule.R_T3, FlowMessages.tagMissing(tag)));
        String remoteName = context.rules.remote();
        Map<RefName, String> remote = context.repository.remoteRefs(remoteName);
        // Only the remote record counts: a local one left by a run whose push failed is finished, not obeyed.
        boolean recorded = remote.containsKey(marker);
        Optional<String> head = recorded ? Optional.empty() : headCommit(pr, remote);
        List<Commit> unshipped = head.filter(h -> !context.repository.isAncestor(h, tagged))
                .map(h -> context.repository.log(CommitRange.between(tagged, h))).orElse(List.of());
        boolean headInMain = false;
        Optional<String> versionText = Optional.empty();
        if (!unshipped.isEmpty()) {
            String mainOnRemote = remote.get(RefName.branch(context.rules.mainBranch()));
            String main = mainOnRemote != null && context.repository.findCommit(mainOnRemote).isPresent() ? mainOnRemote
                    : context.findBranchCommit(context.rules.mainBranch()).orElse("");
            headInMain = !main.isEmpty() && context.repository.isAncestor(head.get(), main);
            versionText = context.repository.readFile(head.get(), context.rules.versionFile().path());
        }
        Optional<Version> versionAtHead = versionText.flatMap(text -> {
            try {
                return Optional.of(context.rules.versionFile().parse(text));
            } catch (dev.releaserules.core.ReleaseException e) {
                return Optional.empty();
            }
        });
        return new TriggerFacts(version, tag, pr.head(), remoteName, tagged, recorded, head, unshipped,
                Optional.ofNullable(remote.get(RefName.tag(tag))), headInMain, versionAtHead, versionText);
    }

    private Plan plan(PullRequest pr, Version version, String tag, RefName marker, TriggerFacts facts,
            TriggerDecision decision) {
        RefName tagRef = RefName.tag(tag);
        String shipped = decision.shipped();
        List<PlannedAction> actions = new ArrayList<>();
        List<PlannedAction.PushedRef> pushed = new ArrayList<>();
        if (decision.moveTag()) {
            String oldTagId = context.repository.findRefId(tagRef).orElseThrow(() ->
                    new RuleViolationException(Rule.R_T3, FlowMessages.tagMissing(tag)));
            actions.add(new PlannedAction.MoveTag(tag, oldTagId, facts.taggedCommit(), shipped, "Release " + tag
                    + "\n\nMoved by post-merge to the head of the merged branch, so the commits pushed after the cut "
                    + "ship too (R-T3).\n"));
            pushed.add(PlannedAction.PushedRef.move(tagRef, oldTagId));
        }
        // A local record left by a run whose push failed is replaced, not obeyed.
        Optional<String> local = context.repository.findCommit(marker.name());
        if (local.isPresent() && !local.get().equals(shipped)) {
            actions.add(new PlannedAction.DeleteRef(marker, context.repository.findRefId(marker).orElseThrow()));
        }
        if (local.isEmpty() || !local.get().equals(shipped)) {
            // Annotated: the record says when production was triggered, for whichever runner announces it.
            actions.add(new PlannedAction.CreateRef(marker, shipped, "Production triggered for " + tag
                    + " by pull request #" + pr.number() + (pr.mergedBy().isEmpty() ? "" : ", merged by "
                    + pr.mergedBy()) + "\n"));
        }
        pushed.add(PlannedAction.PushedRef.create(marker));
        actions.add(new PlannedAction.Push(context.rules.remote(), pushed));
        actions.add(new PlannedAction.TriggerWorkflow(context.rules.productionWorkflow(), tag,
                Map.of("tag", tag, "version", version.toString())));
        ReleaseLinks links = context.rules.links();
        actions.add(new PlannedAction.Emit(new ReleaseEvent.ProductionTriggered(version, pr.number(), pr.mergedBy(),
                dev.releaserules.core.event.Links.NONE.withPullRequest(links.pullRequest(pr.number()))
                        .withRun(links.workflow(context.rules.productionWorkflow()))
                        .withCompare(links.compare(context.previousRelease(version).map(t -> t.name()).orElse(""), tag)),
                context.clock.instant())));
        return new Plan(actions);
    }

    /**
     * The commit the merged branch's head is at: the head commit the host reported when this
     * repository has it, else the remote's branch when it still has it (and this repository has the
     * commit), else this repository's remote-tracking or local branch; empty when the host deleted
     * the branch on merge and this repository lacks the commit.
     */
    private Optional<String> headCommit(PullRequest pr, Map<RefName, String> remote) {
        // What the host says was merged wins: the branch may be gone (deleted on merge) or moved since.
        if (!pr.headCommit().isEmpty() && context.repository.findCommit(pr.headCommit()).isPresent()) {
            return Optional.of(pr.headCommit());
        }
        String onRemote = remote.get(RefName.branch(pr.head()));
        if (onRemote != null && context.repository.findCommit(onRemote).isPresent()) {
            return Optional.of(onRemote);
        }
        return context.repository.findCommit(RefName.remoteTracking(context.rules.remote(), pr.head()).name())
                .or(() -> context.repository.findCommit(RefName.branch(pr.head()).name()));
    }

    private PullRequest lookUp() {
        if (number == null) {
            throw new dev.releaserules.core.InvalidInputException("pull request", "",
                    "a value: call .pullRequest(pr) or .pullRequest(number) before .call()");
        }
        return context.hosting().findPullRequest(number).orElseThrow(() -> new dev.releaserules.core.InvalidInputException(
                "pull request number", Integer.toString(number), "the number of a pull request the host knows"));
    }
}
