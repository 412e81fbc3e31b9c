package dev.releaserules.core.version;

import dev.releaserules.core.internal.Checks;

/**
 * The version a step settled on, with the version it started from and why.
 *
 * @param step the step that chose
 * @param current the version before the step (from the version file or the tag)
 * @param chosen the version the step uses
 * @param reason a one-line explanation, such as {@code 2.1.1 → 2.2.0: minor increment (default at prepare)}
 */
public record VersionChoice(ReleaseStep step, Version current, Version chosen, String reason) {

    /** Validates the parts. */
    public VersionChoice {
        Checks.notNull(step, "step");
        Checks.notNull(current, "current");
        Checks.notNull(chosen, "chosen");
        Checks.notNull(reason, "reason");
    }

    /**
     * Whether the step moved to a new version.
     *
     * @return true when {@code chosen} differs from {@code current}
     */
    public boolean isNewVersion() {
        return !chosen.equals(current);
    }
}
