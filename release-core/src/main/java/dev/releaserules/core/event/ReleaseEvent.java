package dev.releaserules.core.event;

import dev.releaserules.core.internal.Checks;
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
public sealed interface ReleaseEvent {

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
        List<String> names = type().placeholders();
        List<String> values = values();
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), values.get(i));
        }
        out.put("event", type().wireName());
        out.put("time", time().toString());
        return Collections.unmodifiableMap(out);
    }

    /**
     * The values of {@link EventType#placeholders()}, in the same order. Used by {@link #attributes()}.
     *
     * @return one text per placeholder of the type
     */
    List<String> values();

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String number(int pullRequest) {
        return pullRequest > 0 ? Integer.toString(pullRequest) : "";
    }

    /**
     * A release branch, its commit and its tag were prepared (R-T1), with the time by which the
     * release is expected to complete (R-TL).
     *
     * @param version the release version
     * @param tag the tag name, such as {@code v2.3.0}
     * @param branch the release branch, such as {@code release/v2.3.0}
     * @param pullRequest the release pull request number, 0 when none was opened (dry run)
     * @param targetTime when the release should be complete
     * @param time when it happened
     */
    record ReleasePrepared(Version version, String tag, String branch, int pullRequest, Instant targetTime,
            Instant time) implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param version the release version
         * @param tag the tag name
         * @param branch the release branch
         * @param pullRequest the pull request number, or 0
         * @param targetTime the expected completion time
         * @param time when it happened
         */
        public ReleasePrepared {
            Checks.notNull(version, "version");
            Checks.notBlank(tag, "tag");
            Checks.notBlank(branch, "branch");
            Checks.notNull(targetTime, "targetTime");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.RELEASE_PREPARED;
        }

        @Override
        public List<String> values() {
            return List.of(version.toString(), tag, branch, number(pullRequest), targetTime.toString());
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
        /**
         * Validates the fields.
         *
         * @param version the release version
         * @param branch the release branch
         * @param cutoffCommit the cutoff commit id
         * @param time when it happened
         */
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
        public List<String> values() {
            return List.of(version.toString(), branch, cutoffCommit);
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
        /**
         * Validates the fields.
         *
         * @param version the staging version
         * @param branch the branch
         * @param commit the commit id
         * @param time when it happened
         */
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
        public List<String> values() {
            return List.of(version.toString(), branch, commit);
        }
    }

    /**
     * A merged release or hotfix pull request triggered the production release (R-T3).
     *
     * @param version the release version
     * @param pullRequest the merged pull request number
     * @param mergedBy who merged it
     * @param time when it happened
     */
    record ProductionTriggered(Version version, int pullRequest, String mergedBy, Instant time) implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param version the release version
         * @param pullRequest the pull request number
         * @param mergedBy who merged it
         * @param time when it happened
         */
        public ProductionTriggered {
            Checks.notNull(version, "version");
            Checks.notNull(mergedBy, "mergedBy");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.PRODUCTION_TRIGGERED;
        }

        @Override
        public List<String> values() {
            return List.of(version.toString(), number(pullRequest), mergedBy);
        }
    }

    /**
     * The production release succeeded.
     *
     * @param version the release version
     * @param artifact what was released, such as an image or a jar coordinate
     * @param duration how long the release took
     * @param releaseUrl the release page, or empty
     * @param time when it happened
     */
    record ProductionSucceeded(Version version, String artifact, Duration duration, String releaseUrl, Instant time)
            implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param version the release version
         * @param artifact what was released
         * @param duration how long it took
         * @param releaseUrl the release page, or empty
         * @param time when it happened
         */
        public ProductionSucceeded {
            Checks.notNull(version, "version");
            Checks.notNull(artifact, "artifact");
            Checks.notNull(duration, "duration");
            Checks.notNull(releaseUrl, "releaseUrl");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.PRODUCTION_SUCCEEDED;
        }

        @Override
        public List<String> values() {
            return List.of(version.toString(), artifact, duration.toString(), releaseUrl);
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
     * @param time when it happened
     */
    record ProductionFailed(Version version, String artifact, Duration duration, String releaseUrl, String reason,
            Instant time) implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param version the release version
         * @param artifact what was being released
         * @param duration how long it ran
         * @param releaseUrl the release or run page, or empty
         * @param reason why it failed
         * @param time when it happened
         */
        public ProductionFailed {
            Checks.notNull(version, "version");
            Checks.notNull(artifact, "artifact");
            Checks.notNull(duration, "duration");
            Checks.notNull(releaseUrl, "releaseUrl");
            Checks.notNull(reason, "reason");
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
        public List<String> values() {
            return List.of(version.toString(), artifact, duration.toString(), releaseUrl, reason);
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
        /**
         * Validates and copies the fields.
         *
         * @param tag the tag
         * @param version the requested version
         * @param failures the failed checks
         * @param time when it happened
         */
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
        public List<String> values() {
            return List.of(tag, version, String.join("\n", failures));
        }
    }

    /**
     * A backport pull request bringing a release back to the development branch was created.
     *
     * @param version the released version
     * @param branch the backport branch, such as {@code backport/v2.3.0-to-develop}
     * @param pullRequest the pull request number, 0 in a dry run
     * @param time when it happened
     */
    record BackportCreated(Version version, String branch, int pullRequest, Instant time) implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param version the released version
         * @param branch the backport branch
         * @param pullRequest the pull request number, or 0
         * @param time when it happened
         */
        public BackportCreated {
            Checks.notNull(version, "version");
            Checks.notBlank(branch, "branch");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.BACKPORT_CREATED;
        }

        @Override
        public List<String> values() {
            return List.of(version.toString(), branch, number(pullRequest));
        }
    }

    /**
     * A hotfix branch and tag were created (R-V4); always urgent.
     *
     * @param version the hotfix version
     * @param tag the tag name
     * @param branch the hotfix branch, such as {@code hotfix/v2.3.1}
     * @param pullRequest the pull request number, 0 in a dry run
     * @param time when it happened
     */
    record HotfixCreated(Version version, String tag, String branch, int pullRequest, Instant time)
            implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param version the hotfix version
         * @param tag the tag name
         * @param branch the hotfix branch
         * @param pullRequest the pull request number, or 0
         * @param time when it happened
         */
        public HotfixCreated {
            Checks.notNull(version, "version");
            Checks.notBlank(tag, "tag");
            Checks.notBlank(branch, "branch");
            Checks.notNull(time, "time");
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
        public List<String> values() {
            return List.of(version.toString(), tag, branch, number(pullRequest));
        }
    }

    /**
     * A release manifest was created.
     *
     * @param releaseId the release id, such as {@code rel-2024-01-15-001}
     * @param releaseType the release type, such as {@code regular}
     * @param scheduledFor when it is scheduled, or null when not scheduled
     * @param releaseManager the release manager's handle, or empty
     * @param componentCount how many components the release has
     * @param time when it happened
     */
    record ReleaseCreated(String releaseId, String releaseType, @org.jspecify.annotations.Nullable Instant scheduledFor,
            String releaseManager, int componentCount, Instant time) implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param releaseId the release id
         * @param releaseType the release type
         * @param scheduledFor the schedule, or null
         * @param releaseManager the release manager, or empty
         * @param componentCount the number of components, not negative
         * @param time when it happened
         */
        public ReleaseCreated {
            if (componentCount < 0) {
                throw new dev.releaserules.core.InvalidInputException("component count", Integer.toString(componentCount),
                        "a number that is not negative");
            }
            Checks.notBlank(releaseId, "releaseId");
            Checks.notBlank(releaseType, "releaseType");
            Checks.notNull(releaseManager, "releaseManager");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.RELEASE_CREATED;
        }

        @Override
        public List<String> values() {
            return List.of(releaseId, releaseType, text(scheduledFor), releaseManager, Integer.toString(componentCount));
        }
    }

    /**
     * A component's sign-off is awaited.
     *
     * @param releaseId the release id
     * @param component the component
     * @param team the component's team
     * @param teamLead who signs for it
     * @param time when it happened
     */
    record SignOffPending(String releaseId, String component, String team, String teamLead, Instant time)
            implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param releaseId the release id
         * @param component the component
         * @param team the team
         * @param teamLead the team lead
         * @param time when it happened
         */
        public SignOffPending {
            Checks.notBlank(releaseId, "releaseId");
            Checks.notBlank(component, "component");
            Checks.notNull(team, "team");
            Checks.notNull(teamLead, "teamLead");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.SIGNOFF_PENDING;
        }

        @Override
        public List<String> values() {
            return List.of(releaseId, component, team, teamLead);
        }
    }

    /**
     * A component's sign-off arrived: an approval, or a rejection with its reason.
     *
     * @param releaseId the release id
     * @param component the component
     * @param team the component's team
     * @param by who signed
     * @param approved true for an approval, false for a rejection
     * @param reason the rejection reason, empty for an approval
     * @param time when it happened
     */
    record SignOffReceived(String releaseId, String component, String team, String by, boolean approved, String reason,
            Instant time) implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param releaseId the release id
         * @param component the component
         * @param team the team
         * @param by who signed
         * @param approved whether it is an approval
         * @param reason the rejection reason, or empty
         * @param time when it happened
         */
        public SignOffReceived {
            Checks.notBlank(releaseId, "releaseId");
            Checks.notBlank(component, "component");
            Checks.notNull(team, "team");
            Checks.notBlank(by, "by");
            Checks.notNull(reason, "reason");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.SIGNOFF_RECEIVED;
        }

        @Override
        public List<String> values() {
            return List.of(releaseId, component, team, by, approved ? "approved" : "rejected", reason);
        }
    }

    /**
     * Every required sign-off of a release is in.
     *
     * @param releaseId the release id
     * @param time when it happened
     */
    record AllSignOffsReceived(String releaseId, Instant time) implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param releaseId the release id
         * @param time when it happened
         */
        public AllSignOffsReceived {
            Checks.notBlank(releaseId, "releaseId");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.ALL_SIGNOFFS_RECEIVED;
        }

        @Override
        public List<String> values() {
            return List.of(releaseId);
        }
    }

    /**
     * A role approval (release manager, tech lead, on-call...) arrived.
     *
     * @param releaseId the release id
     * @param role the role, such as {@code release_manager}
     * @param by who approved
     * @param time when it happened
     */
    record ApprovalReceived(String releaseId, String role, String by, Instant time) implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param releaseId the release id
         * @param role the role
         * @param by who approved
         * @param time when it happened
         */
        public ApprovalReceived {
            Checks.notBlank(releaseId, "releaseId");
            Checks.notBlank(role, "role");
            Checks.notBlank(by, "by");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.APPROVAL_RECEIVED;
        }

        @Override
        public List<String> values() {
            return List.of(releaseId, role, by);
        }
    }

    /**
     * A release moved from one status to another.
     *
     * @param releaseId the release id
     * @param from the status it left, in wire form such as {@code pending_approval}
     * @param to the status it reached, in wire form
     * @param time when it happened
     */
    record StatusChanged(String releaseId, String from, String to, Instant time) implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param releaseId the release id
         * @param from the old status
         * @param to the new status
         * @param time when it happened
         */
        public StatusChanged {
            Checks.notBlank(releaseId, "releaseId");
            Checks.notBlank(from, "from");
            Checks.notBlank(to, "to");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.STATUS_CHANGED;
        }

        @Override
        public List<String> values() {
            return List.of(releaseId, from, to);
        }
    }

    /**
     * A deployment started.
     *
     * @param releaseId the release id
     * @param dryRun whether nothing is really deployed
     * @param time when it happened
     */
    record DeploymentStarted(String releaseId, boolean dryRun, Instant time) implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param releaseId the release id
         * @param dryRun whether it is a dry run
         * @param time when it happened
         */
        public DeploymentStarted {
            Checks.notBlank(releaseId, "releaseId");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.DEPLOYMENT_STARTED;
        }

        @Override
        public List<String> values() {
            return List.of(releaseId, Boolean.toString(dryRun));
        }
    }

    /**
     * Every component was deployed and verified.
     *
     * @param releaseId the release id
     * @param dryRun whether nothing was really deployed
     * @param duration how long the deployment took
     * @param time when it happened
     */
    record DeploymentCompleted(String releaseId, boolean dryRun, Duration duration, Instant time)
            implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param releaseId the release id
         * @param dryRun whether it was a dry run
         * @param duration how long it took
         * @param time when it happened
         */
        public DeploymentCompleted {
            Checks.notBlank(releaseId, "releaseId");
            Checks.notNull(duration, "duration");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.DEPLOYMENT_COMPLETED;
        }

        @Override
        public List<String> values() {
            return List.of(releaseId, Boolean.toString(dryRun), duration.toString());
        }
    }

    /**
     * A component failed to deploy or verify, so the components after it were not deployed (R-D1).
     *
     * @param releaseId the release id
     * @param component the component that failed
     * @param reason why
     * @param time when it happened
     */
    record DeploymentFailed(String releaseId, String component, String reason, Instant time) implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param releaseId the release id
         * @param component the failed component
         * @param reason why it failed
         * @param time when it happened
         */
        public DeploymentFailed {
            Checks.notBlank(releaseId, "releaseId");
            Checks.notBlank(component, "component");
            Checks.notNull(reason, "reason");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.DEPLOYMENT_FAILED;
        }

        @Override
        public Priority priority() {
            return Priority.URGENT;
        }

        @Override
        public List<String> values() {
            return List.of(releaseId, component, reason);
        }
    }

    /**
     * A rollback was started (R-D2); always urgent.
     *
     * @param releaseId the release id
     * @param by who started it
     * @param reason why
     * @param time when it happened
     */
    record RollbackInitiated(String releaseId, String by, String reason, Instant time) implements ReleaseEvent {
        /**
         * Validates the fields.
         *
         * @param releaseId the release id
         * @param by who started it
         * @param reason why
         * @param time when it happened
         */
        public RollbackInitiated {
            Checks.notBlank(releaseId, "releaseId");
            Checks.notBlank(by, "by");
            Checks.notBlank(reason, "reason");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.ROLLBACK_INITIATED;
        }

        @Override
        public Priority priority() {
            return Priority.URGENT;
        }

        @Override
        public List<String> values() {
            return List.of(releaseId, by, reason, by);
        }
    }
}
