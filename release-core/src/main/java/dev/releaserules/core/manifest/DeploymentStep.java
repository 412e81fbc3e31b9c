package dev.releaserules.core.manifest;

import dev.releaserules.core.internal.Checks;

/**
 * What happened to one component during a deployment (R-D1), recorded in the manifest.
 *
 * @param component the component name
 * @param version the version deployed
 * @param outcome the result
 * @param detail the failure reason or verification note; empty when none
 * @param at when, as ISO-8601 text
 */
public record DeploymentStep(String component, ManifestVersion version, Outcome outcome, String detail, String at) {

    /** The result of deploying one component. */
    public enum Outcome {
        /** Deployed and verified. */
        DEPLOYED,
        /** Deploying or verifying failed. */
        FAILED,
        /** Not attempted because an earlier component failed. */
        NOT_STARTED;

        /**
         * The name used in manifests.
         *
         * @return the snake-case wire name
         */
        public String wireName() {
            return WireNames.of(this);
        }
    }

    /** Validates the parts. */
    public DeploymentStep {
        SafeNames.requireSafe(component, "component name");
        Checks.notNull(version, "version");
        Checks.notNull(outcome, "deployment outcome");
        Checks.notNull(detail, "detail");
        Times.check(at, "deployment time");
    }
}
