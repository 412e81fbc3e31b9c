package dev.releaserules.core.flow;

import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.MergeOutcome;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.version.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings a release back to the development branch: creates {@code backport/vX.Y.Z-to-develop}
 * from the development branch, merges the production branch into it with a merge commit whose
 * message says "backport" (so staging skips it, R-S1), pushes it, and opens a pull request labelled
 * {@code backport}, {@code automated} and {@code auto-merge}. A conflict is reported with the
 * conflicting paths, and the branch is removed again, so no half-merged state is left. Single use.
 */
public final class BackportCommand {
    private final FlowContext context;
    private final SingleUse once = new SingleUse("backport");
    private Version version;
    private boolean dryRun;

    BackportCommand(FlowContext context) {
        this.context = context;
    }

    /**
     * The released version; the version file on the production branch unless set.
     *
     * @param value the version
     * @return this command
     */
    public BackportCommand version(Version value) {
        this.version = Checks.notNull(value, "version");
        return this;
    }

    /**
     * Whether to only plan.
     *
     * @param value true for a dry run; false unless set
     * @return this command
     */
    public BackportCommand dryRun(boolean value) {
        this.dryRun = value;
        return this;
    }

    /**
     * Runs the command.
     *
     * @return the created backport, or the conflict
     * @throws dev.releaserules.core.spi.RepositoryException when the backport branch exists already,
     *     the push is rejected or the remote is unreachable
     */
    public BackportResult call() {
        once.markCalled();
        context.requireFullHistory();
        String main = context.rules.mainBranch();
        String develop = context.rules.developBranch();
        Version released = version != null ? version : context.versionAt(main);
        String tag = context.rules.tagFormat().format(released);
        String branch = context.rules.branchNames().backport(released, develop);
        String developCommit = context.repository.requireCommit(FlowContext.headsRef(develop));
        String mainCommit = context.repository.requireCommit(FlowContext.headsRef(main));
        Set<String> labels = Set.of(Labels.BACKPORT, Labels.AUTOMATED, Labels.AUTO_MERGE);
        PullRequestTemplates templates = context.rules.pullRequests();
        Map<String, String> values = PullRequestTemplates.backportValues(tag, released, branch, main, develop);
        String title = templates.render(PullRequestTemplates.Template.BACKPORT_TITLE, values);
        Plan plan = new Plan(List.of(new PlannedAction.CreateBranch(branch, developCommit),
                new PlannedAction.Merge(branch, main),
                new PlannedAction.Push(context.rules.remote(), List.of(FlowContext.headsRef(branch)), true),
                new PlannedAction.OpenPullRequest(title, branch, develop, labels),
                new PlannedAction.Emit(EventType.BACKPORT_CREATED)));
        if (dryRun) {
            return new BackportResult.Created(released, branch, "", 0, plan, true);
        }
        context.hosting();
        Instant now = context.clock.instant();
        context.repository.createBranch(branch, developCommit);
        MergeOutcome outcome = context.repository.merge(branch, mainCommit,
                "chore(release): backport " + tag + " to " + develop + "\n\nMerge " + main + " (" + tag + ") into "
                        + develop + ".\n", context.identity, now);
        if (outcome instanceof MergeOutcome.Conflict conflict) {
            context.repository.deleteBranch(branch);
            return new BackportResult.Conflicted(released, conflict.paths(), FlowMessages.conflict(conflict.paths()));
        }
        String mergeCommit = ((MergeOutcome.Merged) outcome).commitId();
        context.repository.push(context.rules.remote(), List.of(FlowContext.headsRef(branch)), true);
        PullRequest pr = context.hosting().openPullRequest(new NewPullRequest(title,
                templates.render(PullRequestTemplates.Template.BACKPORT_BODY, values), branch, develop, labels));
        context.emit(new ReleaseEvent.BackportCreated(released, branch, pr.number(), now));
        return new BackportResult.Created(released, branch, mergeCommit, pr.number(), plan, false);
    }
}
