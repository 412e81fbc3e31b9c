package dev.releaserules.core.hosting;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.PullRequest.MergeMethod;
import java.util.Set;

/**
 * What the auto-merge policy (R-M1) decided for a pull request: {@link MergeNow merge now},
 * {@link Wait wait} (and for what), or {@link Never never} (and why). Whatever the outcome, the
 * decision says how the pull request must be merged — by the policy or by whoever merges it.
 */
public sealed interface MergeDecision {

    /**
     * How the pull request must be merged: {@link MergeMethod#MERGE_COMMIT} for release, hotfix and
     * backport pull requests; never {@link MergeMethod#NONE}.
     *
     * @return the merge method
     */
    MergeMethod mergeMethod();

    /**
     * Why, for a person: one line naming the pull request's branches and the rule.
     *
     * @return the reason, not blank
     */
    String reason();

    /**
     * Whether the policy merges the pull request now.
     *
     * @return true for {@link MergeNow}
     */
    default boolean isMergeNow() {
        return this instanceof MergeNow;
    }

    /** What a {@link Wait} waits for. */
    enum WaitingFor {
        /** Required checks that have not finished. */
        CHECKS_TO_FINISH,
        /** Failing required checks, fixed by a new push or a re-run. */
        FAILING_CHECKS_FIXED,
        /** A conflict with the base branch, resolved by hand. */
        CONFLICT_RESOLVED,
        /** The host to compute whether it merges cleanly. */
        MERGEABILITY_COMPUTED
    }

    /** Why a pull request is {@link Never} merged automatically. */
    enum Refusal {
        /** A release or hotfix pull request: a person merges it, with a merge commit. */
        RELEASE_OR_HOTFIX,
        /** It targets the production branch but is neither a release nor a hotfix. */
        PRODUCTION_BRANCH,
        /** A dependency update across a major version. */
        MAJOR_UPDATE,
        /** A dependency update whose size is not known. */
        UNKNOWN_UPDATE,
        /** An ordinary pull request without the {@code auto-merge} label. */
        NOT_OPTED_IN
    }

    /**
     * Merge now, with the given method.
     *
     * @param mergeMethod how to merge it
     * @param reason why it may be merged
     */
    record MergeNow(MergeMethod mergeMethod, String reason) implements MergeDecision {
        /** Validates the parts. */
        public MergeNow {
            requireMethod(mergeMethod);
            Checks.notBlank(reason, "reason");
        }
    }

    /**
     * Merge later, once everything it waits for has happened.
     *
     * @param waitingFor what it waits for, at least one
     * @param mergeMethod how to merge it then
     * @param reason what it waits for, for a person
     */
    record Wait(Set<WaitingFor> waitingFor, MergeMethod mergeMethod, String reason) implements MergeDecision {
        /** Validates and copies the parts. */
        public Wait {
            waitingFor = Set.copyOf(Checks.listCopy(waitingFor, "waitingFor"));
            if (waitingFor.isEmpty()) {
                throw new InvalidInputException("waitingFor", "[]", "at least one thing to wait for");
            }
            requireMethod(mergeMethod);
            Checks.notBlank(reason, "reason");
        }
    }

    /**
     * Never merged automatically; a person may still merge it, with {@link #mergeMethod()}.
     *
     * @param refusal why, as a value
     * @param mergeMethod how a person must merge it
     * @param reason why, for a person
     */
    record Never(Refusal refusal, MergeMethod mergeMethod, String reason) implements MergeDecision {
        /** Validates the parts. */
        public Never {
            Checks.notNull(refusal, "refusal");
            requireMethod(mergeMethod);
            Checks.notBlank(reason, "reason");
        }
    }

    private static void requireMethod(MergeMethod method) {
        if (Checks.notNull(method, "mergeMethod") == MergeMethod.NONE) {
            throw new InvalidInputException("merge method", method.name(), Messages.MERGE_METHOD);
        }
    }
}
