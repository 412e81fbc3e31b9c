package dev.releaserules.core.flow;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Version;

/** What post-merge decided for a closed pull request (R-T3). */
public sealed interface PostMergeDecision {

    /**
     * Whether the production release was (or, in a dry run, would be) triggered.
     *
     * @return true for {@link Triggered}
     */
    default boolean triggered() {
        return this instanceof Triggered;
    }

    /**
     * The production release was triggered, once.
     *
     * @param version the version from the branch name
     * @param tag the existing tag the workflow runs on
     * @param workflow the triggered workflow
     * @param pullRequest the merged pull request number
     * @param mergedBy who merged it
     * @param plan the steps
     * @param dryRun whether nothing was changed
     */
    record Triggered(Version version, String tag, String workflow, int pullRequest, String mergedBy, Plan plan,
            boolean dryRun) implements PostMergeDecision {
        /**
         * Validates the parts.
         *
         * @param version the version
         * @param tag the tag
         * @param workflow the workflow
         * @param pullRequest the pull request
         * @param mergedBy who merged it
         * @param plan the plan
         * @param dryRun whether it was a dry run
         */
        public Triggered {
            Checks.notNull(version, "version");
            Checks.notBlank(tag, "tag");
            Checks.notBlank(workflow, "workflow");
            Checks.notNull(mergedBy, "mergedBy");
            Checks.notNull(plan, "plan");
        }
    }

    /**
     * The pull request does not concern production: not merged, not into the production branch, or
     * not from a release or hotfix branch.
     *
     * @param reason why
     */
    record NotApplicable(String reason) implements PostMergeDecision {
        /**
         * Validates the reason.
         *
         * @param reason the reason
         */
        public NotApplicable {
            Checks.notBlank(reason, "reason");
        }
    }

    /**
     * The version was triggered before: a second trigger is refused, so a version deploys once.
     *
     * @param version the version
     * @param reason what shows the earlier trigger
     */
    record AlreadyTriggered(Version version, String reason) implements PostMergeDecision {
        /**
         * Validates the parts.
         *
         * @param version the version
         * @param reason the reason
         */
        public AlreadyTriggered {
            Checks.notNull(version, "version");
            Checks.notBlank(reason, "reason");
        }
    }
}
