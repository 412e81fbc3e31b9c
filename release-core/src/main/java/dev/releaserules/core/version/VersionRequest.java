package dev.releaserules.core.version;

import dev.releaserules.core.internal.Checks;

/**
 * What a caller asks for when a version is chosen: an explicit version, an increment, the step's
 * default, or the version as it was prepared.
 */
public sealed interface VersionRequest {

    /**
     * An explicit version, which must be a release version greater than the current one (R-V2).
     *
     * @param version the version to release
     * @return the request
     */
    static VersionRequest explicit(Version version) {
        return new Explicit(Checks.notNull(version, "version"));
    }

    /**
     * The current version incremented.
     *
     * @param increment which part to increment
     * @return the request
     */
    static VersionRequest increment(Increment increment) {
        return new Incremented(Checks.notNull(increment, "increment"));
    }

    /**
     * The step's default: a minor increment at prepare, a patch at hotfix, the prepared version at
     * every later step.
     *
     * @return the request
     */
    static VersionRequest stepDefault() {
        return StepDefault.INSTANCE;
    }

    /**
     * The version exactly as it was prepared: the only request steps after prepare accept (R-V3).
     *
     * @return the request
     */
    static VersionRequest asPrepared() {
        return AsPrepared.INSTANCE;
    }

    /**
     * An explicit version.
     *
     * @param version the version
     */
    record Explicit(Version version) implements VersionRequest {
        /** Validates the version. */
        public Explicit {
            Checks.notNull(version, "version");
        }
    }

    /**
     * An increment of the current version.
     *
     * @param increment which part to increment
     */
    record Incremented(Increment increment) implements VersionRequest {
        /** Validates the increment. */
        public Incremented {
            Checks.notNull(increment, "increment");
        }
    }

    /** The step's default. */
    enum StepDefault implements VersionRequest {
        /** The only instance. */
        INSTANCE
    }

    /** The version as prepared. */
    enum AsPrepared implements VersionRequest {
        /** The only instance. */
        INSTANCE
    }
}
