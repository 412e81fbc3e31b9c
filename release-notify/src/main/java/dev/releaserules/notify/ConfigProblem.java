package dev.releaserules.notify;

import dev.releaserules.core.internal.Checks;

/**
 * One problem in a notification configuration, naming where it is.
 *
 * @param source the file the configuration came from, or {@code <builder>} for code
 * @param entry the entry, such as {@code notifications[2] (event signoff_pending)} or
 *     {@code channels."#releases"}
 * @param detail what is wrong, such as {@code message names unknown placeholder {user}; ...}
 */
public record ConfigProblem(String source, String entry, String detail) {

    /** Validates the fields. */
    public ConfigProblem {
        Checks.notNull(source, "source");
        Checks.notNull(entry, "entry");
        Checks.notBlank(detail, "detail");
    }

    /**
     * The problem on one line: {@code source: entry: detail}.
     *
     * @return the line
     */
    @Override
    public String toString() {
        return source + ": " + (entry.isEmpty() ? "" : entry + ": ") + detail;
    }
}
