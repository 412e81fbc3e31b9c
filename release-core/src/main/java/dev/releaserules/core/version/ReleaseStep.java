package dev.releaserules.core.version;

/**
 * The steps of a release, as far as version choice is concerned. Only {@link #PREPARE} and
 * {@link #HOTFIX} choose a new version; every later step uses the version chosen then (R-V3).
 */
public enum ReleaseStep {
    /** Cutting a regular release from the development branch: picks the version (R-V2). */
    PREPARE(true, Increment.MINOR),
    /** Cutting a hotfix from production: picks the version, a patch by default (R-V4). */
    HOTFIX(true, Increment.PATCH),
    /** Building for staging from a release branch: uses the prepared version (R-V5). */
    STAGING(false, Increment.PATCH),
    /** Checking tag and version before deploying (R-T2). */
    VALIDATE(false, Increment.PATCH),
    /** Reacting to the merged release pull request (R-T3). */
    POST_MERGE(false, Increment.PATCH),
    /** Building and publishing the production release. */
    RELEASE(false, Increment.PATCH),
    /** Bringing the release back to the development branch. */
    BACKPORT(false, Increment.PATCH);

    private final boolean choosesVersion;
    private final Increment defaultIncrement;

    ReleaseStep(boolean choosesVersion, Increment defaultIncrement) {
        this.choosesVersion = choosesVersion;
        this.defaultIncrement = defaultIncrement;
    }

    /**
     * Whether this step may choose a new version.
     *
     * @return true for {@link #PREPARE} and {@link #HOTFIX}
     */
    public boolean choosesVersion() {
        return choosesVersion;
    }

    /**
     * The increment used when the caller asks for none: minor for prepare, patch for a hotfix.
     * Meaningless for steps that do not choose a version.
     *
     * @return the default increment
     */
    public Increment defaultIncrement() {
        return defaultIncrement;
    }
}
