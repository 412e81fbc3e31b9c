package dev.releaserules.core.manifest;

import dev.releaserules.core.internal.Checks;

/**
 * A role approval of the whole release, such as the release manager's or the tech lead's.
 *
 * @param role the role as written, such as {@code Release Manager}; not blank
 * @param user who is expected to give it, or empty when anyone the policy allows may
 * @param status the status
 * @param at when it was given, as ISO-8601 text, or empty
 * @param extra fields the library does not model, kept as read
 */
public record Approval(String role, String user, ApprovalStatus status, String at, ExtraFields extra) {

    /** Validates the parts. */
    public Approval {
        Checks.notBlank(role, "approval role");
        Checks.notNull(user, "approver");
        Checks.notNull(status, "approval status");
        Times.check(at, "approval time");
        Checks.notNull(extra, "extra fields");
    }

    /**
     * A pending approval.
     *
     * @param role the role
     * @param user the expected approver, or empty
     * @return the approval
     */
    public static Approval pending(String role, String user) {
        return new Approval(role, user, ApprovalStatus.PENDING, "", ExtraFields.empty());
    }

    /**
     * A copy with another status, approver and time.
     *
     * @param newStatus the status
     * @param by who gave it
     * @param when when, as ISO-8601 text, or empty
     * @return the copy
     */
    public Approval with(ApprovalStatus newStatus, String by, String when) {
        return new Approval(role, by, newStatus, when, extra);
    }

    /**
     * Whether the role is the given one, ignoring case, spaces, {@code -} and {@code _}
     * ({@code Tech Lead} matches {@code tech_lead}).
     *
     * @param other a role name
     * @return true when they name the same role
     */
    public boolean isRole(String other) {
        return Roles.same(role, other);
    }
}
