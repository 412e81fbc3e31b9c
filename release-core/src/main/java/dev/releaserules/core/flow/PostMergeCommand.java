package dev.releaserules.core.flow;

import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.RefLease;
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
 * rethrown, so a re-run triggers. A release pull request squashed or rebased instead of
 * merged with a merge commit still triggers, with a
 * {@linkplain PostMergeDecision.Triggered#mergeMethodWarning() warning} that is also logged.
 *
 * <p>Production deploys the tag, so the tag must contain the merged branch's head: the head commit
 * the host reported for the pull request ({@link PullRequest#headCommit()}) when this repository
 * has it, else the branch on the remote, else the local remote-tracking or local branch. When the
 * host reported a head commit this repository lacks and no branch exists (a host that deletes
 * head branches on merge, a runner that did not fetch), the trigger is refused (R-T3: fetch and run
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
        if (!pr.isMerged()) {
            return new PostMergeDecision.NotApplicable("pull request #" + pr.number() + " was closed without merging");
        }
        if (!pr.base().equals(context.rules.mainBranch())) {
            return new PostMergeDecision.NotApplicable("pull request #" + pr.number() + " was merged into "
                    + pr.base() + ", not " + context.rules.mainBranch());
        }
        Optional<FlowBranch> branch = context.rules.branchNames().findReleaseOrHotfix(pr.head());
        if (branch.isEmpty()) {
            return new PostMergeDecision.NotApplicable("pull request #" + pr.number() + " comes from " + pr.head()
                    + ", not a release/* or hotfix/* branch");
        }
        var version = branch.get().version();
        String tag = context.rules.tagFormat().format(version);
        String tagRef = FlowContext.tagsRef(tag);
        String tagged = context.repository.findCommit(tagRef)
                .orElseThrow(() -> new RuleViolationException("R-T3", FlowMessages.tagMissing(tag)));
        String remoteName = context.rules.remote();
        Map<String, String> remote = context.repository.remoteRefs(remoteName);
        String marker = context.rules.triggerRef(tag);
        // Only the remote record counts: a local one left by a run whose push failed is finished, not obeyed.
        if (remote.containsKey(marker)) {
            return new PostMergeDecision.AlreadyTriggered(version, FlowMessages.alreadyTriggered(version, marker));
        }
        Optional<String> head = headCommit(pr, remote);
        boolean moveTag = false;
        if (head.isEmpty() && !pr.headCommit().isEmpty()) {
            throw new RuleViolationException("R-T3", FlowMessages.headCommitMissing(pr.number(), pr.head(),
                    pr.headCommit(), tag));
        } else if (head.isEmpty()) {
            LOG.warn("{}", FlowMessages.headNotFound(pr.number(), pr.head(), remoteName));
        } else if (!context.repository.isAncestor(head.get(), tagged)) {
            List<Commit> missing = context.repository.log(CommitRange.between(tagged, head.get()));
            if (policy == UnshippedCommits.REFUSE) {
                throw new RuleViolationException("R-T3",
                        FlowMessages.unshipped(tag, tagged, pr.head(), head.get(), missing));
            }
            requireMovable(version, tag, tagRef, tagged, pr.head(), head.get(), remote);
            moveTag = true;
        }
        String shipped = moveTag ? head.get() : tagged;
        String workflow = context.rules.productionWorkflow();
        Map<String, String> inputs = Map.of("tag", tag, "version", version.toString());
        List<PlannedAction> actions = new ArrayList<>();
        if (moveTag) {
            actions.add(new PlannedAction.MoveTag(tag, tagged, shipped));
        }
        actions.add(new PlannedAction.CreateRef(marker, shipped));
        actions.add(new PlannedAction.Push(remoteName, moveTag ? List.of(tagRef, marker) : List.of(marker), !moveTag));
        actions.add(new PlannedAction.TriggerWorkflow(workflow, tag, inputs));
        actions.add(new PlannedAction.Emit(EventType.PRODUCTION_TRIGGERED));
        Plan plan = new Plan(actions);
        if (dryRun) {
            return new PostMergeDecision.Triggered(version, tag, workflow, pr.number(), pr.mergedBy(), pr.mergeMethod(),
                    plan, true);
        }
        context.hosting();
        PostMergeDecision.Triggered triggered = new PostMergeDecision.Triggered(version, tag, workflow, pr.number(),
                pr.mergedBy(), pr.mergeMethod(), plan, false);
        try {
            if (moveTag) {
                moveTagAndRecord(tag, tagRef, shipped, marker);
            } else {
                recordLocally(marker, shipped);
                context.repository.push(remoteName, List.of(marker), true);
            }
        } catch (RepositoryException e) {
            // "Already triggered" only when the record really is on the remote now: a push refused for
            // another reason (a hook, a lease on a tag origin lacks) must not look like a done job.
            if ((e.reason() == RepositoryException.Reason.REF_EXISTS
                    || e.reason() == RepositoryException.Reason.PUSH_REJECTED)
                    && context.repository.remoteRefs(remoteName).containsKey(marker)) {
                return new PostMergeDecision.AlreadyTriggered(version, FlowMessages.alreadyTriggered(version, marker));
            }
            throw e;
        }
        try {
            context.hosting().triggerWorkflow(workflow, tag, inputs);
        } catch (RuntimeException e) {
            throw withdrawRecord(marker, shipped, e);
        }
        triggered.mergeMethodWarning().ifPresent(w -> LOG.warn("{}", w.message()));
        context.emit(new ReleaseEvent.ProductionTriggered(version, pr.number(), pr.mergedBy(), context.clock.instant()));
        return triggered;
    }

    /**
     * The commit the merged branch's head is at: the remote's branch when it still has it (and this
     * repository has the commit), else this repository's remote-tracking or local branch; empty when
     * the host deleted the branch on merge and this repository never fetched it.
     */
    private Optional<String> headCommit(PullRequest pr, Map<String, String> remote) {
        // What the host says was merged wins: the branch may be gone (deleted on merge) or moved since.
        if (!pr.headCommit().isEmpty() && context.repository.findCommit(pr.headCommit()).isPresent()) {
            return Optional.of(pr.headCommit());
        }
        String onRemote = remote.get(FlowContext.headsRef(pr.head()));
        if (onRemote != null && context.repository.findCommit(onRemote).isPresent()) {
            return Optional.of(onRemote);
        }
        return context.repository.findCommit("refs/remotes/" + context.rules.remote() + "/" + pr.head())
                .or(() -> context.repository.findCommit(FlowContext.headsRef(pr.head())));
    }

    /** The tag may move only to a head whose version file holds its version, and only as origin has it (R-T2). */
    private void requireMovable(dev.releaserules.core.version.Version version, String tag, String tagRef, String tagged, String branch, String head,
            Map<String, String> remote) {
        String onRemote = remote.get(tagRef);
        if (onRemote == null) {
            throw new RuleViolationException("R-T3", FlowMessages.tagNotOnRemote(tag, context.rules.remote()));
        }
        if (!onRemote.equals(tagged)) {
            throw new RuleViolationException("R-T3", FlowMessages.tagDiffersOnRemote(tag, context.rules.remote(),
                    tagged, onRemote));
        }
        // Only what was merged may ship: a push to the branch after the merge is not in main.
        String mainOnRemote = remote.get(FlowContext.headsRef(context.rules.mainBranch()));
        String main = mainOnRemote != null && context.repository.findCommit(mainOnRemote).isPresent() ? mainOnRemote
                : context.repository.findCommit(FlowContext.headsRef(context.rules.mainBranch())).orElse("");
        if (main.isEmpty() || !context.repository.isAncestor(head, main)) {
            throw new RuleViolationException("R-T3", FlowMessages.headNotMerged(tag, branch, head,
                    context.rules.mainBranch()));
        }
        String path = context.rules.versionFile().path();
        Optional<String> content = context.repository.readFile(head, path);
        boolean matches = content.map(c -> {
            try {
                return context.rules.versionFile().parse(c).equals(version);
            } catch (dev.releaserules.core.ReleaseException e) {
                return false;
            }
        }).orElse(false);
        if (!matches) {
            throw new RuleViolationException("R-T2", FlowMessages.movedTagVersion(tag, branch, head, path,
                    content.map(String::strip).orElse("nothing (the file is missing)")));
        }
    }

    /**
     * Moves the tag to the head and records the trigger in one atomic push whose lease is the tag's
     * old id and the record's absence: of two runners, only one moves the tag.
     */
    private void moveTagAndRecord(String tag, String tagRef, String head, String marker) {
        String oldTagId = context.repository.findRefId(tagRef).orElseThrow(() -> new RuleViolationException("R-T3",
                FlowMessages.tagMissing(tag)));
        recordLocally(marker, head);
        String message = "Release " + tag + "\n\nMoved by post-merge to the head of the merged branch, so the "
                + "commits pushed after the cut ship too (R-T3).\n";
        String newTagId = context.repository.moveTag(tag, oldTagId, head, message, context.identity,
                context.clock.instant());
        try {
            context.repository.push(context.rules.remote(),
                    List.of(RefLease.move(tagRef, oldTagId, newTagId), RefLease.create(marker, head)));
        } catch (RepositoryException e) {
            // The remote refused: put the local tag back as it is there, so this repository does not lie.
            try {
                context.repository.updateRef(tagRef, newTagId, oldTagId);
            } catch (RuntimeException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
    }

    /** Creates the local trigger record, replacing one a failed earlier run left at another commit. */
    private void recordLocally(String marker, String commit) {
        Optional<String> local = context.repository.findCommit(marker);
        if (local.isPresent() && local.get().equals(commit)) {
            return;
        }
        if (local.isPresent()) {
            context.repository.deleteRef(marker, local.get());
        }
        context.repository.createRef(marker, commit);
    }

    /**
     * Triggering failed after the record reached the remote: remove it again (with a lease on the id
     * we pushed, so a record another runner wrote meanwhile stays), so that a re-run triggers instead
     * of reporting "already triggered".
     */
    private RuntimeException withdrawRecord(String marker, String pushed, RuntimeException failure) {
        try {
            context.repository.push(context.rules.remote(), List.of(RefLease.delete(marker, pushed)));
            context.repository.findCommit(marker).ifPresent(local -> context.repository.deleteRef(marker, local));
            LOG.warn("{}", FlowMessages.triggerFailedRecordRemoved(marker));
        } catch (RuntimeException e) {
            LOG.error("{}", FlowMessages.triggerFailedRecordKept(marker, e.getMessage()));
            failure.addSuppressed(e);
        }
        return failure;
    }

    private PullRequest lookUp() {
        if (number == null) {
            throw new dev.releaserules.core.InvalidInputException("pull request", "", "a pull request or its number");
        }
        return context.hosting().findPullRequest(number).orElseThrow(() -> new dev.releaserules.core.InvalidInputException(
                "pull request number", Integer.toString(number), "the number of a pull request the host knows"));
    }
}
