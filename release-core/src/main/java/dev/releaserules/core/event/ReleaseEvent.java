package dev.releaserules.core.event;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.internal.Texts;
import dev.releaserules.core.version.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Something that happened in a release, for people to hear about.
 *
 * <p>Each event is an immutable record with typed fields. For message templates, every event also
 * offers its fields as text through {@link #attributes()}, whose keys are exactly
 * {@link EventType#allowedPlaceholders()} of its {@link #type()}. Times are ISO-8601 in UTC,
 * durations ISO-8601 ({@code PT12M30S}), absent optional values the empty string.
 *
 * <p>Events never carry secrets.
 */
public sealed interface ReleaseEvent permits ReleaseEvent.ReleasePrepared, ReleaseEvent.FeatureCutoff, ReleaseEvent.StagingDeployed, ReleaseEvent.ProductionTriggered, ReleaseEvent.ProductionSucceeded, ReleaseEvent.ProductionFailed, ReleaseEvent.ValidationFailed, ReleaseEvent.BackportCreated, ReleaseEvent.HotfixCreated, ReleaseEvent.ReleaseCompleted, dev.releaserules.core.manifest.ManifestEvent {

    /**
     * The kind of event.
     *
     * @return the type; never null
     */
    EventType type();

    /**
     * When the event happened, from the injected clock.
     *
     * @return the time; never null
     */
    Instant time();

    /**
     * How urgently people should hear about it.
     *
     * @return the priority; {@link Priority#NORMAL} unless the event type is urgent by nature
     */
    default Priority priority() {
        return Priority.NORMAL;
    }

    /**
     * The event's fields as text, keyed by placeholder name, in the order of
     * {@link EventType#placeholders()} followed by {@code event} and {@code time}.
     *
     * @return an unmodifiable map whose keys equal {@code type().allowedPlaceholders()}
     */
    default Map<String, String> attributes() {
        Map<String, String> out = new LinkedHashMap<>(fields());
        out.put("event", type().wireName());
        out.put("time", time().toString());
        return Collections.unmodifiableMap(out);
    }

    /**
     * The event's own fields as text, by placeholder name: exactly {@link EventType#placeholders()} of
     * its type, in that order (a test holds every event type to it). Used by {@link #attributes()}.
     *
     * @return placeholder name → text
     */
    Map<String, String> fields();

    /**
     * A release branch, its commit and its tag were prepared (R-T1), with the time by which the
     * release is expected to complete (R-TL).
     *
     * @param version the release version
     * @param tag the tag name, such as {@code v2.3.0}
     * @param branch the release branch, such as {@code release/v2.3.0}
     * @param pullRequest the release pull request number, 0 when none was opened (dry run)
     * @param targetTime when the release should be complete
     * @param links the pull request and the comparison with the previous release, where known
     * @param time when it happened
     */
    record ReleasePrepared(Version version, String tag, String branch, int pullRequest, Instant targetTime,
            Links links, Instant time) implements ReleaseEvent {
        /** Validates the fields. */
        public ReleasePrepared {
            Checks.notNull(version, "version");
            Checks.notBlank(tag, "tag");
            Checks.notBlank(branch, "branch");
            Checks.notNull(targetTime, "targetTime");
            Checks.notNull(links, "links");
            Checks.notNull(time, "time");
        }

        /**
         * An event without links.
         *
         * @param version the release version
         * @param tag the tag name
         * @param branch the release branch
         * @param pullRequest the pull request number, 0 when none was opened
         * @param targetTime when the release should be complete
         * @param time when it happened
         */
        public ReleasePrepared(Version version, String tag, String branch, int pullRequest, Instant targetTime,
                Instant time) {
            this(version, tag, branch, pullRequest, targetTime, Links.NONE, time);
        }

        @Override
        public EventType type() {
            return EventType.RELEASE_PREPARED;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("version", version.toString(), "tag", tag, "branch", branch, "pull_request", Texts.pullRequest(pullRequest), "target_time", targetTime.toString(),
                    "pull_request_url", links.pullRequest(), "compare_url", links.compare());
        }
    }

    /**
     * The feature cutoff of a release was taken: commits reaching the source branch after
     * {@code cutoffCommit} belong to the next release (R-B2).
     *
     * @param version the release version
     * @param branch the release branch
     * @param cutoffCommit the id of the last commit in the release
     * @param time when it happened
     */
    record FeatureCutoff(Version version, String branch, String cutoffCommit, Instant time) implements ReleaseEvent {
        /** Validates the fields. */
        public FeatureCutoff {
            Checks.notNull(version, "version");
            Checks.notBlank(branch, "branch");
            Checks.notBlank(cutoffCommit, "cutoffCommit");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.FEATURE_CUTOFF;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("version", version.toString(), "branch", branch, "cutoff_commit", cutoffCommit);
        }
    }

    /**
     * A staging build was deployed (R-V5).
     *
     * @param version the staging version, such as {@code 2.3.0-rc.1700000000}
     * @param branch the branch that was pushed
     * @param commit the deployed commit id
     * @param time when it happened
     */
    record StagingDeployed(Version version, String branch, String commit, Instant time) implements ReleaseEvent {
        /** Validates the fields. */
        public StagingDeployed {
            Checks.notNull(version, "version");
            Checks.notBlank(branch, "branch");
            Checks.notBlank(commit, "commit");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.STAGING_DEPLOYED;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("version", version.toString(), "branch", branch, "commit", commit);
        }
    }

    /**
     * A merged release or hotfix pull request triggered the production release (R-T3).
     *
     * @param version the release version
     * @param pullRequest the merged pull request number
     * @param mergedBy who merged it
     * @param links the pull request, the production workflow's runs and the comparison, where known
     * @param time when it happened
     */
    record ProductionTriggered(Version version, int pullRequest, String mergedBy, Links links, Instant time)
            implements ReleaseEvent {
        /** Validates the fields. */
        public ProductionTriggered {
            Checks.notNull(version, "version");
            Checks.notNull(mergedBy, "mergedBy");
            Checks.notNull(links, "links");
            Checks.notNull(time, "time");
        }

        /**
         * An event without links.
         *
         * @param version the release version
         * @param pullRequest the merged pull request number
         * @param mergedBy who merged it
         * @param time when it happened
         */
        public ProductionTriggered(Version version, int pullRequest, String mergedBy, Instant time) {
            this(version, pullRequest, mergedBy, Links.NONE, time);
        }

        @Override
        public EventType type() {
            return EventType.PRODUCTION_TRIGGERED;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("version", version.toString(), "pull_request", Texts.pullRequest(pullRequest), "merged_by", mergedBy,
                    "pull_request_url", links.pullRequest(), "run_url", links.run(), "compare_url", links.compare());
        }
    }

    /**
     * The production release succeeded.
     *
     * @param version the release version
     * @param artifact what was released, such as an image or a jar coordinate
     * @param duration how long the release took
     * @param releaseUrl the release page, or empty
     * @param elapsed how long the release took from prepare (or the hotfix cut) to now (R-TL)
     * @param target the release type's target for that (R-TL), such as 8 hours
     * @param links the run and the comparison with the previous release, where known
     * @param time when it happened
     */
    record ProductionSucceeded(Version version, String artifact, Duration duration, String releaseUrl,
            Duration elapsed, Duration target, Links links, Instant time) implements ReleaseEvent {

        /**
         * An event without links.
         *
         * @param version the release version
         * @param artifact what was released
         * @param duration how long the release took
         * @param releaseUrl the release page, or empty
         * @param elapsed how long since prepare
         * @param target the target
         * @param time when it happened
         */
        public ProductionSucceeded(Version version, String artifact, Duration duration, String releaseUrl,
                Duration elapsed, Duration target, Instant time) {
            this(version, artifact, duration, releaseUrl, elapsed, target, Links.NONE, time);
        }

        /** Validates the fields. */
        public ProductionSucceeded {
            Checks.notNull(version, "version");
            Checks.notNull(artifact, "artifact");
            Checks.notNull(duration, "duration");
            Checks.notNull(releaseUrl, "releaseUrl");
            Checks.notNull(elapsed, "elapsed");
            Checks.notNull(target, "target");
            Checks.notNull(links, "links");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.PRODUCTION_SUCCEEDED;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("version", version.toString(), "artifact", artifact, "duration", Texts.duration(duration),
                    "release_url", releaseUrl.isEmpty() ? links.release() : releaseUrl, "elapsed", Texts.duration(elapsed),
                    "target", Texts.duration(target), "run_url", links.run(), "compare_url", links.compare());
        }
    }

    /**
     * The production release failed.
     *
     * @param version the release version
     * @param artifact what was being released
     * @param duration how long it ran before failing
     * @param releaseUrl the release or run page, or empty
     * @param reason why it failed
     * @param elapsed how long since prepare (or the hotfix cut) (R-TL)
     * @param target the release type's target (R-TL)
     * @param links the run and the comparison with the previous release, where known
     * @param time when it happened
     */
    record ProductionFailed(Version version, String artifact, Duration duration, String releaseUrl, String reason,
            Duration elapsed, Duration target, Links links, Instant time) implements ReleaseEvent {

        /**
         * An event without links.
         *
         * @param version the release version
         * @param artifact what was being released
         * @param duration how long it ran
         * @param releaseUrl the release or run page, or empty
         * @param reason why it failed
         * @param elapsed how long since prepare
         * @param target the target
         * @param time when it happened
         */
        public ProductionFailed(Version version, String artifact, Duration duration, String releaseUrl, String reason,
                Duration elapsed, Duration target, Instant time) {
            this(version, artifact, duration, releaseUrl, reason, elapsed, target, Links.NONE, time);
        }

        /** Validates the fields. */
        public ProductionFailed {
            Checks.notNull(version, "version");
            Checks.notNull(artifact, "artifact");
            Checks.notNull(duration, "duration");
            Checks.notNull(releaseUrl, "releaseUrl");
            Checks.notNull(reason, "reason");
            Checks.notNull(elapsed, "elapsed");
            Checks.notNull(target, "target");
            Checks.notNull(links, "links");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.PRODUCTION_FAILED;
        }

        @Override
        public Priority priority() {
            return Priority.URGENT;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("version", version.toString(), "artifact", artifact, "duration", Texts.duration(duration),
                    "release_url", releaseUrl, "reason", reason, "elapsed", Texts.duration(elapsed), "target",
                    Texts.duration(target), "run_url", links.run(), "compare_url", links.compare());
        }
    }

    /**
     * The tag/version consistency check failed (R-T2).
     *
     * @param tag the tag that was checked
     * @param version the requested version as given
     * @param failures one line per failed check
     * @param time when it happened
     */
    record ValidationFailed(String tag, String version, List<String> failures, Instant time) implements ReleaseEvent {
        /** Validates and copies the fields. */
        public ValidationFailed {
            Checks.notNull(tag, "tag");
            Checks.notNull(version, "version");
            failures = Checks.listCopy(failures, "failures");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.VALIDATION_FAILED;
        }

        @Override
        public Priority priority() {
            return Priority.URGENT;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("tag", tag, "version", version, "failures", String.join("\n", failures));
        }
    }

    /**
     * A backport pull request bringing a release back to the development branch was created.
     *
     * @param version the released version
     * @param branch the backport branch, such as {@code backport/v2.3.0-to-develop}
     * @param pullRequest the pull request number, 0 in a dry run
     * @param pullRequestUrl the pull request's page, or empty
     * @param time when it happened
     */
    record BackportCreated(Version version, String branch, int pullRequest, String pullRequestUrl, Instant time)
            implements ReleaseEvent {
        /** Validates the fields. */
        public BackportCreated {
            Checks.notNull(version, "version");
            Checks.notBlank(branch, "branch");
            Links.NONE.withPullRequest(Checks.notNull(pullRequestUrl, "pullRequestUrl"));
            Checks.notNull(time, "time");
        }

        /**
         * An event without a link.
         *
         * @param version the released version
         * @param branch the backport branch
         * @param pullRequest the pull request number, 0 in a dry run
         * @param time when it happened
         */
        public BackportCreated(Version version, String branch, int pullRequest, Instant time) {
            this(version, branch, pullRequest, "", time);
        }

        @Override
        public EventType type() {
            return EventType.BACKPORT_CREATED;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("version", version.toString(), "branch", branch, "pull_request", Texts.pullRequest(pullRequest),
                    "pull_request_url", pullRequestUrl);
        }
    }

    /**
     * A hotfix branch and tag were created (R-V4); always urgent.
     *
     * @param version the hotfix version
     * @param tag the tag name
     * @param branch the hotfix branch, such as {@code hotfix/v2.3.1}
     * @param pullRequest the pull request number, 0 in a dry run
     * @param pullRequestUrl the pull request's page, or empty
     * @param description what the hotfix fixes, as its author wrote it, or empty
     * @param time when it happened
     */
    record HotfixCreated(Version version, String tag, String branch, int pullRequest, String pullRequestUrl,
            String description, Instant time) implements ReleaseEvent {
        /** Validates the fields. */
        public HotfixCreated {
            Checks.notNull(version, "version");
            Checks.notBlank(tag, "tag");
            Checks.notBlank(branch, "branch");
            Links.NONE.withPullRequest(Checks.notNull(pullRequestUrl, "pullRequestUrl"));
            Checks.notNull(description, "description");
            Checks.notNull(time, "time");
        }

        /**
         * An event without a link or description.
         *
         * @param version the hotfix version
         * @param tag the tag name
         * @param branch the hotfix branch
         * @param pullRequest the pull request number, 0 in a dry run
         * @param time when it happened
         */
        public HotfixCreated(Version version, String tag, String branch, int pullRequest, Instant time) {
            this(version, tag, branch, pullRequest, "", "", time);
        }

        @Override
        public EventType type() {
            return EventType.HOTFIX_CREATED;
        }

        @Override
        public Priority priority() {
            return Priority.URGENT;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("version", version.toString(), "tag", tag, "branch", branch, "pull_request", Texts.pullRequest(pullRequest),
                    "pull_request_url", pullRequestUrl, "description", description);
        }
    }

    /**
     * A release is complete: production succeeded (R-N1), with how long it took against its target and
     * the timeline of its steps as read from the git records (R-TL).
     *
     * @param version the release version
     * @param tag its tag
     * @param milestones the steps with their times, oldest first; the first is the start (T+0)
     * @param elapsed from the start to now
     * @param target the release type's target
     * @param late whether the target was missed
     * @param links the release page and the comparison with the previous release, where known
     * @param time when it happened
     */
    record ReleaseCompleted(Version version, String tag, List<Milestone> milestones, Duration elapsed, Duration target,
            boolean late, Links links, Instant time) implements ReleaseEvent {
        /** Validates and copies the fields. */
        public ReleaseCompleted {
            Checks.notNull(version, "version");
            Checks.notBlank(tag, "tag");
            milestones = Checks.listCopy(milestones, "milestones");
            if (milestones.isEmpty()) {
                throw new dev.releaserules.core.InvalidInputException("milestones", "[]", "at least the start");
            }
            Checks.notNull(elapsed, "elapsed");
            Checks.notNull(target, "target");
            Checks.notNull(links, "links");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.RELEASE_COMPLETED;
        }

        /**
         * The timeline as people write it, one line per step: {@code T+0: Release prepared},
         * {@code T+4h: Production triggered}, {@code T+5h 10m: Deployed to production}.
         *
         * @return the lines joined with newlines
         */
        public String timeline() {
            Instant start = milestones.get(0).at();
            StringBuilder out = new StringBuilder();
            for (Milestone m : milestones) {
                Duration since = Duration.between(start, m.at());
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append("T+").append(since.getSeconds() < 60 ? "0" : Texts.duration(since.withSeconds(
                        since.getSeconds() / 60 * 60))).append(": ").append(m.step());
            }
            return out.toString();
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("version", version.toString(), "tag", tag, "elapsed", Texts.duration(elapsed),
                    "target", Texts.duration(target), "late", late ? "late" : "on time", "timeline", timeline(),
                    "release_url", links.release(), "compare_url", links.compare());
        }
    }

    /**
     * One step of a release's timeline.
     *
     * @param step what happened, such as {@code Release prepared}
     * @param at when
     */
    record Milestone(String step, Instant at) {
        /** Validates the parts. */
        public Milestone {
            Checks.notBlank(step, "step");
            Checks.notNull(at, "at");
        }
    }
}
