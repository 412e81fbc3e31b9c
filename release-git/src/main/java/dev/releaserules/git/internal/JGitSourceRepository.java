package dev.releaserules.git.internal;

import static dev.releaserules.core.spi.RepositoryException.Reason.IO_FAILURE;
import static dev.releaserules.core.spi.RepositoryException.Reason.NOT_A_REPOSITORY;
import static dev.releaserules.core.spi.RepositoryException.Reason.SHALLOW_CLONE;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.spi.CommitChange;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.Identity;
import dev.releaserules.core.spi.MergeOutcome;
import dev.releaserules.core.spi.RefLease;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.spi.TagRef;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The {@link SourceRepository} port on a JGit {@link Repository}: one object that hands each role
 * to its collaborator — {@link JGitReader}, {@link JGitWriter} and {@link JGitRemote}.
 */
public final class JGitSourceRepository implements SourceRepository {
    private static final Consumer<String> NO_HOOK = refName -> { };

    /** How long a push may take unless the caller says otherwise. */
    public static final Duration DEFAULT_PUSH_TIMEOUT = Duration.ofMinutes(5);

    private final Repository repo;
    private final boolean owned;
    private final String label;
    private final JGitReader reader;
    private final JGitWriter writer;
    private final JGitRemote remote;

    JGitSourceRepository(Repository repo, boolean owned, Consumer<String> beforeRefUpdate) {
        this(repo, owned, beforeRefUpdate, DEFAULT_PUSH_TIMEOUT);
    }

    JGitSourceRepository(Repository repo, boolean owned, Consumer<String> beforeRefUpdate, Duration pushTimeout) {
        this.repo = repo;
        this.owned = owned;
        this.label = repo.getDirectory() != null ? repo.getDirectory().toString() : repo.toString();
        this.reader = new JGitReader(repo);
        this.writer = new JGitWriter(repo, reader, beforeRefUpdate);
        this.remote = new JGitRemote(repo, pushTimeout);
    }

    /**
     * Opens the repository at a path (a work tree or a git directory; parents are not searched).
     *
     * @param path the path
     * @param allowShallow whether a shallow clone is accepted
     * @return the repository, owning its JGit repository
     */
    public static SourceRepository open(Path path, boolean allowShallow) {
        return open(path, allowShallow, DEFAULT_PUSH_TIMEOUT);
    }

    /**
     * Opens the repository at a path with a time limit for every push.
     *
     * @param path the path
     * @param allowShallow whether a shallow clone is accepted
     * @param pushTimeout how long one push may take, positive
     * @return the repository, owning its JGit repository
     */
    public static SourceRepository open(Path path, boolean allowShallow, Duration pushTimeout) {
        File dir = path.toAbsolutePath().normalize().toFile();
        if (!dir.isDirectory()) {
            throw new RepositoryException(NOT_A_REPOSITORY, Messages.notARepository(dir.toString()));
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        if (new File(dir, Constants.DOT_GIT).exists()) {
            builder.setWorkTree(dir);
        } else {
            builder.setGitDir(dir);
        }
        Repository repo;
        try {
            repo = builder.build();
        } catch (RepositoryNotFoundException | IllegalArgumentException e) {
            throw new RepositoryException(NOT_A_REPOSITORY, Messages.notARepository(dir.toString()), e);
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("open " + dir), e);
        }
        return refuseShallow(new JGitSourceRepository(repo, true, NO_HOOK, pushTimeout), allowShallow);
    }

    /**
     * Wraps a caller-owned repository; closing the port leaves it open.
     *
     * @param repository the repository
     * @param allowShallow whether a shallow clone is accepted
     * @return the port
     */
    public static SourceRepository wrap(Repository repository, boolean allowShallow) {
        return wrap(repository, allowShallow, DEFAULT_PUSH_TIMEOUT);
    }

