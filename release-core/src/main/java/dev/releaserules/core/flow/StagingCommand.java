package dev.releaserules.core.flow;

import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.version.Version;
import java.util.Optional;

/**
 * Decides the staging deployment of a push to {@code release/**}, {@code hotfix/**} (the quick validation of
 * a fix) or the development branch
 * (R-V5, R-S1): skip when the head commit's message mentions "backport" in any case, else deploy
 * the version file's version as {@code X.Y.Z-rc.<epoch seconds>} from the clock. On a release
 * branch the branch name and the version file must agree. Reads only; single use.
 */
public final class StagingCommand {
    private final FlowContext context;
    private final SingleUse once = new SingleUse("staging");
    private String branch;

    StagingCommand(FlowContext context) {
        this.context = context;
    }

    /**
     * The pushed branch, short ({@code release/v2.3.0}) or full ({@code refs/heads/release/v2.3.0}, as CI
     * gives it); the checked-out branch unless set (refused when HEAD is detached).
     *
     * @param name the branch
     * @return this command
     */
    public StagingCommand branch(String name) {
        String shortName = name != null ? RefName.shortBranchName(name) : null;
        this.branch = RefNames.requireValid(shortName);
        return this;
    }

    /**
     * Runs the command.
     *
     * @return deploy with the staging version, or skip with the reason
     * @throws dev.releaserules.core.RuleViolationException R-V1 when the version file is missing,
     *     R-V5 when a release branch and its version file disagree
     * @throws dev.releaserules.core.spi.RepositoryException when HEAD is detached and no branch was named
     */
    public StagingDecision call() {
        once.markCalled();
        String name = context.requireBranchOrCurrent(branch);
        Optional<FlowBranch> flowBranch = context.rules.branchNames().findReleaseOrHotfix(name);
        Optional<BranchKind> kind = context.rules.branchNames().findKind(name);
        boolean releaseOrHotfix = kind.isPresent() && kind.get() != BranchKind.BACKPORT;
        if (!releaseOrHotfix && !name.equals(context.rules.developBranch())) {
            return new StagingDecision.Skip(name, "only pushes to release/**, hotfix/** and "
                    + context.rules.developBranch() + " deploy to staging");
        }
        Commit head = context.repository.readCommit(context.requireBranchCommit(name));
        if (head.isBackport()) {
            return new StagingDecision.Skip(name, "head commit " + head.shortId()
                    + " is a backport (R-S1): it was deployed already");
        }
        Version version = context.versionAt(head.id(), name);
        if (flowBranch.isPresent() && !flowBranch.get().version().equals(version)) {
            throw new dev.releaserules.core.RuleViolationException(dev.releaserules.core.Rule.R_V5, FlowMessages.versionMismatch(name,
                    flowBranch.get().version(), context.rules.versionFile().path(), version));
        }
        return new StagingDecision.Deploy(version.toStaging(context.clock.instant()), name, head.id());
    }
}
