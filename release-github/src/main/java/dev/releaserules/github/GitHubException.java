package dev.releaserules.github;

import dev.releaserules.core.ReleaseException;
import java.time.Instant;
import java.util.Optional;

/**
 * Thrown when GitHub refuses or fails a call; {@link #problem()} says which kind, and the message
 * says what to do about it (a permission the token lacks, a wrong repository, when to retry). The
 * message names the operation and GitHub's own short explanation, never the token.
 */
public class GitHubException extends ReleaseException {
    private static final long serialVersionUID = 1L;

    /** The kinds of failure. */
    public enum Problem {
        /** 401: the token is missing, expired or revoked. */
        UNAUTHORIZED,
        /** 403: the token lacks a permission (or the repository forbids the operation). */
        FORBIDDEN,
        /** 404: the repository or the object does not exist, or the token cannot see it. */
        NOT_FOUND,
        /** 422: GitHub refused the request's content. */
        UNPROCESSABLE,
        /** 422: what was to be created already exists. */
        ALREADY_EXISTS,
        /** 405/409: the pull request cannot be merged (not mergeable, head moved). */
        NOT_MERGEABLE,
        /** The primary rate limit is used up until {@link #retryAt()}. */
        RATE_LIMITED,
        /** A secondary rate limit: GitHub asked to wait before the next call. */
        SECONDARY_RATE_LIMITED,
        /** 5xx from GitHub, after the retries an idempotent call is allowed. */
        SERVER_ERROR,
        /** No answer, or an answer body that did not arrive, within the configured time. */
        TIMEOUT,
        /** The connection failed. */
        NETWORK,
        /** The answer was not what the API describes (not JSON, missing fields, too large). */
        BAD_ANSWER,
        /** A list needed more pages than the configured bound. */
        TOO_MANY_PAGES,
        /** Any other refusal (another 4xx). */
        REFUSED
    }

    private final Problem problem;
    private final int status;
    private final transient Instant retryAt;

    /**
     * Creates the exception.
     *
     * @param problem the kind of failure
     * @param status the HTTP status, or 0 when there was no answer
     * @param retryAt when a retry may succeed, or null when not known
     * @param message what failed and what to do
     */
    public GitHubException(Problem problem, int status, Instant retryAt, String message) {
        super(message);
        this.problem = problem;
        this.status = status;
        this.retryAt = retryAt;
    }

    /**
     * The kind of failure.
     *
     * @return the problem; never null
     */
    public Problem problem() {
        return problem;
    }

    /**
     * The HTTP status GitHub answered with.
     *
     * @return the status, or 0 when there was no answer (timeout, network)
     */
    public int status() {
        return status;
    }

    /**
     * When a retry may succeed: the rate limit's reset, or now plus {@code Retry-After}.
     *
     * @return the time, or empty when GitHub did not say
     */
    public Optional<Instant> retryAt() {
        return Optional.ofNullable(retryAt);
    }
}
