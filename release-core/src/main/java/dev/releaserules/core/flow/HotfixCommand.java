package dev.releaserules.core.flow;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import dev.releaserules.core.version.VersionRequest;

/**
 * Cuts a hotfix (R-V4): from the production branch (or a production tag) it increments the patch
 * unless a version is given, creates {@code hotfix/vX.Y.Z} with the version file committed, the
 * annotated tag, pushes them atomically, opens a {@code [HOTFIX]} pull request labelled
 * {@code hotfix} and {@code priority:critical}, and emits the urgent hotfix event. The fix itself
 * is then committed on the hotfix branch by people. Single use.
 */
public final class HotfixCommand {
    private final FlowContext context;
    private final SingleUse once = new SingleUse("hotfix");
    private String from;
    private VersionRequest request = VersionRequest.stepDefault();
    private boolean dryRun;
    private boolean allowDirty;
    private String description = "";

    HotfixCommand(FlowContext context) {
        this.context = context;
        this.from = context.rules.mainBranch();
    }

    /**
     * Where to cut from: the production branch unless set, or a production tag such as {@code v2.3.0}.
     *
     * @param revision a branch or tag
     * @return this command
     */
    public HotfixCommand from(String revision) {
        this.from = RefNames.requireValid(Checks.notNull(revision, "revision"));
        return this;
    }

    /**
     * An explicit version, which must be greater than the current one.
     *
     * @param version the version
     * @return this command
     */
    public HotfixCommand version(Version version) {
        this.request = VersionRequest.explicit(version);
        return this;
    }

    /**
     * Another increment than the default patch.
     *
     * @param increment the increment
     * @return this command
     */
    public HotfixCommand increment(Increment increment) {
        this.request = VersionRequest.increment(increment);
        return this;
    }

    /**
     * What the hotfix fixes, in its author's words: carried into the pull request body
     * ({@code {description}}) and the hotfix alert ({@code hotfix_created}'s {@code {description}}).
     *
     * @param text the description; empty unless set
     * @return this command
     */
    public HotfixCommand description(String text) {
        this.description = dev.releaserules.core.internal.Checks.notNull(text, "description").strip();
        return this;
    }

    /**
     * Whether to only plan.
     *
     * @param value true for a dry run; false unless set
     * @return this command
     */
    public HotfixCommand dryRun(boolean value) {
        this.dryRun = value;
        return this;
    }

    /**
     * Whether a work tree with uncommitted changes is accepted.
     *
     * @param value true to accept; false unless set
     * @return this command
     */
    public HotfixCommand allowDirtyWorkTree(boolean value) {
        this.allowDirty = value;
        return this;
    }

    /**
     * Runs the command.
     *
     * @return what was (or would be) done; {@link PreparedRelease#kind()} is {@link BranchKind#HOTFIX}
     * @throws dev.releaserules.core.RuleViolationException and
     *     {@link dev.releaserules.core.spi.RepositoryException} as {@link PrepareCommand#call()} does
     */
    public PreparedRelease call() {
        once.markCalled();
        return new BranchCut(context, BranchKind.HOTFIX, from, request, dryRun, allowDirty, null, description).run();
    }
}
