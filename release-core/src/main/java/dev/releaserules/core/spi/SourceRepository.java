package dev.releaserules.core.spi;

import dev.releaserules.core.commit.Commit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port to a source repository: what the release flow reads from and writes to git.
 *
 * <p>Revisions are anything git resolves to a commit: a branch name ({@code develop}), a tag name
 * ({@code v1.2.3}), a full ref ({@code refs/heads/main}) or a commit id. Writes never touch the work
 * tree: commits, tags, branches and merges are made on refs with compare-and-set updates, so two
 * concurrent writers cannot both succeed and a failure never leaves a half-written ref.
 *
 * <p>Every failure is a {@link RepositoryException} with a {@link RepositoryException.Reason};
 * implementations never let their own checked exceptions escape. Implementations are not required
 * to be thread-safe.
 */
public interface SourceRepository extends AutoCloseable {

    /**
     * All tags of the repository, read and peeled once (annotated tags to the commit they tag).
     * Tags that do not point at a commit are left out.
     *
     * @return the tags in no particular order
     */
    List<TagRef> tags();

    /**
     * The names of all tags, without reading the objects they point at: much cheaper than {@link
     * #tags()} on a cold repository with many annotated tags. A name may point at something other
     * than a commit; {@link #findCommit} on {@code refs/tags/<name>} tells.
     *
     * <p>The default takes the names from {@link #tags()}; adapters override it.
     *
     * @return the tag names (without {@code refs/tags/}), in no particular order
     */
    default List<String> tagNames() {
        return tags().stream().map(TagRef::name).toList();
    }

    /**
     * Resolves a revision to a commit id.
     *
     * @param revision a branch, tag, full ref or commit id
     * @return the commit id, or empty when the revision does not exist
     */
    Optional<String> findCommit(String revision);

    /**
     * Resolves a revision that must exist to a commit id.
     *
     * @param revision a branch, tag, full ref or commit id
     * @return the commit id
     * @throws RepositoryException with {@link RepositoryException.Reason#REF_NOT_FOUND} when it does not exist
     */
    default String requireCommit(String revision) {
        return findCommit(revision).orElseThrow(() -> new RepositoryException(
                RepositoryException.Reason.REF_NOT_FOUND, "Revision \"" + revision + "\" does not exist in the repository"));
    }

    /**
     * Reads one commit.
     *
     * <p>The default walks {@link #log} and keeps the first commit; adapters override it with a
     * direct read.
     *
     * @param revision a branch, tag, full ref or commit id
     * @return the commit the revision resolves to
     * @throws RepositoryException with {@link RepositoryException.Reason#REF_NOT_FOUND} when it does not exist
     */
    default Commit readCommit(String revision) {
        List<Commit> commits = log(CommitRange.upTo(requireCommit(revision)));
        return commits.get(0);
    }

    /**
     * The branch the work tree has checked out.
     *
     * @return the short branch name, or empty when HEAD is detached or the repository is bare
     */
    Optional<String> currentBranch();

    /**
     * The branch the work tree has checked out, for steps that need one.
     *
     * @return the short branch name
     * @throws RepositoryException with {@link RepositoryException.Reason#DETACHED_HEAD} when HEAD is
     *     detached or the repository is bare
     */
    default String requireCurrentBranch() {
        return currentBranch().orElseThrow(() -> new RepositoryException(RepositoryException.Reason.DETACHED_HEAD,
                "HEAD is detached (or the repository is bare): check out a branch first"));
    }

    /**
     * Whether the repository is a shallow clone, whose history and tags cannot be trusted.
     *
     * @return true for a shallow clone
     */
    boolean isShallow();

    /**
     * Whether the work tree has no uncommitted changes (untracked files ignored). A bare repository
     * is always clean.
     *
     * @return true when there is nothing uncommitted
     */
    boolean isClean();

    /**
     * Refuses a work tree with uncommitted changes, for steps that must start from a clean state.
     *
     * @throws RepositoryException with {@link RepositoryException.Reason#DIRTY_WORK_TREE} when
     *     {@link #isClean()} is false
     */
    default void requireClean() {
        if (!isClean()) {
            throw new RepositoryException(RepositoryException.Reason.DIRTY_WORK_TREE,
                    "The work tree has uncommitted changes: commit or stash them first");
        }
    }

    /**
     * The commits of a range, newest first, in git's default order. No diffs are computed.
     *
     * @param range the range
     * @return the commits
     * @throws RepositoryException when a revision of the range does not exist
     */
    List<Commit> log(CommitRange range);

