package dev.releaserules.core.flow;

import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.RepositoryException;
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
 * record is written before the workflow is triggered: if triggering then fails, the error says so
 * and the record must be deleted to retry. A release pull request squashed or rebased instead of
 * merged with a merge commit still triggers, with a
 * {@linkplain PostMergeDecision.Triggered#mergeMethodWarning() warning} that is also logged. Single use.
 */
public final class PostMergeCommand {
    private static final Logger LOG = LoggerFactory.getLogger(PostMergeCommand.class);
    private final FlowContext context;
    private final SingleUse once = new SingleUse("post-merge");
    private PullRequest pullRequest;
    private Integer number;
    private boolean dryRun;

    PostMergeCommand(FlowContext context) {
        this.context = context;
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
     * @throws RuleViolationException R-T3 when the tag of the version does not exist
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
        String tagged = context.repository.findCommit(FlowContext.tagsRef(tag))
                .orElseThrow(() -> new RuleViolationException("R-T3", FlowMessages.tagMissing(tag)));
        Map<String, String> remote = context.repository.remoteRefs(context.rules.remote());
        String marker = context.rules.triggerRef(tag);
        // Only the remote record counts: a local one left by a run whose push failed is finished, not obeyed.
        if (remote.containsKey(marker)) {
            return new PostMergeDecision.AlreadyTriggered(version, FlowMessages.alreadyTriggered(version, marker));
        }
        String workflow = context.rules.productionWorkflow();
        Map<String, String> inputs = Map.of("tag", tag, "version", version.toString());
        Plan plan = new Plan(List.of(new PlannedAction.CreateRef(marker, tag),
                new PlannedAction.Push(context.rules.remote(), List.of(marker), true),
                new PlannedAction.TriggerWorkflow(workflow, tag, inputs),
                new PlannedAction.Emit(EventType.PRODUCTION_TRIGGERED)));
        if (dryRun) {
            return new PostMergeDecision.Triggered(version, tag, workflow, pr.number(), pr.mergedBy(), pr.mergeMethod(),
                    plan, true);
        }
        context.hosting();
        PostMergeDecision.Triggered triggered = new PostMergeDecision.Triggered(version, tag, workflow, pr.number(),
                pr.mergedBy(), pr.mergeMethod(), plan, false);
        try {
            if (context.repository.findCommit(marker).isEmpty()) {
                context.repository.createRef(marker, tagged);
            }
            context.repository.push(context.rules.remote(), List.of(marker), true);
        } catch (RepositoryException e) {
            if (e.reason() == RepositoryException.Reason.REF_EXISTS
                    || e.reason() == RepositoryException.Reason.PUSH_REJECTED) {
                return new PostMergeDecision.AlreadyTriggered(version, FlowMessages.alreadyTriggered(version, marker));
            }
            throw e;
        }
        context.hosting().triggerWorkflow(workflow, tag, inputs);
        triggered.mergeMethodWarning().ifPresent(w -> LOG.warn("{}", w.message()));
        context.emit(new ReleaseEvent.ProductionTriggered(version, pr.number(), pr.mergedBy(), context.clock.instant()));
        return triggered;
    }

    private PullRequest lookUp() {
        if (number == null) {
            throw new dev.releaserules.core.InvalidInputException("pull request", "", "a pull request or its number");
        }
        return context.hosting().findPullRequest(number).orElseThrow(() -> new dev.releaserules.core.InvalidInputException(
                "pull request number", Integer.toString(number), "the number of a pull request the host knows"));
    }
}
