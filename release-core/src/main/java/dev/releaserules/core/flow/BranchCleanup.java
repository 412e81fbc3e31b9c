package dev.releaserules.core.flow;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.PullRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts that decide whether a release or hotfix branch may be deleted (R-BC): only after the
 * release was deployed and its backport pull request was merged, and while its tag exists — the tag,
 * not the branch, is what keeps the released commit. {@link #decide(BranchNames)} lists every unmet
 * condition, not just the first. Pure: the caller reads the facts from the repository and the host.
 *
 * <pre>{@code
 * BranchCleanupDecision d = BranchCleanup.builder().branch("release/v2.3.0")
 *         .deployed(true).backport(BranchCleanup.BackportState.of(backportPr)).tagExists(true)
 *         .build().decide(rules.branchNames());
 * if (d.mayDelete()) { ... }
 * }</pre>
 *
 * @param branch the branch to delete, such as {@code release/v2.3.0}
 * @param deployed whether the release reached production
 * @param backport where its backport pull request stands
 * @param tagExists whether the release tag exists
 */
public record BranchCleanup(String branch, boolean deployed, BackportState backport, boolean tagExists) {

    /** Where the backport pull request of a release stands. */
    public enum BackportState {
        /** No backport pull request was opened. */
        NOT_CREATED,
        /** It is open. */
        OPEN,
        /** It was merged. */
        MERGED,
        /** It was closed without merging. */
        CLOSED_UNMERGED;

        /**
         * The state of a backport pull request as the host reports it.
         *
         * @param pullRequest the backport pull request
         * @return its state
         */
        public static BackportState of(PullRequest pullRequest) {
            switch (Checks.notNull(pullRequest, "pullRequest").state()) {
                case MERGED:
                    return MERGED;
                case OPEN:
                    return OPEN;
                default:
                    return CLOSED_UNMERGED;
            }
        }
    }

    /** Validates the parts. */
    public BranchCleanup {
        Checks.notBlank(branch, "branch");
        Checks.notNull(backport, "backport");
    }

    /**
     * A builder with nothing met: not deployed, no backport, no tag.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Decides whether the branch may be deleted.
     *
     * @param names the branch names, which say whether it is a release or hotfix branch and its tag
     * @return the decision, listing every unmet condition
     */
    public BranchCleanupDecision decide(BranchNames names) {
        Checks.notNull(names, "names");
        Optional<FlowBranch> flowBranch = names.findReleaseOrHotfix(branch);
        String tag = flowBranch.map(b -> names.tagFormat().format(b.version())).orElse("");
        List<BranchCleanupDecision.Unmet> unmet = new ArrayList<>();
        if (flowBranch.isEmpty()) {
            unmet.add(new BranchCleanupDecision.Unmet(BranchCleanupDecision.Condition.RELEASE_OR_HOTFIX_BRANCH,
                    FlowMessages.cleanupNotReleaseBranch(branch)));
        }
        if (!deployed) {
            unmet.add(new BranchCleanupDecision.Unmet(BranchCleanupDecision.Condition.DEPLOYED,
                    FlowMessages.cleanupNotDeployed(branch)));
        }
        if (backport != BackportState.MERGED) {
            unmet.add(new BranchCleanupDecision.Unmet(BranchCleanupDecision.Condition.BACKPORT_MERGED,
                    FlowMessages.cleanupBackport(branch, backport)));
        }
        if (!tagExists) {
            unmet.add(new BranchCleanupDecision.Unmet(BranchCleanupDecision.Condition.TAG_EXISTS,
                    FlowMessages.cleanupTagMissing(branch, tag)));
        }
        return new BranchCleanupDecision(branch, unmet);
    }

    /** Builds {@link BranchCleanup}; every condition starts unmet. */
    public static final class Builder {
        private String branch;
        private boolean deployed;
        private BackportState backport = BackportState.NOT_CREATED;
        private boolean tagExists;

        private Builder() {
        }

        /**
         * The branch to delete.
         *
         * @param value the branch name
         * @return this builder
         */
        public Builder branch(String value) {
            this.branch = value;
            return this;
        }

        /**
         * Whether the release reached production; false unless set.
         *
         * @param value true once deployed
         * @return this builder
         */
        public Builder deployed(boolean value) {
            this.deployed = value;
            return this;
        }

        /**
         * Where the backport pull request stands; {@link BackportState#NOT_CREATED} unless set.
         *
         * @param value the state
         * @return this builder
         */
        public Builder backport(BackportState value) {
            this.backport = value;
            return this;
        }

        /**
         * Whether the release tag exists; false unless set.
         *
         * @param value true when it exists
         * @return this builder
         */
        public Builder tagExists(boolean value) {
            this.tagExists = value;
            return this;
        }

        /**
         * Builds the facts.
         *
         * @return the facts
         * @throws dev.releaserules.core.InvalidInputException when the branch is missing
         */
        public BranchCleanup build() {
            return new BranchCleanup(branch, deployed, backport, tagExists);
        }
    }
}
