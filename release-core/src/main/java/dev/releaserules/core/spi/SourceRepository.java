package dev.releaserules.core.spi;

/**
 * The port to a source repository: what the release flow reads from and writes to git, in three
 * roles — {@link RepositoryReader reads}, {@link RepositoryWriter object and ref writes} and the
 * {@link RemoteAccess remote}. Every operation is abstract: an adapter implements all of them, and
 * the testkit's in-memory repository and the JGit adapter pass one contract suite.
 *
 * <p>Every failure is a {@link RepositoryException} with a {@link RepositoryException.Reason};
 * implementations never let their own checked exceptions escape. Implementations are not required
 * to be thread-safe.
 */
public interface SourceRepository extends RepositoryReader, RepositoryWriter, RemoteAccess, AutoCloseable {

    /**
     * Releases the repository's resources. Never throws.
     */
    @Override
    void close();
}
