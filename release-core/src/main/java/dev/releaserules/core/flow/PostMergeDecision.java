package dev.releaserules.core.flow;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.PullRequest.MergeMethod;
import dev.releaserules.core.version.Version;
import java.util.Optional;

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
     * The production release was triggered, once. A release pull request merged by squash or rebase
     * still triggers — the tag, not the merge, is what ships — but {@link #mergeMethodWarning()} says
     * so: the production branch then does not contain the tagged commit, and later ranges (the
     * backport, the next changelog) see the release's changes again as a copy (R-M1, R-T3).
     *
     * @param version the version from the branch name
     * @param tag the existing tag the workflow runs on
     * @param workflow the triggered workflow
     * @param pullRequest the merged pull request number
     * @param mergedBy who merged it
     * @param mergeMethod how the host says it was merged; {@link MergeMethod#NONE} when the host did not say
     * @param plan the steps
     * @param dryRun whether nothing was changed
     */
    record Triggered(Version version, String tag, String workflow, int pullRequest, String mergedBy,
            MergeMethod mergeMethod, Plan plan, boolean dryRun) implements PostMergeDecision {
        /** Validates the parts. */
        public Triggered {
            Checks.notNull(version, "version");
            Checks.notBlank(tag, "tag");
            Checks.notBlank(workflow, "workflow");
            Checks.notNull(mergedBy, "mergedBy");
            Checks.notNull(mergeMethod, "mergeMethod");
            Checks.notNull(plan, "plan");
        }

        /**
         * The warning when the release pull request was squashed or rebased instead of merged with a
         * merge commit. A host that did not report the method ({@link MergeMethod#NONE}) gets no
         * warning: there is nothing to check.
         *
         * @return the warning, or empty after a merge commit or an unreported method
         */
        public Optional<MergeMethodWarning> mergeMethodWarning() {
            if (mergeMethod == MergeMethod.SQUASH || mergeMethod == MergeMethod.REBASE) {
                return Optional.of(new MergeMethodWarning(pullRequest, tag, mergeMethod,
                        FlowMessages.notMergeCommit(pullRequest, tag, mergeMethod)));
            }
            return Optional.empty();
        }
    }

    /**
     * A release or hotfix pull request was merged without a merge commit (R-M1, R-T3).
     *
     * @param pullRequest the pull request number
     * @param tag the release tag
     * @param mergeMethod how it was merged: {@link MergeMethod#SQUASH} or {@link MergeMethod#REBASE}
     * @param message what happened and what to do, naming the pull request and the method
     */
    record MergeMethodWarning(int pullRequest, String tag, MergeMethod mergeMethod, String message) {
        /** Validates the parts. */
        public MergeMethodWarning {
            Checks.notBlank(tag, "tag");
            Checks.notNull(mergeMethod, "mergeMethod");
            Checks.notBlank(message, "message");
        }
    }

    /**
     * The pull request does not concern production: not merged, not into the production branch, or
     * not from a release or hotfix branch.
     *
     * @param reason why
     */
    record NotApplicable(String reason) implements PostMergeDecision {
        /** Validates the reason. */
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
        /** Validates the parts. */
        public AlreadyTriggered {
            Checks.notNull(version, "version");
            Checks.notBlank(reason, "reason");
        }
    }
}
