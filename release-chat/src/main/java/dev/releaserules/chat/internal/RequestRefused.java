package dev.releaserules.chat.internal;

import dev.releaserules.core.ReleaseException;

/**
 * A request the transport refuses before any command runs: the HTTP status to answer with and the
 * reply text. The text never holds a secret or a stack trace.
 */
public final class RequestRefused extends ReleaseException {
    private static final long serialVersionUID = 1L;
    private final int status;

    /**
     * Creates the refusal.
     *
     * @param status the HTTP status
     * @param reply the reply text, safe to show to the caller
     */
    public RequestRefused(int status, String reply) {
        super(reply);
        this.status = status;
    }

    /**
     * The HTTP status to answer with.
     *
     * @return the status
     */
    public int status() {
        return status;
    }
}
