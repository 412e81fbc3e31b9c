package dev.releaserules.core.spi;

import dev.releaserules.core.ReleaseException;

/**
 * Thrown by a {@link SourceRepository} when the repository cannot do what was asked; the
 * {@link #reason()} says which of the known refusals it is. Adapters translate their own checked
 * exceptions into this one.
 */
public class RepositoryException extends ReleaseException {
    private static final long serialVersionUID = 1L;

    /** The kinds of refusal. */
    public enum Reason {
        /** The path is not a git repository. */
        NOT_A_REPOSITORY,
        /** The clone is shallow, so history (tags, ranges) would be wrong. */
        SHALLOW_CLONE,
        /** HEAD is detached where a branch is needed. */
        DETACHED_HEAD,
        /** The work tree has uncommitted changes. */
        DIRTY_WORK_TREE,
        /** A branch, tag or ref that must be new already exists. */
        REF_EXISTS,
        /** A revision, branch, tag or ref does not exist. */
        REF_NOT_FOUND,
        /** A ref moved while it was being updated (a concurrent writer won the compare-and-set). */
        CONCURRENT_UPDATE,
        /** The remote refused the push (for example a ref it already has). */
        PUSH_REJECTED,
        /** The remote could not be reached or is not configured. */
        REMOTE_UNREACHABLE,
        /** Reading or writing the repository failed. */
        IO_FAILURE,
        /** The branch is checked out in the work tree, so it cannot be deleted. */
        BRANCH_CHECKED_OUT
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason the kind of refusal
     * @param message what was refused, naming the repository, ref or path
     */
    public RepositoryException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /**
     * Creates the exception with its cause.
     *
     * @param reason the kind of refusal
     * @param message what was refused, naming the repository, ref or path
     * @param cause the adapter's underlying exception
     */
    public RepositoryException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /**
     * The kind of refusal.
     *
     * @return the reason; never null
     */
    public Reason reason() {
        return reason;
    }
}
