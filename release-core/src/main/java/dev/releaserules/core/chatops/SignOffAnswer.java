package dev.releaserules.core.chatops;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.Comment;

/**
 * One sign-off command read from a comment on a sign-off request, and what became of it.
 *
 * @param component the component the request is for
 * @param issue the request's issue number
 * @param comment the comment the command came from
 * @param outcome whether it was applied or refused
 * @param refusal why it was refused, in the manifest rules' words; empty when applied
 */
public record SignOffAnswer(String component, int issue, Comment comment, Outcome outcome, String refusal) {

    /** What became of an answer. */
    public enum Outcome {
        /** The sign-off rules accepted it; the manifest records it. */
        APPLIED,
        /** The sign-off rules refused it (not allowed, no reason, blocked...); nothing changed. */
        REFUSED
    }

    /** Validates the parts: a refusal has a reason, an applied answer has none. */
    public SignOffAnswer {
        Checks.notBlank(component, "component");
        Checks.notNull(comment, "comment");
        Checks.notNull(outcome, "outcome");
        Checks.notNull(refusal, "refusal");
        if ((outcome == Outcome.REFUSED) == refusal.isBlank()) {
            throw new dev.releaserules.core.InvalidInputException("refusal", refusal,
                    "a reason exactly when the outcome is REFUSED");
        }
    }

    /**
     * Whether it was applied.
     *
     * @return true for {@link Outcome#APPLIED}
     */
    public boolean isApplied() {
        return outcome == Outcome.APPLIED;
    }
}
