package dev.releaserules.core.spi;

import java.util.List;
import java.util.Map;

/**
 * The remote role of the {@link SourceRepository} port: what a remote such as {@code origin} has,
 * and one leased, atomic push.
 */
public interface RemoteAccess {

    /**
     * The refs a remote has now ({@code git ls-remote}), those under {@code refs/} only.
     *
     * @param remote the remote name
     * @return ref → commit id (tags peeled)
     * @throws RepositoryException with {@link RepositoryException.Reason#REMOTE_UNREACHABLE}
     */
    Map<RefName, String> remoteRefs(String remote);

    /**
     * Pushes refs to a remote in one atomic push, each with a lease: the remote compares every ref
     * with {@link RefLease#expectedId()} and sets it to {@link RefLease#newId()} under its lock, or
     * changes none. A lease on "absent" ({@link RefLease#create}) is refused before anything is sent
     * when the remote has that ref already, even at the same id, so two concurrent pushes of the same
     * new refs cannot both succeed.
     *
     * @param remote the remote name
     * @param leases the refs, at least one
     * @throws RepositoryException with {@link RepositoryException.Reason#PUSH_REJECTED} naming the
     *     refs whose lease failed, {@link RepositoryException.Reason#CONCURRENT_UPDATE} when another
     *     push held the remote's lock, or {@link RepositoryException.Reason#REMOTE_UNREACHABLE}
     */
    void push(String remote, List<RefLease> leases);
}
