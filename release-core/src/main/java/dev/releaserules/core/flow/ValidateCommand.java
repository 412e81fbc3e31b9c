package dev.releaserules.core.flow;

import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.validation.ConsistencyCheck;
import dev.releaserules.core.validation.ConsistencyReport;
import dev.releaserules.core.validation.Violation;
import java.util.Optional;

/**
 * Checks a tag and a requested version before deploying (R-T2): the tag exists, has the configured
 * format and names the requested version, and the version file at the tag holds it. Returns the
 * report listing every failed check and emits {@code validation_failed} when one failed. Reads
 * only; single use.
 */
public final class ValidateCommand {
    private final FlowContext context;
    private final SingleUse once = new SingleUse("validate");
    private String tag;
    private String version;

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
     * Runs every check.
     *
     * @return the report; call {@link ConsistencyReport#orThrow()} to stop on failure
     */
    public ConsistencyReport call() {
        once.markCalled();
        Checks.notNull(tag, "tag");
        Checks.notNull(version, "version");
        ConsistencyCheck.Builder check = ConsistencyCheck.builder().tagFormat(context.rules.tagFormat())
                .versionFile(context.rules.versionFile()).tag(tag).requestedVersion(version);
        Optional<String> tagged = RefNames.isValid(tag)
                ? context.repository.findCommit(FlowContext.tagsRef(tag)) : Optional.empty();
        if (tagged.isEmpty()) {
            check.tagMissing();
        } else {
            context.repository.readFile(tagged.get(), context.rules.versionFile().path())
                    .ifPresent(check::versionFileContent);
        }
        ConsistencyReport report = check.check();
        if (!report.isOk()) {
            context.emit(new ReleaseEvent.ValidationFailed(tag, version,
                    report.violations().stream().map(Violation::toString).toList(), context.clock.instant()));
        }
        return report;
    }
}