    /**
     * Wraps a caller-owned repository with a time limit for every push; closing the port leaves it open.
     *
     * @param repository the repository
     * @param allowShallow whether a shallow clone is accepted
     * @param pushTimeout how long one push may take, positive
     * @return the port
     */
    public static SourceRepository wrap(Repository repository, boolean allowShallow, Duration pushTimeout) {
        return refuseShallow(new JGitSourceRepository(repository, false, NO_HOOK, pushTimeout), allowShallow);
    }

    private static JGitSourceRepository refuseShallow(JGitSourceRepository source, boolean allowShallow) {
        if (!allowShallow && source.reader.isShallow()) {
            source.close();
            throw new RepositoryException(SHALLOW_CLONE, Messages.shallowClone(source.label));
        }
        return source;
    }

    @Override
    public List<TagRef> tags() {
        return reader.tags();
    }

    @Override
    public List<String> tagNames() {
        return reader.tagNames();
    }

    @Override
    public Optional<String> findCommit(String revision) {
        return reader.findCommit(revision);
    }

    @Override
    public String requireCommit(String revision) {
        return reader.requireCommit(revision);
    }

    @Override
    public Commit readCommit(String revision) {
        return reader.readCommit(revision);
    }

    @Override
    public Optional<String> findRefId(RefName ref) {
        return reader.findRefId(ref);
    }

    @Override
    public Optional<String> currentBranch() {
        return reader.currentBranch();
    }

    @Override
    public boolean isShallow() {
        return reader.isShallow();
    }

    @Override
    public boolean isClean() {
        return reader.isClean();
    }

    @Override
    public List<Commit> log(CommitRange range) {
        return reader.log(range);
    }

    @Override
    public List<CommitChange> changes(CommitRange range) {
        return reader.changes(range);
    }

    @Override
    public List<String> changedPaths(String fromRevision, String toRevision) {
        return reader.changedPaths(fromRevision, toRevision);
    }

    @Override
    public Optional<String> readFile(String revision, String path) {
        return reader.readFile(revision, path);
    }

    @Override
    public boolean isAncestor(String ancestor, String descendant) {
        return reader.isAncestor(ancestor, descendant);
    }

    @Override
    public java.util.Set<String> reachableFrom(String revision, java.util.Collection<String> commitIds) {
        return reader.reachableFrom(revision, commitIds);
    }

    @Override
    public void createRef(RefName ref, String commitId) {
        writer.createRef(ref, commitId);
    }

    @Override
    public void updateRef(RefName ref, String expectedId, String newId) {
        writer.updateRef(ref, expectedId, newId);
    }

    @Override
    public void deleteRef(RefName ref, String expectedId) {
        writer.deleteRef(ref, expectedId);
    }

    @Override
    public String commit(String branch, Map<String, String> files, String message, Identity author, Instant time) {
        return writer.commit(branch, files, message, author, time);
    }

    @Override
    public String createAnnotatedRef(RefName ref, String commitId, String message, Identity who, Instant time) {
        return writer.createAnnotatedRef(ref, commitId, message, who, time);
    }

    @Override
    public Optional<Instant> findRefTime(RefName ref) {
        return reader.findRefTime(ref);
    }

    @Override
    public String createTag(String tag, String commitId, String message, Identity tagger, Instant time) {
        return writer.createTag(tag, commitId, message, tagger, time);
    }

    @Override
    public String moveTag(String tag, String expectedId, String commitId, String message, Identity tagger,
            Instant time) {
        return writer.moveTag(tag, expectedId, commitId, message, tagger, time);
    }

    @Override
    public MergeOutcome merge(String targetBranch, String sourceRevision, String message, Identity author,
            Instant time) {
        return writer.merge(targetBranch, sourceRevision, message, author, time);
    }

    @Override
    public Map<RefName, String> remoteRefs(String remoteName) {
        return remote.remoteRefs(remoteName);
    }

    @Override
    public void push(String remoteName, List<RefLease> leases) {
        remote.push(remoteName, leases);
    }

    @Override
    public void close() {
        reader.close();
        if (owned) {
            repo.close();
        }
    }

    @Override
    public String toString() {
        return "JGitSourceRepository[" + label + "]";
    }
}
