package dev.releaserules.core.spi;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;

/**
 * One ref of a {@linkplain RemoteAccess#push(String, java.util.List) leased push}: what the
 * remote ref must hold now (the lease) and what it becomes. The remote compares and sets every ref
 * of the push under its lock, so two writers that read the same state cannot both win.
 *
 * <p>Ids are object ids as the ref holds them: for an annotated tag, the tag object, not the commit
 * it tags ({@link RepositoryReader#findRefId(RefName)} reads them).
 *
 * @param refName the ref, such as {@code refs/tags/v2.3.0}
 * @param expectedId the id the remote ref must hold now, or the empty string for "absent"
 * @param newId the id it is set to, or the empty string to delete it; the object must exist locally
 */
public record RefLease(RefName refName, String expectedId, String newId) {

    /**
     * Validates the parts.
     */
    public RefLease {
        Checks.notNull(refName, "refName");
        Checks.notNull(expectedId, "expectedId");
        Checks.notNull(newId, "newId");
        if (expectedId.isEmpty() && newId.isEmpty()) {
            throw new InvalidInputException("ref lease of " + refName, "absent → deleted",
                    "a ref that is created, moved or deleted");
        }
    }

    /**
     * Creates a ref the remote must not have yet.
     *
     * @param refName the full ref name
     * @param newId what it points at
     * @return the lease
     */
    public static RefLease create(RefName refName, String newId) {
        return new RefLease(refName, "", Checks.notBlank(newId, "newId"));
    }

    /**
     * Moves a ref the remote holds at an expected id, fast-forward or not.
     *
     * @param refName the full ref name
     * @param expectedId the id the remote must hold now
     * @param newId the new id
     * @return the lease
     */
    public static RefLease move(RefName refName, String expectedId, String newId) {
        return new RefLease(refName, Checks.notBlank(expectedId, "expectedId"), Checks.notBlank(newId, "newId"));
    }

    /**
     * Deletes a ref the remote holds at an expected id.
     *
     * @param refName the full ref name
     * @param expectedId the id the remote must hold now
     * @return the lease
     */
    public static RefLease delete(RefName refName, String expectedId) {
        return new RefLease(refName, Checks.notBlank(expectedId, "expectedId"), "");
    }

    /**
     * Whether the remote must not have the ref yet.
     *
     * @return true when {@link #expectedId()} is empty
     */
    public boolean expectsAbsent() {
        return expectedId.isEmpty();
    }

    /**
     * Whether the ref is deleted.
     *
     * @return true when {@link #newId()} is empty
     */
    public boolean deletes() {
        return newId.isEmpty();
    }
}
