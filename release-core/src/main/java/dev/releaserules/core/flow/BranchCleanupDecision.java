package dev.releaserules.core.flow;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.internal.Checks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a release or hotfix branch may be deleted (R-BC), with every condition still unmet.
 *
 * @param branch the branch
 * @param unmet the unmet conditions, in the order of {@link Condition}; empty when it may be deleted
 */
public record BranchCleanupDecision(String branch, List<Unmet> unmet) {

    /** The conditions of R-BC. */
    public enum Condition {
        /** The branch is a release or hotfix branch. */
        RELEASE_OR_HOTFIX_BRANCH,
        /** The release was deployed to production. */
        DEPLOYED,
        /** Its backport pull request was merged. */
        BACKPORT_MERGED,
        /** Its tag exists. */
        TAG_EXISTS
    }

    /**
     * A condition that is not met.
     *
     * @param condition which one
     * @param message what is missing, for a person
     */
    public record Unmet(Condition condition, String message) {
        /** Validates the parts. */
        public Unmet {
            Checks.notNull(condition, "condition");
            Checks.notBlank(message, "message");
        }
    }

    /** Validates and copies the parts. */
    public BranchCleanupDecision {
        Checks.notBlank(branch, "branch");
        unmet = Checks.listCopy(unmet, "unmet");
    }

    /**
     * Whether the branch may be deleted.
     *
     * @return true when every condition is met
     */
    public boolean mayDelete() {
        return unmet.isEmpty();
    }

    /**
     * Same as {@link #mayDelete()}, for symmetry with the other reports.
     *
     * @return true when every condition is met
     */
    public boolean isOk() {
        return mayDelete();
    }

    /**
     * Returns this decision when the branch may be deleted, else throws.
     *
     * @return this decision
     * @throws RuleViolationException R-BC, listing every unmet condition, when it may not be deleted
     */
    public BranchCleanupDecision orThrow() {
        if (!mayDelete()) {
            throw new RuleViolationException(Rule.R_BC, FlowMessages.cleanupRefused(branch,
                    unmet.stream().map(Unmet::message).collect(Collectors.toList())));
        }
        return this;
    }
}
