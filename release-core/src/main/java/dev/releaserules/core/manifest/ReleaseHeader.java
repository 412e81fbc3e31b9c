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
 * @param extra fields the library does not model (such as {@code created_by}), kept as read
 */
public record ReleaseHeader(ReleaseId id, ReleaseType type, String scheduledAt, String releaseManager,
        ReleaseStatus status, String rolledBackBy, String rolledBackAt, String rollbackReason, String cancelledBy,
        String cancelledAt, String cancelReason, ExtraFields extra) {

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
        Checks.notNull(extra, "extra fields");
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
                rollbackReason, cancelledBy, cancelledAt, cancelReason, extra);
    }

    ReleaseHeader withRollback(String by, String at, String reason) {
        return new ReleaseHeader(id, type, scheduledAt, releaseManager, status, by, at, reason, cancelledBy,
                cancelledAt, cancelReason, extra);
    }

    ReleaseHeader withCancellation(String by, String at, String reason) {
        return new ReleaseHeader(id, type, scheduledAt, releaseManager, status, rolledBackBy, rolledBackAt,
                rollbackReason, by, at, reason, extra);
    }
}
