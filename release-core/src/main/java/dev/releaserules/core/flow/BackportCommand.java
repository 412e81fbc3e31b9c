package dev.releaserules.core.flow;

import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.MergeOutcome;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.PullRequest;
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
        Version released = version != null ? version : context.versionAt(main);
        String tag = context.rules.tagFormat().format(released);
        String tagged = context.repository.findCommit(FlowContext.tagsRef(tag)).orElseThrow(() ->
                new RuleViolationException("R-T3", FlowMessages.backportWithoutTag(tag, released)));
        String branch = context.rules.branchNames().backport(released, develop);
        String branchRef = FlowContext.headsRef(branch);
        Set<String> labels = Set.of(Labels.BACKPORT, Labels.AUTOMATED, Labels.AUTO_MERGE);
        PullRequestTemplates templates = context.rules.pullRequests();
        Map<String, String> values = PullRequestTemplates.backportValues(tag, released, branch, main, develop);
        String title = templates.render(PullRequestTemplates.Template.BACKPORT_TITLE, values);

        Optional<PullRequest> existing = context.findHosting().flatMap(host -> host.pullRequestsFrom(branch).stream()
                .filter(pr -> pr.base().equals(develop) && pr.state() != PullRequest.State.CLOSED)
                .findFirst()
                .or(() -> host.findOpenPullRequest(branch, develop)));
        if (existing.isPresent()) {
            return new BackportResult.AlreadyCreated(released, branch, existing.get().number(),
                    FlowMessages.backportExists(branch, existing.get().number(), existing.get().state()));
        }
        Optional<Leftover> left = leftover(branch, branchRef, tagged, tag);
        boolean onRemote = left.map(Leftover::onRemote).orElse(false);
        String leftCommit = left.map(Leftover::commit).orElse("");

        String developCommit = context.repository.requireCommit(FlowContext.headsRef(develop));
        String mainCommit = context.repository.requireCommit(FlowContext.headsRef(main));
        List<PlannedAction> actions = new ArrayList<>();
        if (left.isEmpty()) {
            actions.add(new PlannedAction.CreateBranch(branch, developCommit));
            actions.add(new PlannedAction.Merge(branch, main));
        }
        if (!onRemote) {
            actions.add(new PlannedAction.Push(context.rules.remote(), List.of(branchRef), true));
        }
        actions.add(new PlannedAction.OpenPullRequest(title, branch, develop, labels));
        actions.add(new PlannedAction.Emit(EventType.BACKPORT_CREATED));
        Plan plan = new Plan(actions);
        if (dryRun) {
            return new BackportResult.Created(released, branch, leftCommit, 0, plan, true);
        }
        context.hosting();
        Instant now = context.clock.instant();
        String mergeCommit = leftCommit;
        if (left.isEmpty()) {
            context.repository.createBranch(branch, developCommit);
            MergeOutcome outcome = context.repository.merge(branch, mainCommit,
                    "chore(release): backport " + tag + " to " + develop + "\n\nMerge " + main + " (" + tag + ") into "
                            + develop + ".\n", context.identity, now);
            if (outcome instanceof MergeOutcome.Conflict conflict) {
                context.repository.deleteBranch(branch);
                return new BackportResult.Conflicted(released, conflict.paths(), FlowMessages.conflict(conflict.paths()));
            }
            mergeCommit = ((MergeOutcome.Merged) outcome).commitId();
        }
        if (!onRemote) {
            context.repository.push(context.rules.remote(), List.of(branchRef), true);
        }
        PullRequest pr = context.hosting().openPullRequest(new NewPullRequest(title,
                templates.render(PullRequestTemplates.Template.BACKPORT_BODY, values), branch, develop, labels));
        context.emit(new ReleaseEvent.BackportCreated(released, branch, pr.number(), now));
        return new BackportResult.Created(released, branch, mergeCommit, pr.number(), plan, false);
    }

    /** What an earlier run left: the branch on the remote (pushed, pull request missing) or only here. */
    private Optional<Leftover> leftover(String branch, String branchRef, String tagged, String tag) {
        Optional<Leftover> found = Optional.ofNullable(context.repository.remoteRefs(context.rules.remote()).get(branchRef))
                .map(id -> new Leftover(id, true))
                .or(() -> context.repository.findCommit(branchRef).map(id -> new Leftover(id, false)));
        found.ifPresent(l -> {
            if (context.repository.findCommit(l.commit()).isEmpty()) {
                // Pushed by an earlier run on another runner, not fetched here: it cannot be checked.
                throw new RepositoryException(RepositoryException.Reason.REF_NOT_FOUND,
                        FlowMessages.backportBranchNotFetched(branch, context.rules.remote(), l.commit()));
            }
            if (!context.repository.isAncestor(tagged, l.commit())) {
                throw new RepositoryException(RepositoryException.Reason.REF_EXISTS,
                        FlowMessages.foreignBackportBranch(branch, l.onRemote() ? context.rules.remote() : "here", tag));
            }
        });
        return found;
    }

    private record Leftover(String commit, boolean onRemote) {
    }
}
