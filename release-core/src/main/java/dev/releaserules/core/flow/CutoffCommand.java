package dev.releaserules.core.flow;

import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.Version;
import java.util.List;
import java.util.Optional;

/**
 * Answers the feature-cutoff question for a release (R-B2): which commits of the development branch
 * are in it, and which arrived after its cutoff. The cutoff is the record prepare pushed with the
 * tag; for releases prepared by other tools, the first parent of the tagged commit. Reads only;
 * single use.
 */
public final class CutoffCommand {
    private final FlowContext context;
    private final SingleUse once = new SingleUse("cutoff");
    private Version version;

    CutoffCommand(FlowContext context) {
        this.context = context;
    }

    /**
     * The release to ask about.
     *
     * @param value the release version; required
     * @return this command
     */
    public CutoffCommand release(Version value) {
        this.version = dev.releaserules.core.internal.Checks.notNull(value, "version");
        return this;
    }

    /**
     * Runs the query.
     *
     * @return the commits in the release and after its cutoff
     * @throws RuleViolationException R-B2 when the release has no tag
     */
    public CutoffReport call() {
        once.markCalled();
        dev.releaserules.core.internal.Checks.required(version, "version", "release(version)", "call()");
        String tag = context.rules.tagFormat().format(version);
        if (context.repository.findCommit(RefName.tag(tag).name()).isEmpty()) {
            throw new RuleViolationException(Rule.R_B2, FlowMessages.tagMissing(tag));
        }
        String cutoff = context.repository.findCommit(context.rules.cutoffRef(tag).name())
                .or(() -> context.repository.findCommit(RefName.tag(tag).name() + "^"))
                .orElseThrow(() -> new RuleViolationException(Rule.R_B2, FlowMessages.tagMissing(tag)));
        Optional<ReleaseTag> previous = context.previousRelease(version);
        List<Commit> inRelease = context.repository.log(previous
                .map(p -> CommitRange.between(p.name(), cutoff))
                .orElse(CommitRange.upTo(cutoff)));
        List<Commit> after = context.repository.log(CommitRange.between(RefName.tag(tag).name(),
                context.requireBranchCommit(context.rules.developBranch())));
        return new CutoffReport(version, tag, cutoff, inRelease, after);
    }
}
