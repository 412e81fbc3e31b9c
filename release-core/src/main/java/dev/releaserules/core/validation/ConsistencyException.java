package dev.releaserules.core.validation;

import dev.releaserules.core.ReleaseException;

/** Thrown by {@link ConsistencyReport#orThrow()}: the release stops, and every failed check is listed. */
public class ConsistencyException extends ReleaseException {
    private static final long serialVersionUID = 1L;

    private final transient ConsistencyReport report;

    /**
     * Creates the exception for a failed report.
     *
     * @param report the report with at least one violation
     */
    public ConsistencyException(ConsistencyReport report) {
        super(report.describe());
        this.report = report;
    }

    /**
     * The report that failed.
     *
     * @return the report
     */
    public ConsistencyReport report() {
        return report;
    }
}
