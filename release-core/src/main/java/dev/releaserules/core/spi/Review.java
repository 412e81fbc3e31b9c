package dev.releaserules.core.spi;

import dev.releaserules.core.internal.Checks;
import java.time.Instant;

/**
 * A review of a pull request as the code host reports it.
 *
 * @param author who reviewed, as the host names them (such as {@code @alice})
 * @param state what the review said
 * @param commitId the commit it reviewed, empty when the host did not say
 * @param submittedAt when it was submitted
 */
public record Review(String author, State state, String commitId, Instant submittedAt) {

    /** What a review said. */
    public enum State {
        /** Approved the changes. */
        APPROVED,
        /** Asked for changes. */
        CHANGES_REQUESTED,
        /** Only commented. */
        COMMENTED,
        /** An earlier approval or request that was dismissed. */
        DISMISSED,
        /** Started but not submitted. */
        PENDING
    }

    /** Validates the parts. */
    public Review {
        Checks.notBlank(author, "author");
        Checks.notNull(state, "state");
        Checks.notNull(commitId, "commitId");
        Checks.notNull(submittedAt, "submittedAt");
    }
}
