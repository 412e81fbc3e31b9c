package dev.releaserules.core.manifest;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;

/**
 * A recorded decision to run a release outside its schedule (R-WN1, R-FZ1): who decided, when and
 * why. Written in the manifest's {@code release:} section as {@code schedule_override}, so the
 * exception stays visible to everyone who reads the release afterwards.
 *
 * @param by who overrides, such as {@code @john.doe}; empty only in {@link #none()}
 * @param at when, as ISO-8601 text; empty only in {@link #none()}
 * @param reason why; empty only in {@link #none()}
 * @param extra fields the library does not model, kept as read
 */
public record ScheduleOverride(String by, String at, String reason, ExtraFields extra) {
    private static final ScheduleOverride NONE = new ScheduleOverride("", "", "", ExtraFields.empty());

    /** Validates the parts: all three are given, or none. */
    public ScheduleOverride {
        Checks.notNull(by, "override by");
        Times.check(at, "override time");
        Checks.notNull(reason, "override reason");
        Checks.notNull(extra, "extra fields");
        boolean empty = by.isEmpty() && at.isEmpty() && reason.isEmpty();
        if (!empty && (by.isBlank() || at.isEmpty() || reason.isBlank())) {
            throw new InvalidInputException("schedule override", "by=" + by + ", at=" + at + ", reason=" + reason,
                    Expected.SCHEDULE_OVERRIDE);
        }
        if (reason.length() > SignOff.MAX_REASON) {
            throw new InvalidInputException("schedule override reason", reason.substring(0, 40) + "…",
                    Messages.atMost(SignOff.MAX_REASON, "characters"));
        }
    }

    /**
     * An override.
     *
     * @param by who overrides
     * @param at when, as ISO-8601 text
     * @param reason why
     * @return the override
     */
    public static ScheduleOverride of(String by, String at, String reason) {
        return new ScheduleOverride(by, at, reason, ExtraFields.empty());
    }

    /**
     * No override.
     *
     * @return the empty override
     */
    public static ScheduleOverride none() {
        return NONE;
    }

    /**
     * Whether an override is recorded.
     *
     * @return true when someone overrode the schedule
     */
    public boolean isPresent() {
        return !by.isEmpty();
    }
}
