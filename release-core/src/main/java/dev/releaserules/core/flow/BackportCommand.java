package dev.releaserules.core.flow;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.version.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

/**
 * Brings a release back to the development branch: creates {@code backport/vX.Y.Z-to-develop}
 * from the development branch, merges the production branch into it with a merge commit whose
 * message says "backport" (so staging skips it, R-S1), pushes it, and opens a pull request labelled
 * {@code backport}, {@code automated} and {@code auto-merge}. A conflict is reported with the
 * conflicting paths, and the branch is removed again, so no half-merged state is left.
 *
 * <p>The version's tag must exist: only a released version is backported. A re-run resumes: a
 * backport branch an earlier run left (here, or already pushed) that contains the tag is pushed
 * and given its pull request; when that pull request is open or merged already, the result is
 * {@link BackportResult.AlreadyCreated} and nothing is changed. A branch of that name that does not
 * contain the tag is refused. Single use.
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
     * @return the created backport, the backport an earlier run created, or the conflict
     * @throws RuleViolationException R-T3 when the version's tag does not exist
     * @throws RepositoryException with {@code REF_EXISTS} when a branch of the backport's name does
     *     not contain the tag, or when the push is rejected or the remote is unreachable
     */
    public BackportResult call() {
        once.markCalled();
        context.requireFullHistory();
        String main = context.rules.mainBranch();
        String develop = context.rules.developBranch();
        Version released = version != null ? version : context.versionAt(context.requireBranchCommit(main), main);
        String tag = context.rules.tagFormat().format(released);
        String tagged = context.repository.findCommit(RefName.tag(tag).name()).orElseThrow(() ->
                new RuleViolationException(Rule.R_T3, FlowMessages.backportWithoutTag(tag, released)));
        String branch = context.rules.branchNames().backport(released, develop);
        BackportFacts facts = facts(released, tag, tagged, branch, develop);
        BackportProgress progress = BackportProgress.decide(facts);
        if (progress.alreadyCreated()) {
            PullRequest existing = facts.pullRequest().orElseThrow();
            return new BackportResult.AlreadyCreated(released, branch, existing.number(),
                    FlowMessages.backportExists(branch, existing.number(), existing.state()));
        }
        Set<String> labels = Set.of(Labels.BACKPORT, Labels.AUTOMATED, Labels.AUTO_MERGE);
        PullRequestTemplates templates = context.rules.pullRequests();
        Map<String, String> values = PullRequestTemplates.backportValues(tag, released, branch, main, develop);
        Instant now = context.clock.instant();
        List<PlannedAction> actions = new ArrayList<>();
        if (progress.createAndMerge()) {
            actions.add(new PlannedAction.CreateBranch(branch, context.requireBranchCommit(develop)));
            actions.add(new PlannedAction.Merge(branch, context.requireBranchCommit(main), "chore(release): backport "
                    + tag + " to " + develop + "\n\nMerge " + main + " (" + tag + ") into " + develop + ".\n"));
        }
        if (progress.push()) {
            actions.add(new PlannedAction.Push(context.rules.remote(),
                    List.of(PlannedAction.PushedRef.create(RefName.branch(branch)))));
        }
        actions.add(new PlannedAction.OpenPullRequest(templates.render(PullRequestTemplates.Template.BACKPORT_TITLE, values),
                templates.render(PullRequestTemplates.Template.BACKPORT_BODY, values), branch, develop, labels));
        actions.add(new PlannedAction.Emit(new ReleaseEvent.BackportCreated(released, branch, 0, now)));
        Plan plan = new Plan(actions);
        String leftCommit = facts.leftover().map(BackportFacts.Leftover::commit).orElse("");
        if (dryRun) {
            return new BackportResult.Created(released, branch, leftCommit, 0, plan, true);
        }
        context.hosting();
        PlanExecutor.Execution done = new PlanExecutor(context).run(plan);
        if (done.conflict().isPresent()) {
            List<String> paths = done.conflict().get().paths();
            return new BackportResult.Conflicted(released, paths, FlowMessages.conflict(paths));
        }
        return new BackportResult.Created(released, branch, done.commitOn(branch).orElse(leftCommit), done.pullRequest(),
                plan, false);
    }

    private BackportFacts facts(Version released, String tag, String tagged, String branch, String develop) {
        Optional<PullRequest> existing = context.findHosting().flatMap(host -> host.pullRequestsFrom(branch).stream()
                .filter(pr -> pr.base().equals(develop) && pr.state() != PullRequest.State.CLOSED)
                .findFirst()
                .or(() -> host.findOpenPullRequest(branch, develop)));
        RefName branchRef = RefName.branch(branch);
        Optional<BackportFacts.Leftover> leftover = Optional.empty();
        if (existing.isEmpty()) {
            Optional<String> remote = Optional.ofNullable(context.repository.remoteRefs(context.rules.remote()).get(branchRef));
            Optional<String> commit = remote.or(() -> context.repository.findCommit(branchRef.name()));
            leftover = commit.map(id -> {
                boolean fetched = context.repository.findCommit(id).isPresent();
                return new BackportFacts.Leftover(id, remote.isPresent(), fetched,
                        fetched && context.repository.isAncestor(tagged, id));
            });
        }
        return new BackportFacts(released, tag, branch, context.rules.remote(), existing, leftover);
    }
}
