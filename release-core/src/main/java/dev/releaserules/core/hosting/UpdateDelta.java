package dev.releaserules.core.hosting;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Version;

/**
 * How big a dependency update is, in SemVer terms (R-M1).
 *
 * <p>The significant part is the left-most non-zero one, as npm's caret ranges read it: below 1.0.0
 * SemVer promises nothing (§4), so {@code 0.3.1 → 0.4.0} and {@code 0.0.3 → 0.0.4} are
 * {@link #MAJOR}. An update that is not a plain upgrade to a release — a downgrade, the same
 * version, or a pre-release target — is {@link #UNKNOWN}.
 */
public enum UpdateDelta {
    /** A backwards-compatible fix. */
    PATCH,
    /** A backwards-compatible feature. */
    MINOR,
    /** A breaking change, or any change below 1.0.0 that moves the left-most non-zero part. */
    MAJOR,
    /** Not known, or not a plain upgrade to a release. */
    UNKNOWN;

    /**
     * The delta between two versions.
     *
     * @param from the version before the update
     * @param to the version after it
     * @return the delta; {@link #UNKNOWN} unless {@code to} is a release greater than {@code from}
     */
    public static UpdateDelta between(Version from, Version to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        if (to.isPreRelease() || to.compareTo(from) <= 0) {
            return UNKNOWN;
        }
        if (from.major() != to.major()) {
            return MAJOR;
        }
        if (from.minor() != to.minor()) {
            return from.major() == 0 ? MAJOR : MINOR;
        }
        if (from.patch() != to.patch()) {
            return from.major() == 0 && from.minor() == 0 ? MAJOR : PATCH;
        }
        // Same core, and "to" is the release of a pre-release "from" (1.2.0-rc.1 -> 1.2.0).
        return UNKNOWN;
    }
}
