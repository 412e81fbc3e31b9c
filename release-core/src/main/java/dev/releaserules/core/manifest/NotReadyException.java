package dev.releaserules.core.manifest;

import dev.releaserules.core.RuleViolationException;

/** Thrown by {@link Readiness#orThrow()} when a release is blocked (R-SO2); carries the readiness. */
public class NotReadyException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    private final transient Readiness readiness;

    /**
     * Creates the exception.
     *
     * @param readiness what is missing
     */
    public NotReadyException(Readiness readiness) {
        super(dev.releaserules.core.Rule.R_SO2, Messages.notReady(readiness));
        this.readiness = readiness;
    }

    /**
     * What is missing.
     *
     * @return the readiness value
     */
    public Readiness readiness() {
        return readiness;
    }
}
