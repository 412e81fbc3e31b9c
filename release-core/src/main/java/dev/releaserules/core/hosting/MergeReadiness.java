package dev.releaserules.core.hosting;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.PullRequestStatus;
import dev.releaserules.core.spi.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a release pull request may be merged (R-MR): QA approved it, its checks passed, it has no
 * conflicts, and staging was validated (the pull request carries the staging label). A value: it
 * lists exactly what is missing.
 *
 * <pre>{@code
 * MergeReadiness ready = MergeReadiness.of(pr, hosting.reviews(pr.number()),
 *         hosting.pullRequestStatus(pr.number()), MergeReadiness.Policy.defaults());
 * if (!ready.isReady()) System.out.println(ready.missing());
 * }</pre>
 *
 * @param pullRequest the pull request number
 * @param qaApprovers who approved it among those allowed to sign for QA
 * @param checks the checks on its head
 * @param mergeability whether it merges without conflicts
 * @param stagingValidated whether staging was validated
 * @param missing what is missing, one line each; empty when ready
 */
public record MergeReadiness(int pullRequest, List<String> qaApprovers, ChecksState checks, Mergeability mergeability,
        boolean stagingValidated, List<String> missing) {

    /** Validates and copies the parts. */
    public MergeReadiness {
        qaApprovers = Checks.listCopy(qaApprovers, "qaApprovers");
        Checks.notNull(checks, "checks");
        Checks.notNull(mergeability, "mergeability");
        missing = Checks.listCopy(missing, "missing");
    }

    /**
     * Whether it may be merged.
     *
     * @return true when nothing is missing
     */
    public boolean isReady() {
        return missing.isEmpty();
    }

    /**
     * Decides the readiness of a release pull request from what the host reports. Pure.
     *
     * @param pr the pull request
     * @param reviews its reviews, oldest first
     * @param status its checks and mergeability
     * @param policy who signs for QA and how staging validation is shown
     * @return the readiness
     * @throws InvalidInputException when the status is of another pull request
     */
    public static MergeReadiness of(PullRequest pr, List<Review> reviews, PullRequestStatus status, Policy policy) {
        Checks.notNull(pr, "pr");
        Checks.notNull(status, "status");
        Checks.notNull(policy, "policy");
        if (status.number() != pr.number()) {
            throw new InvalidInputException("pull request status", "#" + status.number(),
                    "the status of pull request #" + pr.number());
        }
        List<String> qa = Approvers.of(reviews).stream().filter(policy::signsForQa).toList();
        boolean staging = pr.labels().stream().anyMatch(l -> l.equalsIgnoreCase(policy.stagingLabel()));
        List<String> missing = new ArrayList<>();
        if (pr.state() != PullRequest.State.OPEN) {
            missing.add(Messages.notOpen(pr.number(), pr.state().name().toLowerCase(Locale.ROOT)));
        }
        if (qa.isEmpty()) {
            missing.add(Messages.qaMissing(policy.qaReviewers()));
        }
        switch (status.checks()) {
            case FAILING -> missing.add(Messages.CHECKS_FAILED);
            case PENDING -> missing.add(Messages.CHECKS_PENDING);
            case PASSING -> { }
        }
        switch (status.mergeability()) {
            case CONFLICTING -> missing.add(Messages.conflicts(pr.base()));
            case UNKNOWN -> missing.add(Messages.MERGEABILITY_UNKNOWN);
            case MERGEABLE -> { }
        }
        if (!staging) {
            missing.add(Messages.stagingMissing(policy.stagingLabel()));
        }
        return new MergeReadiness(pr.number(), qa, status.checks(), status.mergeability(), staging, missing);
    }

    /**
     * Who signs for QA and how a validated staging is shown.
     *
     * @param qaReviewers the QA reviewers' handles; empty: any approving review counts
     * @param stagingLabel the label QA puts on the pull request once staging is validated
     */
    public record Policy(Set<String> qaReviewers, String stagingLabel) {

        /** Validates and copies the parts. */
        public Policy {
            qaReviewers = Set.copyOf(Checks.listCopy(qaReviewers, "qaReviewers"));
            Checks.notBlank(stagingLabel, "stagingLabel");
        }

        /**
         * Any approving review counts as QA's; staging is validated by the {@code staging-validated} label.
         *
         * @return the defaults
         */
        public static Policy defaults() {
            return new Policy(Set.of(), "staging-validated");
        }

        /**
         * A copy where only these reviewers sign for QA.
         *
         * @param handles the QA reviewers
         * @return the copy
         */
        public Policy withQaReviewers(Set<String> handles) {
            return new Policy(handles, stagingLabel);
        }

        boolean signsForQa(String login) {
            return qaReviewers.isEmpty() || qaReviewers.stream().anyMatch(h -> Approvers.key(h).equals(Approvers.key(login)));
        }
    }
}
