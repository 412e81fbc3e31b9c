package dev.releaserules.core.hosting;

/** The combined state of a pull request's required checks. */
public enum ChecksState {
    /** At least one required check has not finished, and none failed. */
    PENDING,
    /** Every required check passed. */
    PASSING,
    /** At least one required check failed. */
    FAILING
}
