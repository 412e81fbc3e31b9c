package dev.releaserules.core.flow;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Announces how a production release ended (R-N1, R-TL): emits {@code production_succeeded} or
 * {@code production_failed} with the run's duration, the release link, and the time since the
 * release was prepared (or the hotfix cut) against the release type's target. The start is read
 * from git, so any runner can announce: the commit prepare (or hotfix) made for the version,
 * found between the previous release and the tag; for a release prepared by other tools, the
 * tagged commit. Reads only; single use.
 *
 * <pre>{@code
 * ProductionOutcome done = flow.production().version(Version.parse("2.3.0"))
 *         .succeeded("shop-2.3.0.jar", "https://github.com/acme/shop/releases/tag/v2.3.0", runTime).call();
 * }</pre>
 */
public final class ProductionCommand {
    private static final String PREPARE = "chore(release): prepare ";
    private static final String HOTFIX = "chore(release): hotfix ";

    private final FlowContext context;
    private final SingleUse once = new SingleUse("production");
    private Version version;
    private String artifact = "";
    private String releaseUrl = "";
    private Duration duration = Duration.ZERO;
    private String failure;

    ProductionCommand(FlowContext context) {
        this.context = context;
    }

    /**
     * The released version (required).
     *
     * @param value the version
     * @return this command
     */
    public ProductionCommand version(Version value) {
        this.version = Checks.notNull(value, "version");
        return this;
    }

    /**
     * The release succeeded.
     *
     * @param deployed what was deployed, such as an image or jar coordinate; may be empty
     * @param url the release page; may be empty
     * @param runTime how long the production run took
     * @return this command
     */
    public ProductionCommand succeeded(String deployed, String url, Duration runTime) {
        this.artifact = Checks.notNull(deployed, "artifact");
        this.releaseUrl = Checks.notNull(url, "releaseUrl");
        this.duration = Checks.notNull(runTime, "duration");
        this.failure = null;
        return this;
    }

    /**
     * The release failed.
     *
     * @param deployed what was being deployed; may be empty
     * @param url the run or release page; may be empty
     * @param runTime how long it ran
     * @param reason why it failed, not blank
     * @return this command
     */
    public ProductionCommand failed(String deployed, String url, Duration runTime, String reason) {
        succeeded(deployed, url, runTime);
        this.failure = Checks.notBlank(reason, "reason");
        return this;
    }

    /**
     * Announces the outcome.
     *
     * @return what was announced, with the time against the target
     * @throws RuleViolationException R-T3 when the version has no tag
     * @throws dev.releaserules.core.InvalidInputException when no version was given
     */
    public ProductionOutcome call() {
        once.markCalled();
        Checks.notNull(version, "version");
        String tag = context.rules.tagFormat().format(version);
        RefName tagRef = RefName.tag(tag);
        String tagged = context.repository.findCommit(tagRef.name())
                .orElseThrow(() -> new RuleViolationException(Rule.R_T3, FlowMessages.tagMissing(tag)));
        Optional<ReleaseTag> previous = context.previousRelease(version);
        List<Commit> range = context.repository.log(previous.map(p -> CommitRange.between(p.name(), tagged))
                .orElse(CommitRange.upTo(tagged)).firstParentOnly());
        Optional<Commit> cut = range.stream().filter(c -> isCut(c, tag)).reduce((newer, older) -> older);
        BranchKind kind = cut.map(c -> c.message().subject().startsWith(HOTFIX) ? BranchKind.HOTFIX : BranchKind.RELEASE)
                .orElse(BranchKind.RELEASE);
        Instant start = cut.orElseGet(() -> context.repository.readCommit(tagged)).time();
        Instant now = context.clock.instant();
        Duration elapsed = Duration.between(start, now);
        Duration target = context.rules.targets().target(kind);
        ReleaseEvent event = failure == null
                ? new ReleaseEvent.ProductionSucceeded(version, artifact, duration, releaseUrl, elapsed, target, now)
                : new ReleaseEvent.ProductionFailed(version, artifact, duration, releaseUrl, failure, elapsed, target,
                        now);
        context.emit(event);
        return new ProductionOutcome(version, tag, failure == null, kind, start, elapsed, target,
                context.rules.targets().isLate(kind, start, now));
    }

    private static boolean isCut(Commit commit, String tag) {
        String subject = commit.message().subject();
        return subject.equals(PREPARE + tag) || subject.equals(HOTFIX + tag);
    }
}
