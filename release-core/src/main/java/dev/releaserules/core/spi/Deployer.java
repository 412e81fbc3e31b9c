package dev.releaserules.core.spi;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Version;

/**
 * Deploys components to production and checks them afterwards (R-D1). The manifest rules call it
 * one component at a time: {@code deploy}, then {@code verify}, then the next component; the first
 * failure stops the rest.
 *
 * <p>Implementations report failures as a {@link Result}, never by throwing; an exception thrown
 * anyway is recorded as a failure of that component. Results must not carry secrets.
 */
public interface Deployer {

    /**
     * Deploys one component version.
     *
     * @param component the component name
     * @param version the version to deploy
     * @return whether it was deployed, with a note or the failure reason
     */
    Result deploy(String component, Version version);

    /**
     * Checks a deployed component version (health checks, smoke tests).
     *
     * @param component the component name
     * @param version the version that was deployed
     * @return whether it is healthy, with a note or the failure reason
     */
    Result verify(String component, Version version);

    /**
     * The result of a deployment step.
     *
     * @param ok whether the step succeeded
     * @param detail a note on success (may be empty) or the failure reason (not blank)
     */
    record Result(boolean ok, String detail) {
        /** Validates the parts: a failure needs a reason. */
        public Result {
            Checks.notNull(detail, "detail");
            if (!ok) {
                Checks.notBlank(detail, "failure reason");
            }
        }

        /**
         * A success.
         *
         * @param note what happened, or empty
         * @return the result
         */
        public static Result succeeded(String note) {
            return new Result(true, note);
        }

        /**
         * A failure.
         *
         * @param reason why, not blank
         * @return the result
         */
        public static Result failed(String reason) {
            return new Result(false, reason);
        }
    }
}
