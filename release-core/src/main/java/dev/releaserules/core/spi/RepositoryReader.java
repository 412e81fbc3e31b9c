package dev.releaserules.core.spi;

import dev.releaserules.core.commit.Commit;
import java.util.List;
import java.util.Optional;

/**
 * The reading role of the {@link SourceRepository} port: tags, commits, ranges, files and refs.
 *
 * <p>Revisions are anything git resolves to a commit: a branch name ({@code develop}), a tag name
 * ({@code v1.2.3}), a full ref ({@code refs/heads/main}) or a commit id. Every method is part of
 * the contract; none answers "nothing" on behalf of an adapter that cannot tell. Failures are
 * {@link RepositoryException}s.
 */
public interface RepositoryReader {

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
     * @return the tag names (without {@code refs/tags/}), in no particular order
     */
    List<String> tagNames();

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
                RepositoryException.Reason.REF_NOT_FOUND, Messages.revisionNotFound(revision)));
    }

    /**
     * Reads one commit.
     *
     * @param revision a branch, tag, full ref or commit id
     * @return the commit the revision resolves to
     * @throws RepositoryException with {@link RepositoryException.Reason#REF_NOT_FOUND} when it does not exist
     */
    Commit readCommit(String revision);

    /**
     * The object a ref points at, not peeled: for an annotated tag, the tag object. This is the id a
     * {@link RefLease} expects.
     *
     * @param ref the ref
     * @return the object id, or empty when the ref does not exist
     */
    Optional<String> findRefId(RefName ref);

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
                Messages.detachedHead()));
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
            throw new RepositoryException(RepositoryException.Reason.DIRTY_WORK_TREE, Messages.dirtyWorkTree());
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
     * @throws dev.releaserules.core.InvalidInputException when the file is a symbolic link or is not
     *     UTF-8 (naming the byte offset): a step that wrote it back would change it
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
     * Which of some commits a revision reaches ({@code git tag --merged}, many ancestry checks at once):
     * one walk of the revision's history, which stops as soon as every commit asked about was seen.
     *
     * @param revision the revision whose history is walked, such as {@code main}
     * @param commitIds full ids of the commits asked about
     * @return those of {@code commitIds} that are the revision or its ancestors
     * @throws RepositoryException when the revision does not exist
     */
    java.util.Set<String> reachableFrom(String revision, java.util.Collection<String> commitIds);

    /**
     * When a ref that carries a time was written: the tagger time of the annotated object it points at
     * (a record made by {@link RepositoryWriter#createAnnotatedRef}, or an annotated tag).
     *
     * @param ref the full ref
     * @return the time; empty when the ref does not exist or points at a commit directly (a
     *     lightweight tag, a record written without a time)
     */
    Optional<java.time.Instant> findRefTime(RefName ref);
}