    /**
     * The commits of a range with the paths each changed against its first parent (for the root
     * commit, all its paths), newest first. Renames are not detected: both old and new paths appear.
     *
     * @param range the range
     * @return one change per commit
     * @throws RepositoryException when a revision of the range does not exist
     */
    List<CommitChange> changes(CommitRange range);

    /**
     * The paths that differ between two revisions, without rename detection, sorted.
     *
     * @param fromRevision the older revision
     * @param toRevision the newer revision
     * @return the changed paths (old and new path of a rename)
     * @throws RepositoryException when a revision does not exist
     */
    List<String> changedPaths(String fromRevision, String toRevision);

    /**
     * Reads a file as UTF-8 at a revision.
     *
     * @param revision the revision
     * @param path the path from the repository root, with {@code /} separators
     * @return the content, or empty when the file does not exist at that revision
     * @throws RepositoryException when the revision does not exist
     */
    Optional<String> readFile(String revision, String path);

    /**
     * Whether one commit is an ancestor of (or equal to) another.
     *
     * @param ancestor the possible ancestor
     * @param descendant the possible descendant
     * @return true when {@code ancestor} is reachable from {@code descendant}
     * @throws RepositoryException when a revision does not exist
     */
    boolean isAncestor(String ancestor, String descendant);

    /**
     * Creates a ref that must not exist yet, pointing at a commit (compare-and-set from absent).
     *
     * @param refName the full ref name, such as {@code refs/heads/release/v2.3.0} or
     *     {@code refs/release-rules/triggered/v2.3.0}
     * @param commitId the commit to point at
     * @throws RepositoryException with {@link RepositoryException.Reason#REF_EXISTS} when the ref exists
     */
    void createRef(String refName, String commitId);

    /**
     * Creates a branch that must not exist yet.
     *
     * @param branch the short branch name, such as {@code release/v2.3.0}
     * @param commitId the commit to start from
     * @throws RepositoryException with {@link RepositoryException.Reason#REF_EXISTS} when it exists
     */
    default void createBranch(String branch, String commitId) {
        createRef("refs/heads/" + branch, commitId);
    }

    /**
     * Deletes a branch (compare-and-set against its current commit).
     *
     * @param branch the short branch name
     * @throws RepositoryException when it does not exist or is checked out
     */
    void deleteBranch(String branch);

    /**
     * Commits files on top of a branch's head and moves the branch to the new commit
     * (compare-and-set), without touching the work tree.
     *
     * @param branch the short branch name; it must exist
     * @param files path → UTF-8 content of the files to add or replace
     * @param message the commit message
     * @param author the author and committer
     * @param time the author and commit time
     * @return the new commit's id
     * @throws RepositoryException with {@link RepositoryException.Reason#CONCURRENT_UPDATE} when the
     *     branch moved meanwhile
     */
    String commit(String branch, Map<String, String> files, String message, Identity author, Instant time);

    /**
     * Creates an annotated tag that must not exist yet.
     *
     * @param tag the tag name, such as {@code v2.3.0}
     * @param commitId the commit to tag
     * @param message the tag message
     * @param tagger who tags
     * @param time the tag time
     * @throws RepositoryException with {@link RepositoryException.Reason#REF_EXISTS} when it exists
     */
    void createTag(String tag, String commitId, String message, Identity tagger, Instant time);

    /**
     * Merges a revision into a branch with a merge commit even when a fast-forward would do
     * ({@code --no-ff}), without touching the work tree. On a conflict nothing changes.
     *
     * @param targetBranch the branch that receives the merge
     * @param sourceRevision what to merge
     * @param message the merge commit message
     * @param author the author and committer
     * @param time the commit time
     * @return the merge commit, or the conflicting paths
     */
    MergeOutcome merge(String targetBranch, String sourceRevision, String message, Identity author, Instant time);

    /**
     * Pushes refs to a remote in one atomic push: either every ref is updated or none is.
     *
     * @param remote the remote name, such as {@code origin}
     * @param refNames full ref names, such as {@code refs/heads/release/v2.3.0} and {@code refs/tags/v2.3.0}
     * @param mustBeNew when true, the push is refused if the remote already has any of the refs
     *     (a lease on "absent"), so two concurrent pushes of the same new refs cannot both succeed
     * @throws RepositoryException with {@link RepositoryException.Reason#PUSH_REJECTED} naming the
     *     refused refs, or {@link RepositoryException.Reason#REMOTE_UNREACHABLE}
     */
    void push(String remote, List<String> refNames, boolean mustBeNew);

