package dev.releaserules.core.flow;

import dev.releaserules.core.internal.Checks;

/**
 * What {@link CleanupCommand} decided and did.
 *
 * @param decision the R-BC decision, listing every unmet condition when the branch must stay
 * @param plan what was done, or in a dry run would be done; empty when the branch must stay
 * @param dryRun whether this was a dry run
 */
public record CleanupResult(BranchCleanupDecision decision, Plan plan, boolean dryRun) {

    /** Validates the parts. */
    public CleanupResult {
        Checks.notNull(decision, "decision");
        Checks.notNull(plan, "plan");
    }

    /**
     * Whether the branch was deleted (never in a dry run).
     *
     * @return true when it is gone
     */
    public boolean deleted() {
        return decision.mayDelete() && !dryRun;
    }
}
