package dev.releaserules.core.flow;

import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.validation.ConsistencyCheck;
import dev.releaserules.core.validation.ConsistencyReport;
import dev.releaserules.core.validation.Violation;
import java.util.Optional;

/**
 * Checks a tag and a requested version before deploying (R-T2): the tag exists, has the configured
 * format and names the requested version, the version file at the tag holds it, and — when
 * {@link #branch(String) the branch} is named — the tag contains the branch's head. Returns the
 * report listing every failed check and emits {@code validation_failed} when one failed. Reads
 * only; single use.
 */
public final class ValidateCommand {
    private final FlowContext context;
    private final SingleUse once = new SingleUse("validate");
    private String tag;
    private String version;
    private String branch;

    ValidateCommand(FlowContext context) {
        this.context = context;
    }

    /**
     * The tag to deploy, as given by the workflow input.
     *
     * @param name the tag name; required
     * @return this command
     */
    public ValidateCommand tag(String name) {
        this.tag = Checks.notNull(name, "tag");
        return this;
    }

    /**
     * The version to deploy, as given by the workflow input.
     *
     * @param requested the version; required
     * @return this command
     */
    public ValidateCommand version(String requested) {
        this.version = Checks.notNull(requested, "version");
        return this;
    }

    /**
     * The release or hotfix branch the tag was cut from: the report then also says whether the tag
     * contains the branch's head (R-T3), so a fix pushed after the cut is caught before the merge.
     * The head is the local branch, else the remote-tracking one. Not checked unless set.
     *
     * @param name the branch, such as {@code hotfix/v2.2.1}
     * @return this command
     */
    public ValidateCommand branch(String name) {
        this.branch = RefNames.requireValid(Checks.notNull(name, "branch"));
        return this;
    }

    /**
     * Runs every check.
     *
     * @return the report; call {@link ConsistencyReport#orThrow()} to stop on failure
     * @throws RepositoryException when a named branch does not exist
     */
    public ConsistencyReport call() {
        once.markCalled();
        Checks.required(tag, "tag", "tag(name)", "call()");
        Checks.required(version, "version", "version(requested)", "call()");
        ConsistencyCheck.Builder check = ConsistencyCheck.builder().tagFormat(context.rules.tagFormat())
                .versionFile(context.rules.versionFile()).tag(tag).requestedVersion(version);
        Optional<String> tagged = RefNames.isValid(tag)
                ? context.repository.findCommit(RefName.tag(tag).name()) : Optional.empty();
        if (tagged.isEmpty()) {
            check.tagMissing();
        } else {
            context.repository.readFile(tagged.get(), context.rules.versionFile().path())
                    .ifPresent(check::versionFileContent);
            if (branch != null) {
                String head = context.requireBranchCommit(branch);
                if (!context.repository.isAncestor(head, tagged.get())) {
                    int missing = context.repository.log(
                            CommitRange.between(tagged.get(), head)).size();
                    check.branchHeadNotInTag(branch, head, missing);
                }
            }
        }
        ConsistencyReport report = check.check();
        if (!report.isOk()) {
            context.emit(new ReleaseEvent.ValidationFailed(tag, version,
                    report.violations().stream().map(Violation::toString).toList(), context.clock.instant()));
        }
        return report;
    }
}
