package dev.releaserules.core.flow;

import dev.releaserules.core.commit.BumpRules;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import dev.releaserules.core.version.VersionRequest;

/**
 * Prepares a regular release (R-V2, R-B1, R-B2, R-C1, R-T1, R-TL): from the development branch it
 * picks the version, creates {@code release/vX.Y.Z} at the development branch's head (the feature
 * cutoff), commits the version file and the prepended changelog, creates the annotated tag, pushes
 * branch, tag and cutoff record in one atomic push that is refused if any exists, opens the release
 * pull request labelled {@code release} and {@code automated}, and emits the prepared and cutoff
 * events with the expected completion time.
 *
 * <p>A re-run after an interruption resumes — also on a fresh runner that has the pushed release
 * branch only as a remote-tracking ref — ; a re-run after success is refused with a message
 * saying what exists (R-V3). Two concurrent prepares of the same version: one wins, the other gets
 * a {@link dev.releaserules.core.spi.RepositoryException} with reason {@code PUSH_REJECTED}.
 * Single use.
 */
public final class PrepareCommand {
    private final FlowContext context;
    private final SingleUse once = new SingleUse("prepare");
    private String from;
    private VersionRequest request = VersionRequest.stepDefault();
    private boolean dryRun;
    private boolean allowDirty;
    private BumpRules bumpRules;

    PrepareCommand(FlowContext context) {
        this.context = context;
        this.from = context.rules.developBranch();
    }

    /**
     * The branch to release from; the rules' development branch unless set.
     *
     * @param branch the branch
     * @return this command
     */
    public PrepareCommand from(String branch) {
        this.from = RefNames.requireValid(Checks.notNull(branch, "branch"));
        return this;
    }

    /**
     * An explicit version, which must be greater than the version file's (R-V2).
     *
     * @param version the version
     * @return this command
     */
    public PrepareCommand version(Version version) {
        this.request = VersionRequest.explicit(version);
        this.bumpRules = null;
        return this;
    }

    /**
     * Increment the version file's version; minor unless set.
     *
     * @param increment the increment
     * @return this command
     */
    public PrepareCommand increment(Increment increment) {
        this.request = VersionRequest.increment(increment);
        this.bumpRules = null;
        return this;
    }

    /**
     * Let the commits since the previous release choose the increment (breaking → major, feature →
     * minor, fix → patch, as the rules say); the version choice then explains which commits drove it.
     * Replaces an explicit version or increment.
     *
     * @param rules the bump rules, such as {@link BumpRules#defaults()}
     * @return this command
     */
    public PrepareCommand recommendedBy(BumpRules rules) {
        this.bumpRules = Checks.notNull(rules, "rules");
        return this;
    }

    /**
     * Whether to only plan: a dry run reads the repository and changes nothing.
     *
     * @param value true for a dry run; false unless set
     * @return this command
     */
    public PrepareCommand dryRun(boolean value) {
        this.dryRun = value;
        return this;
    }

    /**
     * Whether a work tree with uncommitted changes is accepted (the flow never touches the work tree).
     *
     * @param value true to accept; false unless set
     * @return this command
     */
    public PrepareCommand allowDirtyWorkTree(boolean value) {
        this.allowDirty = value;
        return this;
    }

    /**
     * Runs the command.
     *
     * @return what was (or would be) done
     * @throws dev.releaserules.core.RuleViolationException R-V1 when the version file is missing,
     *     R-V2 for an explicit version not above the current one, R-V3 when the release is already
     *     prepared or local leftovers do not match, R-T1 when the remote holds half of it
     * @throws dev.releaserules.core.spi.RepositoryException for a shallow clone, a dirty work tree,
     *     an unreachable remote or a rejected push
     * @throws dev.releaserules.core.ReleaseException when called twice
     */
    public PreparedRelease call() {
        once.markCalled();
        return new BranchCut(context, BranchKind.RELEASE, from, request, dryRun, allowDirty, bumpRules, "").run();
    }
}
