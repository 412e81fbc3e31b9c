package dev.releaserules.core.validation;

import dev.releaserules.core.internal.Checks;

/**
 * One failed check of a consistency report.
 *
 * @param check which check failed
 * @param message what was found and what was expected, naming the tag, version or file
 */
public record Violation(Check check, String message) {

    /** Validates the parts. */
    public Violation {
        Checks.notNull(check, "check");
        Checks.notBlank(message, "message");
    }

    /**
     * The violation as one line: the check and the message.
     *
     * @return such as {@code TAG_FORMAT: tag "v2.2" is not ...}
     */
    @Override
    public String toString() {
        return check + ": " + message;
    }
}
