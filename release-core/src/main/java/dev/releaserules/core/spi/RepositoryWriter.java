package dev.releaserules.core.spi;

import java.time.Instant;
import java.util.Map;

/**
 * The writing role of the {@link SourceRepository} port: objects and local refs. Writes never touch
 * the work tree: commits, tags and merges are made on refs with compare-and-set updates, so two
 * concurrent writers cannot both succeed and a failure never leaves a half-written ref.
 */
public interface RepositoryWriter {

    /**
     * Creates a ref that must not exist yet, pointing at a commit (compare-and-set from absent).
     *
     * @param ref the ref, such as {@code refs/heads/release/v2.3.0} or
     *     {@code refs/release-rules/triggered/v2.3.0}
     * @param commitId the commit to point at
     * @throws RepositoryException with {@link RepositoryException.Reason#REF_EXISTS} when the ref exists
     */
    void createRef(RefName ref, String commitId);

    /**
     * Creates a record ref that says when it was written: an annotated object (in git, an annotated
     * tag object named after the ref's last segment, with {@code who} and {@code time} as its tagger)
     * pointing at a commit, and the ref pointing at that object, compare-and-set on "absent" as in
     * {@link #createRef(RefName, String)}. Any runner that fetches the ref can read the time back with
     * {@link RepositoryReader#findRefTime(RefName)}, and the ref still resolves to the commit.
     *
     * @param ref the ref, such as {@code refs/release-rules/triggered/v2.3.0}; not under
     *     {@code refs/heads/}
     * @param commitId the commit the record points at
     * @param message what the record says
     * @param who who writes it
     * @param time when
     * @return the id of the annotated object the ref now holds
     * @throws RepositoryException {@code REF_EXISTS} when the ref exists already
     */
    String createAnnotatedRef(RefName ref, String commitId, String message, Identity who, Instant time);

    /**
     * Sets an existing ref to another object, compare-and-set against the id it holds, fast-forward
     * or not (to put back a tag whose move the remote refused, for one).
     *
     * @param ref the ref
     * @param expectedId the id it must hold now
     * @param newId the object it is set to; it must exist
     * @throws RepositoryException with {@link RepositoryException.Reason#REF_NOT_FOUND} when the ref
     *     or the object does not exist, {@link RepositoryException.Reason#CONCURRENT_UPDATE} when it
     *     holds another id
     */
    void updateRef(RefName ref, String expectedId, String newId);

    /**
     * Deletes a ref, compare-and-set against the id it holds.
     *
     * @param ref the ref, such as {@code refs/release-rules/triggered/v2.3.0}
     * @param expectedId the id it must hold now
     * @throws RepositoryException with {@link RepositoryException.Reason#REF_NOT_FOUND} when it does
     *     not exist, {@link RepositoryException.Reason#CONCURRENT_UPDATE} when it holds another id,
     *     {@link RepositoryException.Reason#BRANCH_CHECKED_OUT} for the branch the work tree has
     */
    void deleteRef(RefName ref, String expectedId);

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
     * @return the new tag object's id
     * @throws RepositoryException with {@link RepositoryException.Reason#REF_EXISTS} when it exists
     */
    String createTag(String tag, String commitId, String message, Identity tagger, Instant time);

    /**
     * Replaces an annotated tag by a new one on another commit, compare-and-set against the tag
     * object it held. Only for a tag that was never deployed: released tags never move.
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
    String moveTag(String tag, String expectedId, String commitId, String message, Identity tagger, Instant time);

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
}
