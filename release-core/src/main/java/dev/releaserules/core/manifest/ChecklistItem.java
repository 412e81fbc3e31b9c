package dev.releaserules.core.manifest;

import dev.releaserules.core.internal.Checks;

/**
 * One item of a release checklist.
 *
 * @param item what has to be done, such as {@code On-call team notified}; not blank
 * @param status whether it is done
 * @param required whether the release is blocked until it is done (R-SO2)
 * @param completedBy who did it, or empty
 * @param completedAt when, as ISO-8601 text, or empty
 * @param dueAt when it is due, as ISO-8601 text (release-day items, R-CL1), or empty
 * @param extra fields the library does not model, kept as read
 */
public record ChecklistItem(String item, ChecklistStatus status, boolean required, String completedBy,
        String completedAt, String dueAt, ExtraFields extra) {

    /** Validates the parts. */
    public ChecklistItem {
        Checks.notBlank(item, "checklist item");
        Checks.notNull(status, "checklist status");
        Checks.notNull(completedBy, "completed by");
        Times.check(completedAt, "completion time");
        Times.check(dueAt, "due time");
        Checks.notNull(extra, "extra fields");
    }

    /**
     * An item without a due time.
     *
     * @param item what has to be done
     * @param status whether it is done
     * @param required whether it blocks the release
     * @param completedBy who did it, or empty
     * @param completedAt when, or empty
     * @param extra fields the library does not model, kept as read
     */
    public ChecklistItem(String item, ChecklistStatus status, boolean required, String completedBy,
            String completedAt, ExtraFields extra) {
        this(item, status, required, completedBy, completedAt, "", extra);
    }

    /**
     * A pending item.
     *
     * @param item the item text
     * @param required whether it blocks the release
     * @return the item
     */
    public static ChecklistItem pending(String item, boolean required) {
        return new ChecklistItem(item, ChecklistStatus.PENDING, required, "", "", ExtraFields.empty());
    }

    /**
     * A copy marked completed.
     *
     * @param by who did it
     * @param at when, as ISO-8601 text, or empty
     * @return the copy
     */
    public ChecklistItem completed(String by, String at) {
        return new ChecklistItem(item, ChecklistStatus.COMPLETED, required, by, at, dueAt, extra);
    }

    /**
     * A copy due at a time.
     *
     * @param at when it is due, as ISO-8601 text, or empty
     * @return the copy
     */
    public ChecklistItem due(String at) {
        return new ChecklistItem(item, status, required, completedBy, completedAt, at, extra);
    }

    /**
     * Whether this item still blocks the release.
     *
     * @return true when required and not completed
     */
    public boolean isOutstanding() {
        return required && status == ChecklistStatus.PENDING;
    }
}
