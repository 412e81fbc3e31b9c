package dev.releaserules.core.manifest;

import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.Priority;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.internal.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The events of release manifests (R-MF1, R-SO1, R-SO2, R-D1, R-D2): part of the one sealed
 * {@link ReleaseEvent} family, beside the domain they come from and typed by it ({@link ReleaseId},
 * {@link ReleaseType}, {@link ReleaseStatus}).
 */
public sealed interface ManifestEvent extends ReleaseEvent permits ManifestEvent.ReleaseCreated, ManifestEvent.SignOffPending, ManifestEvent.SignOffReceived, ManifestEvent.SignOffRejected, ManifestEvent.AllSignOffsReceived, ManifestEvent.ApprovalReceived, ManifestEvent.StatusChanged, ManifestEvent.DeploymentStarted, ManifestEvent.DeploymentCompleted, ManifestEvent.DeploymentFailed, ManifestEvent.RollbackInitiated, ManifestEvent.ReleaseCancelled {

    /**
     * The release the event is about.
     *
     * @return the release id
     */
    ReleaseId releaseId();

    /**
     * A release manifest was created.
     *
     * @param releaseId the release id, such as {@code rel-2024-01-15-001}
     * @param releaseType the release type, such as {@code regular}
     * @param scheduledFor when it is scheduled, or null when not scheduled
     * @param releaseManager the release manager's handle, or empty
     * @param componentCount how many components the release has
     * @param components the components' names, in manifest order; empty when not given
     * @param time when it happened
     */
    record ReleaseCreated(ReleaseId releaseId, ReleaseType releaseType, @org.jspecify.annotations.Nullable Instant scheduledFor,
            String releaseManager, int componentCount, java.util.List<String> components, Instant time)
            implements ManifestEvent {

        /**
         * An event without the components' names.
         *
         * @param releaseId the release id
         * @param releaseType the release type
         * @param scheduledFor when it is scheduled, or null
         * @param releaseManager the release manager's handle, or empty
         * @param componentCount how many components the release has
         * @param time when it happened
         */
        public ReleaseCreated(ReleaseId releaseId, ReleaseType releaseType,
                @org.jspecify.annotations.Nullable Instant scheduledFor, String releaseManager, int componentCount,
                Instant time) {
            this(releaseId, releaseType, scheduledFor, releaseManager, componentCount, java.util.List.of(), time);
        }

        /** Validates the fields. */
        public ReleaseCreated {
            if (componentCount < 0) {
                throw new dev.releaserules.core.InvalidInputException("component count", Integer.toString(componentCount),
                        "a number that is not negative");
            }
            Checks.notNull(releaseId, "releaseId");
            Checks.notNull(releaseType, "releaseType");
            Checks.notNull(releaseManager, "releaseManager");
            components = Checks.listCopy(components, "components");
            if (!components.isEmpty() && components.size() != componentCount) {
                throw new dev.releaserules.core.InvalidInputException("components", components.toString(),
                        componentCount + " names, one per component");
            }
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.RELEASE_CREATED;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("release_id", releaseId.value(), "release_type", releaseType.wireName(), "scheduled_for", Texts.orEmpty(scheduledFor), "release_manager", releaseManager, "component_count", Integer.toString(componentCount), "components", String.join(", ", components));
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
    record SignOffPending(ReleaseId releaseId, String component, String team, String teamLead, Instant time)
            implements ManifestEvent {
        /** Validates the fields. */
        public SignOffPending {
            Checks.notNull(releaseId, "releaseId");
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
        public Map<String, String> fields() {
            return Texts.fields("release_id", releaseId.value(), "component", component, "team", team, "team_lead", teamLead);
        }
    }

    /**
     * A component was signed off: its team lead (or a delegate) approved it (R-SO1).
     *
     * @param releaseId the release id
     * @param component the component
     * @param team the component's team
     * @param by who approved, such as {@code @alice}
     * @param time when it happened
     */
    record SignOffReceived(ReleaseId releaseId, String component, String team, String by, Instant time)
            implements ManifestEvent {
        /** Validates the fields. */
        public SignOffReceived {
            Checks.notNull(releaseId, "releaseId");
            Checks.notBlank(component, "component");
            Checks.notNull(team, "team");
            Checks.notBlank(by, "by");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.SIGNOFF_RECEIVED;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("release_id", releaseId.value(), "component", component, "team", team, "by", by);
        }
    }

    /**
     * A component's sign-off was rejected: it blocks the release until withdrawn (R-SO1).
     *
     * @param releaseId the release id
     * @param component the component
     * @param team the component's team
     * @param by who rejected it
     * @param reason why
     * @param time when it happened
     */
    record SignOffRejected(ReleaseId releaseId, String component, String team, String by, String reason, Instant time)
            implements ManifestEvent {
        /** Validates the fields. */
        public SignOffRejected {
            Checks.notNull(releaseId, "releaseId");
            Checks.notBlank(component, "component");
            Checks.notNull(team, "team");
            Checks.notBlank(by, "by");
            Checks.notNull(reason, "reason");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.SIGNOFF_REJECTED;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("release_id", releaseId.value(), "component", component, "team", team, "by", by,
                    "reason", reason);
        }
    }

    /**
     * Every required sign-off of a release is in.
     *
     * @param releaseId the release id
     * @param time when it happened
     */
    record AllSignOffsReceived(ReleaseId releaseId, Instant time) implements ManifestEvent {
        /** Validates the fields. */
        public AllSignOffsReceived {
            Checks.notNull(releaseId, "releaseId");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.ALL_SIGNOFFS_RECEIVED;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("release_id", releaseId.value());
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
    record ApprovalReceived(ReleaseId releaseId, String role, String by, Instant time) implements ManifestEvent {
        /** Validates the fields. */
        public ApprovalReceived {
            Checks.notNull(releaseId, "releaseId");
            Checks.notBlank(role, "role");
            Checks.notBlank(by, "by");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.APPROVAL_RECEIVED;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("release_id", releaseId.value(), "role", role, "by", by);
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
    record StatusChanged(ReleaseId releaseId, ReleaseStatus from, ReleaseStatus to, Instant time) implements ManifestEvent {
        /** Validates the fields. */
        public StatusChanged {
            Checks.notNull(releaseId, "releaseId");
            Checks.notNull(from, "from");
            Checks.notNull(to, "to");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.STATUS_CHANGED;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("release_id", releaseId.value(), "from", from.wireName(), "to", to.wireName());
        }
    }

    /**
     * A deployment started.
     *
     * @param releaseId the release id
     * @param dryRun whether nothing is really deployed
     * @param time when it happened
     */
    record DeploymentStarted(ReleaseId releaseId, boolean dryRun, Instant time) implements ManifestEvent {
        /** Validates the fields. */
        public DeploymentStarted {
            Checks.notNull(releaseId, "releaseId");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.DEPLOYMENT_STARTED;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("release_id", releaseId.value(), "dry_run", Boolean.toString(dryRun));
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
    record DeploymentCompleted(ReleaseId releaseId, boolean dryRun, Duration duration, Instant time)
            implements ManifestEvent {
        /** Validates the fields. */
        public DeploymentCompleted {
            Checks.notNull(releaseId, "releaseId");
            Checks.notNull(duration, "duration");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.DEPLOYMENT_COMPLETED;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("release_id", releaseId.value(), "dry_run", Boolean.toString(dryRun), "duration", Texts.duration(duration));
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
    record DeploymentFailed(ReleaseId releaseId, String component, String reason, Instant time) implements ManifestEvent {
        /** Validates the fields. */
        public DeploymentFailed {
            Checks.notNull(releaseId, "releaseId");
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
        public Map<String, String> fields() {
            return Texts.fields("release_id", releaseId.value(), "component", component, "reason", reason);
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
    record RollbackInitiated(ReleaseId releaseId, String by, String reason, Instant time) implements ManifestEvent {
        /** Validates the fields. */
        public RollbackInitiated {
            Checks.notNull(releaseId, "releaseId");
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
        public Map<String, String> fields() {
            return Texts.fields("release_id", releaseId.value(), "by", by, "reason", reason, "user", by);
        }
    }

    /**
     * A release was cancelled before deploying, with who and why (R-MF1).
     *
     * @param releaseId the release id
     * @param by who cancelled it
     * @param reason why
     * @param time when it happened
     */
    record ReleaseCancelled(ReleaseId releaseId, String by, String reason, Instant time) implements ManifestEvent {
        /** Validates the fields. */
        public ReleaseCancelled {
            Checks.notNull(releaseId, "releaseId");
            Checks.notBlank(by, "by");
            Checks.notBlank(reason, "reason");
            Checks.notNull(time, "time");
        }

        @Override
        public EventType type() {
            return EventType.RELEASE_CANCELLED;
        }

        @Override
        public Map<String, String> fields() {
            return Texts.fields("release_id", releaseId.value(), "by", by, "reason", reason);
        }
    }
}
