package dev.releaserules.core.manifest;

import dev.releaserules.core.ReleaseException;

/**
 * Thrown when a release would move between two statuses the status table (R-MF1) does not connect,
 * such as {@code draft → deployed}. Carries both statuses.
 */
public class IllegalTransitionException extends ReleaseException {
    private static final long serialVersionUID = 1L;

    private final ReleaseStatus from;
    private final ReleaseStatus to;

    /**
     * Creates the exception.
     *
     * @param from the current status
     * @param to the refused target status
     */
    public IllegalTransitionException(ReleaseStatus from, ReleaseStatus to) {
        super(Messages.illegalTransition(from, to));
        this.from = from;
        this.to = to;
    }

    /**
     * The status the release is in.
     *
     * @return the current status
     */
    public ReleaseStatus from() {
        return from;
    }

    /**
     * The status the release was asked to move to.
     *
     * @return the refused target
     */
    public ReleaseStatus to() {
        return to;
    }
}
