package dev.releaserules.github;

import dev.releaserules.core.ReleaseException;

/**
 * Thrown when a GitHub event cannot be taken in: the Actions variables are missing, the webhook
 * request is unsigned, badly signed or too large, or the payload is not what GitHub sends.
 * {@link #reason()} says which; the message names the input and what was expected, never the
 * webhook secret.
 */
public class GitHubEventException extends ReleaseException {
    private static final long serialVersionUID = 1L;

    /** Why an event was refused. */
    public enum Reason {
        /** {@code GITHUB_EVENT_NAME} or {@code GITHUB_EVENT_PATH} is not set. */
        MISSING_VARIABLE,
        /** The event file cannot be read. */
        UNREADABLE,
        /** The webhook request has no {@code X-Hub-Signature-256} or no {@code X-GitHub-Event}. */
        UNSIGNED,
        /** The signature does not match the body and the secret. */
        BAD_SIGNATURE,
        /** The payload is larger than the limit. */
        TOO_LARGE,
        /** The payload is not JSON, or lacks a field the event must have. */
        MALFORMED
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param message what was refused and what was expected
     */
    public GitHubEventException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /**
     * Why the event was refused.
     *
     * @return the reason; never null
     */
    public Reason reason() {
        return reason;
    }
}
