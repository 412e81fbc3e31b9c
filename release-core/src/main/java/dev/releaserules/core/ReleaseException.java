package dev.releaserules.core;

/**
 * The root of every exception Release Rules throws.
 *
 * <p>It is unchecked: bad input and refused rules are programming or configuration errors the
 * caller usually cannot recover from locally. Expected outcomes (a failed consistency check, a
 * release that is not ready) are values, not exceptions; their {@code orThrow()} methods throw a
 * subtype that carries the value. Messages never contain secrets.
 */
public class ReleaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, naming the input and what was expected
     */
    public ReleaseException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the lower-level cause.
     *
     * @param message what went wrong, naming the input and what was expected
     * @param cause the lower-level failure; never one whose message holds a secret
     */
    public ReleaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
