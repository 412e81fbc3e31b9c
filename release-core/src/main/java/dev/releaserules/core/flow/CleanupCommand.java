package dev.releaserules.core.flow;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.version.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deletes a release or hotfix branch once it is no longer needed (R-BC): only after the release was
 * deployed and its backport pull request was merged, and while its tag exists on the remote. Reads
 * the facts it can (the tag and the branch on the remote, the backport pull request from the host)
 * and takes the one it cannot, whether production succeeded, from the caller. When every condition
 * holds it deletes the branch on the remote with a lease on the id it read, so a push that lands in
 * between makes the delete fail instead of losing that commit, then deletes the local branch if
 * there is one. Otherwise nothing changes and the result lists every unmet condition. Single use.
 *
 * <pre>{@code
 * CleanupResult r = flow.cleanup().branch("release/v2.3.0").deployed(true).call();
 * }</pre>
 */
public final class CleanupCommand {
    private final FlowContext context;
    private final SingleUse once = new SingleUse("cleanup");
    private String branch;
    private boolean deployed;
    private boolean dryRun;

    CleanupCommand(FlowContext context) {
        this.context = context;
    }

    /**
     * The branch to delete (required), such as {@code release/v2.3.0}.
     *
     * @param name the short branch name
     * @return this command
     */
    public CleanupCommand branch(String name) {
        this.branch = RefNames.requireValid(Checks.notBlank(name, "branch"));
        return this;
    }

    /**
     * Whether the release reached production (the production workflow reports it; the repository
     * only knows that it was triggered).
     *
     * @param value true when deployed; false unless set
     * @return this command
     */
    public CleanupCommand deployed(boolean value) {
        this.deployed = value;
        return this;
    }

    /**
     * Whether to only decide and plan.
     *
     * @param value true for a dry run; false unless set
     * @return this command
     */
    public CleanupCommand dryRun(boolean value) {
        this.dryRun = value;
        return this;
    }

    /**
     * Runs the command.
     *
     * @return the decision and what was done
     * @throws dev.releaserules.core.spi.RepositoryException when the remote is unreachable or the
     *     branch moved on the remote since it was read (the lease failed)
     */
    public CleanupResult call() {
        once.markCalled();
        Checks.required(branch, "branch", "branch(name)", "call()");
        BranchNames names = context.rules.branchNames();
        String remote = context.rules.remote();
        Map<RefName, String> remoteRefs = context.repository.remoteRefs(remote);
        Optional<Version> version = names.findReleaseOrHotfix(branch).map(FlowBranch::version);
        String tag = version.map(v -> names.tagFormat().format(v)).orElse("");
        BranchCleanupDecision decision = BranchCleanup.builder().branch(branch).deployed(deployed)
                .backport(version.map(this::backportState).orElse(BranchCleanup.BackportState.NOT_CREATED))
                .tagExists(!tag.isEmpty() && remoteRefs.containsKey(RefName.tag(tag)))
                .build().decide(names);
        if (!decision.mayDelete()) {
            return new CleanupResult(decision, new Plan(List.of()), dryRun);
        }
        RefName branchRef = RefName.branch(branch);
        String remoteId = remoteRefs.get(branchRef);
        Optional<String> local = context.repository.findRefId(branchRef);
        List<PlannedAction> actions = new ArrayList<>();
        if (remoteId != null) {
            actions.add(new PlannedAction.Push(remote, List.of(PlannedAction.PushedRef.delete(branchRef, remoteId))));
        }
        local.ifPresent(id -> actions.add(new PlannedAction.DeleteRef(branchRef, id)));
        Plan plan = new Plan(actions);
        if (!dryRun) {
            new PlanExecutor(context).run(plan);
        }
        return new CleanupResult(decision, plan, dryRun);
    }

    /** The newest backport pull request of the version into the development branch, as the host has it. */
    private BranchCleanup.BackportState backportState(Version version) {
        String head = context.rules.branchNames().backport(version, context.rules.developBranch());
        return context.findHosting().stream()
                .flatMap(h -> h.pullRequestsFrom(head).stream())
                .filter(pr -> pr.base().equals(context.rules.developBranch()))
                .max(Comparator.comparingInt(PullRequest::number))
                .map(BranchCleanup.BackportState::of)
                .orElse(BranchCleanup.BackportState.NOT_CREATED);
    }
}
