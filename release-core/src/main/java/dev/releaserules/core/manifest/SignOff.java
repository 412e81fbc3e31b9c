package dev.releaserules.core.manifest;

import dev.releaserules.core.internal.Checks;
import java.util.List;

/**
 * A component's team sign-off (R-SO1): its status and, depending on it, who signed and when, the
 * rejection reason, or the commits that sent an earlier approval back to pending.
 *
 * @param status the status
 * @param by who approved or rejected; empty when pending, not required or not recorded
 * @param at when, as ISO-8601 text; empty when not recorded
 * @param reason the rejection reason; empty unless rejected
 * @param invalidatedBy ids of the commits that arrived after an approval and reset it to pending
 */
public record SignOff(SignOffStatus status, String by, String at, String reason, List<String> invalidatedBy) {
    /** The longest rejection reason accepted, in characters, so a manifest stays readable. */
    public static final int MAX_REASON = 1_000;

    /** Validates the parts. */
    public SignOff {
        Checks.notNull(status, "sign-off status");
        Checks.notNull(by, "signed by");
        Times.check(at, "sign-off time");
        Checks.notNull(reason, "rejection reason");
        invalidatedBy = Checks.listCopy(invalidatedBy, "invalidating commits");
        if (reason.length() > MAX_REASON) {
            throw new dev.releaserules.core.InvalidInputException("rejection reason", reason,
                    "at most " + MAX_REASON + " characters");
        }
        if (status == SignOffStatus.REJECTED && reason.isBlank()) {
            throw new dev.releaserules.core.InvalidInputException("rejection reason", reason, "a reason for the rejection");
        }
    }

    /**
     * A pending sign-off.
     *
     * @return the sign-off
     */
    public static SignOff pending() {
        return new SignOff(SignOffStatus.PENDING, "", "", "", List.of());
    }

    /**
     * A sign-off that is not needed.
     *
     * @return the sign-off
     */
    public static SignOff notRequired() {
        return new SignOff(SignOffStatus.NOT_REQUIRED, "", "", "", List.of());
    }

    /**
     * An approval.
     *
     * @param by who approved
     * @param at when, as ISO-8601 text, or empty
     * @return the sign-off
     */
    public static SignOff approved(String by, String at) {
        return new SignOff(SignOffStatus.APPROVED, by, at, "", List.of());
    }

    /**
     * A rejection.
     *
     * @param by who rejected
     * @param at when, as ISO-8601 text, or empty
     * @param reason why, not blank
     * @return the sign-off
     */
    public static SignOff rejected(String by, String at, String reason) {
        return new SignOff(SignOffStatus.REJECTED, by, at, reason, List.of());
    }

    /**
     * Whether this sign-off still has to be given before the release is ready.
     *
     * @return true when pending or rejected
     */
    public boolean isOutstanding() {
        return status == SignOffStatus.PENDING || status == SignOffStatus.REJECTED;
    }
}
