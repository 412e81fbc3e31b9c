package dev.releaserules.core.flow;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.changelog.ChangelogFile;
import dev.releaserules.core.event.Links;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.HostRelease;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Announces how a production release ended (R-N1, R-TL): emits {@code production_succeeded} or
 * {@code production_failed} with the run's duration, the release link, and the time since the
 * release was prepared (or the hotfix cut) against the release type's target. The start is read
 * from git, so any runner can announce: the commit prepare (or hotfix) made for the version,
 * found between the previous release and the tag; for a release prepared by other tools, the
 * tagged commit. A success also emits {@code release_completed} with the release's timeline: prepared,
 * the feature cutoff, production triggered (the time post-merge wrote into its trigger record, when
 * this repository has fetched it: {@code git fetch origin '+refs/release-rules/*:refs/release-rules/*'})
 * and deployed, each as {@code T+…} from the start. Events carry the links the rules'
 * {@link ReleaseLinks} make (release page, comparison) and the run given.
 *
 * <p>When the flow has a hosting port, a success also publishes the code-host release of the tag
 * (R-GR: a GitHub Release) with the version's section of the changelog at the tag, created once: an
 * existing release of the tag is kept and linked. A host that cannot publish it (no such capability,
 * a refusal) is logged as a warning and the outcome has no release; the announcement still goes out.
 * {@link #hostRelease(boolean) hostRelease(false)} leaves it out. Single use.
 *
 * <pre>{@code
 * ProductionOutcome done = flow.production().version(Version.parse("2.3.0"))
 *         .succeeded("shop-2.3.0.jar", "https://github.com/acme/shop/releases/tag/v2.3.0", runTime).call();
 * }</pre>
 */
public final class ProductionCommand {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProductionCommand.class);
    private static final String PREPARE = "chore(release): prepare ";
    private static final String HOTFIX = "chore(release): hotfix ";
    private static final String CUTOFF = "Release-Cutoff:";

    private final FlowContext context;
    private final SingleUse once = new SingleUse("production");
    private Version version;
    private String artifact = "";
    private String releaseUrl = "";
    private Duration duration = Duration.ZERO;
    private String failure;
    private String runUrl = "";
    private boolean hostRelease = true;

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
     * The CI run that deployed, for the announcement's {@code {run_url}}.
     *
     * @param url the run's page; empty unless set
     * @return this command
     * @throws dev.releaserules.core.InvalidInputException when it is not an http(s) URL
     */
    public ProductionCommand runUrl(String url) {
        this.runUrl = Links.NONE.withRun(Checks.notNull(url, "runUrl")).run();
        return this;
    }

    /**
     * Whether a success publishes the code-host release of the tag (R-GR) when the flow has a hosting
     * port.
     *
     * @param value false to leave it out; true unless set
     * @return this command
     */
    public ProductionCommand hostRelease(boolean value) {
        this.hostRelease = value;
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
        ReleaseLinks templates = context.rules.links();
        Optional<HostRelease> published = failure == null && hostRelease
                ? context.findHosting().flatMap(host -> publish(host, tag, tagged)) : Optional.empty();
        String page = !releaseUrl.isEmpty() ? releaseUrl
                : published.map(HostRelease::url).filter(u -> !u.isEmpty()).orElse(templates.release(tag));
        Links links = new Links("", runUrl, page, templates.compare(previous.map(ReleaseTag::name).orElse(""), tag));
        boolean late = context.rules.targets().isLate(kind, start, now);
        List<ReleaseEvent.Milestone> timeline = timeline(kind, cut, start, context.rules.triggerRef(tag), now);
        if (failure == null) {
            context.emit(new ReleaseEvent.ProductionSucceeded(version, artifact, duration, page, elapsed, target,
                    links, now));
            context.emit(new ReleaseEvent.ReleaseCompleted(version, tag, timeline, elapsed, target, late, links, now));
        } else {
            context.emit(new ReleaseEvent.ProductionFailed(version, artifact, duration, releaseUrl, failure, elapsed,
                    target, links, now));
        }
        return new ProductionOutcome(version, tag, failure == null, kind, start, elapsed, target, late, timeline,
                published);
    }

    /** The tag's code-host release: the existing one, else one made now from the changelog at the tag (R-GR). */
    private Optional<HostRelease> publish(Hosting host, String tag, String tagged) {
        try {
            Optional<HostRelease> existing = host.findRelease(tag);
            if (existing.isPresent()) {
                return existing;
            }
            String notes = context.repository.readFile(tagged, context.rules.changelogPath())
                    .flatMap(content -> ChangelogFile.findSection(content, version))
                    .orElse("Release " + tag);
            return Optional.of(host.createRelease(tag, tag, notes + "\n"));
        } catch (dev.releaserules.core.ReleaseException e) {
            // Production shipped: a host that cannot publish the release page must not silence the announcement.
            LOG.warn("{}", FlowMessages.hostReleaseFailed(tag, e.getMessage()));
            return Optional.empty();
        }
    }

    /** The steps as the git records tell them: the cut commit, its cutoff trailer, the trigger record. */
    private List<ReleaseEvent.Milestone> timeline(BranchKind kind, Optional<Commit> cut, Instant start,
            RefName trigger, Instant now) {
        List<ReleaseEvent.Milestone> steps = new ArrayList<>();
        steps.add(new ReleaseEvent.Milestone(kind == BranchKind.HOTFIX ? "Hotfix cut" : "Release prepared", start));
        cut.flatMap(c -> c.message().raw().lines().filter(l -> l.startsWith(CUTOFF)).findFirst())
                .map(l -> l.substring(CUTOFF.length()).strip())
                .filter(id -> !id.isEmpty())
                .ifPresent(id -> steps.add(new ReleaseEvent.Milestone("Feature cutoff at "
                        + id.substring(0, Math.min(7, id.length())), start)));
        context.repository.findRefTime(trigger).filter(t -> !t.isBefore(start) && !t.isAfter(now))
                .ifPresent(t -> steps.add(new ReleaseEvent.Milestone("Production triggered", t)));
        steps.add(new ReleaseEvent.Milestone(failure == null ? "Deployed to production" : "Production failed", now));
        return steps;
    }

    private static boolean isCut(Commit commit, String tag) {
        String subject = commit.message().subject();
        return subject.equals(PREPARE + tag) || subject.equals(HOTFIX + tag);
    }
}
