package dev.releaserules.core.flow;

import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Version;
import java.time.Instant;

/** Whether a push deploys to staging, and with which version (R-V5, R-S1). */
public sealed interface StagingDecision {

    /**
     * Whether to deploy.
     *
     * @return true for {@link Deploy}
     */
    default boolean deploys() {
        return this instanceof Deploy;
    }

    /**
     * Deploy this commit to staging as {@code X.Y.Z-rc.<epoch seconds>}.
     *
     * @param stagingVersion the staging version
     * @param branch the pushed branch
     * @param commitId the pushed head commit
     */
    record Deploy(Version stagingVersion, String branch, String commitId) implements StagingDecision {
        /** Validates the parts. */
        public Deploy {
            Checks.notNull(stagingVersion, "stagingVersion");
            Checks.notBlank(branch, "branch");
            Checks.notBlank(commitId, "commitId");
        }

        /**
         * The event to emit once the deployment is done.
         *
         * @param time when it finished
         * @return the staging-deployed event
         */
        public ReleaseEvent.StagingDeployed deployedEvent(Instant time) {
            return new ReleaseEvent.StagingDeployed(stagingVersion, branch, commitId, time);
        }
    }

    /**
     * Do not deploy.
     *
     * @param branch the pushed branch
     * @param reason why not, such as the head commit being a backport
     */
    record Skip(String branch, String reason) implements StagingDecision {
        /** Validates the parts. */
        public Skip {
            Checks.notBlank(branch, "branch");
            Checks.notBlank(reason, "reason");
        }
    }
}