    /**
     * Pushes refs to a remote in one atomic push, each with a lease: the remote compares every ref
     * with {@link RefLease#expectedId()} and sets it to {@link RefLease#newId()} under its lock, or
     * changes none. Unlike {@link #push(String, List, boolean)}, refs need not exist locally under the
     * same name (a record ref can be deleted on the remote, a moved tag replaced).
     *
     * <p>Optional capability: the default refuses with a {@link dev.releaserules.core.ReleaseException}.
     *
     * @param remote the remote name
     * @param leases the refs, at least one
     * @throws RepositoryException with {@link RepositoryException.Reason#PUSH_REJECTED} naming the
     *     refs whose lease failed, or {@link RepositoryException.Reason#REMOTE_UNREACHABLE}
     */
    default void push(String remote, List<RefLease> leases) {
        throw new dev.releaserules.core.ReleaseException(Messages.unsupportedByRepository("leased pushes"));
    }

    /**
     * The object a ref points at, not peeled: for an annotated tag, the tag object. This is the id a
     * {@link RefLease} expects.
     *
     * <p>Optional capability: the default refuses with a {@link dev.releaserules.core.ReleaseException}.
     *
     * @param refName the full ref name
     * @return the object id, or empty when the ref does not exist
     */
    default Optional<String> findRefId(String refName) {
        throw new dev.releaserules.core.ReleaseException(Messages.unsupportedByRepository("reading ref ids"));
    }

    /**
     * Replaces an annotated tag by a new one on another commit, compare-and-set against the tag
     * object it held. Only for a tag that was never deployed: released tags never move.
     *
     * <p>Optional capability: the default refuses with a {@link dev.releaserules.core.ReleaseException}.
     *
     * @param tag the short tag name, such as {@code v2.3.0}
     * @param expectedId the tag object (or commit, for a lightweight tag) the tag holds now
     * @param commitId the commit to tag
     * @param message the tag message
     * @param tagger who tags
     * @param time the tag time
     * @return the new tag object's id
     * @throws RepositoryException with {@link RepositoryException.Reason#REF_NOT_FOUND} when the tag
     *     does not exist, {@link RepositoryException.Reason#CONCURRENT_UPDATE} when it holds another id
     */
    default String moveTag(String tag, String expectedId, String commitId, String message, Identity tagger,
            Instant time) {
        throw new dev.releaserules.core.ReleaseException(Messages.unsupportedByRepository("moving tags"));
    }

    /**
     * Sets an existing ref to another object, compare-and-set against the id it holds, fast-forward
     * or not (to put back a tag whose move the remote refused, for one).
     *
     * <p>Optional capability: the default refuses with a {@link dev.releaserules.core.ReleaseException}.
     *
     * @param refName the full ref name
     * @param expectedId the id it must hold now
     * @param newId the object it is set to; it must exist
     * @throws RepositoryException with {@link RepositoryException.Reason#REF_NOT_FOUND} when the ref
     *     or the object does not exist, {@link RepositoryException.Reason#CONCURRENT_UPDATE} when it
     *     holds another id
     */
    default void updateRef(String refName, String expectedId, String newId) {
        throw new dev.releaserules.core.ReleaseException(Messages.unsupportedByRepository("updating refs"));
    }

    /**
     * Deletes a ref, compare-and-set against the id it holds.
     *
     * <p>Optional capability: the default refuses with a {@link dev.releaserules.core.ReleaseException}.
     *
     * @param refName the full ref name, such as {@code refs/release-rules/triggered/v2.3.0}
     * @param expectedId the id it must hold now
     * @throws RepositoryException with {@link RepositoryException.Reason#REF_NOT_FOUND} when it does
     *     not exist, {@link RepositoryException.Reason#CONCURRENT_UPDATE} when it holds another id
     */
    default void deleteRef(String refName, String expectedId) {
        throw new dev.releaserules.core.ReleaseException(Messages.unsupportedByRepository("deleting refs"));
    }

    /**
     * The refs a remote has now ({@code git ls-remote}).
     *
     * @param remote the remote name
     * @return full ref name → commit id (tags peeled)
     * @throws RepositoryException with {@link RepositoryException.Reason#REMOTE_UNREACHABLE}
     */
    Map<String, String> remoteRefs(String remote);

    /**
     * Releases the repository's resources. Never throws.
     */
    @Override
    void close();
}
