package dev.releaserules.core.manifest;

import dev.releaserules.core.internal.Checks;

/**
 * The {@code release:} section of a manifest.
 *
 * @param id the release id
 * @param type the release type; {@link ReleaseType#REGULAR} when the file does not say
 * @param scheduledAt when the release is scheduled, as ISO-8601 text, or empty
 * @param releaseManager the release manager's handle, or empty
 * @param status the status
 * @param rolledBackBy who rolled the release back, or empty (R-D2)
 * @param rolledBackAt when, as ISO-8601 text, or empty
 * @param rollbackReason why, or empty
 * @param cancelledBy who cancelled the release, or empty
 * @param cancelledAt when, or empty
 * @param cancelReason why, or empty
 * @param description what the release is about, for people (a hotfix says what it fixes), or empty
 * @param scheduleOverride a recorded decision to run outside the schedule (R-WN1, R-FZ1), or {@link ScheduleOverride#none()}
 * @param extra fields the library does not model (such as {@code created_by}), kept as read
 */
public record ReleaseHeader(ReleaseId id, ReleaseType type, String scheduledAt, String releaseManager,
        ReleaseStatus status, String rolledBackBy, String rolledBackAt, String rollbackReason, String cancelledBy,
        String cancelledAt, String cancelReason, String description, ScheduleOverride scheduleOverride,
        ExtraFields extra) {

    /** The most characters a description keeps. */
    public static final int MAX_DESCRIPTION = 4_000;

    /** Validates the parts. */
    public ReleaseHeader {
        Checks.notNull(id, "release id");
        Checks.notNull(type, "release type");
        Times.check(scheduledAt, "scheduled time");
        Checks.notNull(releaseManager, "release manager");
        Checks.notNull(status, "release status");
        Checks.notNull(rolledBackBy, "rolled back by");
        Times.check(rolledBackAt, "rollback time");
        Checks.notNull(rollbackReason, "rollback reason");
        Checks.notNull(cancelledBy, "cancelled by");
        Times.check(cancelledAt, "cancellation time");
        Checks.notNull(cancelReason, "cancel reason");
        Checks.notNull(description, "description");
        if (description.length() > MAX_DESCRIPTION) {
            throw new dev.releaserules.core.InvalidInputException("release description",
                    description.substring(0, 40) + "…", Messages.atMost(MAX_DESCRIPTION, "characters"));
        }
        Checks.notNull(scheduleOverride, "schedule override");
        Checks.notNull(extra, "extra fields");
    }

    /**
     * A header without description or schedule override.
     *
     * @param id the release id
     * @param type the release type
     * @param scheduledAt when it is scheduled, or empty
     * @param releaseManager the release manager's handle, or empty
     * @param status the status
     * @param rolledBackBy who rolled it back, or empty
     * @param rolledBackAt when, or empty
     * @param rollbackReason why, or empty
     * @param cancelledBy who cancelled it, or empty
     * @param cancelledAt when, or empty
     * @param cancelReason why, or empty
     * @param extra the fields this library does not know, kept as read
     */
    public ReleaseHeader(ReleaseId id, ReleaseType type, String scheduledAt, String releaseManager,
            ReleaseStatus status, String rolledBackBy, String rolledBackAt, String rollbackReason, String cancelledBy,
            String cancelledAt, String cancelReason, ExtraFields extra) {
        this(id, type, scheduledAt, releaseManager, status, rolledBackBy, rolledBackAt, rollbackReason, cancelledBy,
                cancelledAt, cancelReason, "", ScheduleOverride.none(), extra);
    }

    /**
     * A header of a release that was never cancelled.
     *
     * @param id the release id
     * @param type the release type
     * @param scheduledAt when it is scheduled, or empty
     * @param releaseManager the release manager's handle, or empty
     * @param status the status
     * @param rolledBackBy who rolled it back, or empty
     * @param rolledBackAt when, or empty
     * @param rollbackReason why, or empty
     * @param extra the fields this library does not know, kept as read
     */
    public ReleaseHeader(ReleaseId id, ReleaseType type, String scheduledAt, String releaseManager,
            ReleaseStatus status, String rolledBackBy, String rolledBackAt, String rollbackReason, ExtraFields extra) {
        this(id, type, scheduledAt, releaseManager, status, rolledBackBy, rolledBackAt, rollbackReason, "", "", "",
                extra);
    }

    /**
     * A new draft header.
     *
     * @param id the id
     * @param type the type
     * @param scheduledAt the schedule as ISO-8601 text, or empty
     * @param releaseManager the release manager, or empty
     * @return the header
     */
    public static ReleaseHeader draft(ReleaseId id, ReleaseType type, String scheduledAt, String releaseManager) {
        return new ReleaseHeader(id, type, scheduledAt, releaseManager, ReleaseStatus.DRAFT, "", "", "",
                ExtraFields.empty());
    }

    /**
     * A copy with another status. Does not consult the status table; {@link ReleaseManifest#moveTo} does.
     *
     * @param other the status
     * @return the copy
     */
    ReleaseHeader withStatus(ReleaseStatus other) {
        return new ReleaseHeader(id, type, scheduledAt, releaseManager, other, rolledBackBy, rolledBackAt,
                rollbackReason, cancelledBy, cancelledAt, cancelReason, description, scheduleOverride, extra);
    }

    ReleaseHeader withRollback(String by, String at, String reason) {
        return new ReleaseHeader(id, type, scheduledAt, releaseManager, status, by, at, reason, cancelledBy,
                cancelledAt, cancelReason, description, scheduleOverride, extra);
    }

    ReleaseHeader withCancellation(String by, String at, String reason) {
        return new ReleaseHeader(id, type, scheduledAt, releaseManager, status, rolledBackBy, rolledBackAt,
                rollbackReason, by, at, reason, description, scheduleOverride, extra);
    }

    /**
     * A copy with a description, such as what a hotfix fixes.
     *
     * @param text the description, or empty; at most {@value #MAX_DESCRIPTION} characters
     * @return the copy
     */
    public ReleaseHeader withDescription(String text) {
        return new ReleaseHeader(id, type, scheduledAt, releaseManager, status, rolledBackBy, rolledBackAt,
                rollbackReason, cancelledBy, cancelledAt, cancelReason, text, scheduleOverride, extra);
    }

    ReleaseHeader withScheduleOverride(ScheduleOverride value) {
        return new ReleaseHeader(id, type, scheduledAt, releaseManager, status, rolledBackBy, rolledBackAt,
                rollbackReason, cancelledBy, cancelledAt, cancelReason, description, value, extra);
    }
}
