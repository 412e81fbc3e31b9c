package dev.releaserules.git.internal;

import static dev.releaserules.core.spi.RepositoryException.Reason.BRANCH_CHECKED_OUT;
import static dev.releaserules.core.spi.RepositoryException.Reason.CONCURRENT_UPDATE;
import static dev.releaserules.core.spi.RepositoryException.Reason.IO_FAILURE;
import static dev.releaserules.core.spi.RepositoryException.Reason.REF_EXISTS;
import static dev.releaserules.core.spi.RepositoryException.Reason.REF_NOT_FOUND;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.Identity;
import dev.releaserules.core.spi.MergeOutcome;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.RepositoryWriter;
import dev.releaserules.core.spi.RepositoryException;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The writing role of the JGit adapter: objects are built with an {@link ObjectInserter} and refs
 * moved with compare-and-set {@link RefUpdate}s, so the work tree and index are never touched.
 */
final class JGitWriter implements RepositoryWriter {
    private final Repository repo;
    private final JGitReader reader;
    private final Consumer<String> beforeRefUpdate;

    JGitWriter(Repository repo, JGitReader reader, Consumer<String> beforeRefUpdate) {
        this.repo = repo;
        this.reader = reader;
        this.beforeRefUpdate = beforeRefUpdate;
    }

    @Override
    public void createRef(RefName name, String commitId) {
        String refName = GitIds.refName(name);
        ObjectId target = reader.requireCommitId(commitId);
        try {
            create(refName, target, "release-rules: create " + refName);
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("create " + refName), e);
        }
    }

    @Override
    public String createAnnotatedRef(RefName name, String commitId, String message, Identity who, Instant time) {
        String refName = GitIds.refName(name);
        if (name.isBranch()) {
            throw new InvalidInputException("record ref", refName, "a ref outside refs/heads/");
        }
        ObjectId target = reader.requireCommitId(commitId);
        Checks.notNull(message, "message");
        PersonIdent ident = ident(who, time);
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            Ref existing = repo.exactRef(refName);
            if (existing != null) {
                throw new RepositoryException(REF_EXISTS, Messages.refExists(refName, existing.getObjectId().name()));
            }
            ObjectId id = insertTag(inserter, name.name().substring(name.name().lastIndexOf('/') + 1), target, ident,
                    message);
            create(refName, id, "release-rules: record " + refName);
            return id.name();
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("create " + refName), e);
        }
    }

    /** Deletes a ref if it is still at {@code expected}; {@code label} names it in messages. */
    private void deleteLeased(String refName, ObjectId expected, String label) throws IOException {
        RefUpdate update = repo.updateRef(refName);
        update.setExpectedOldObjectId(expected);
        update.setForceUpdate(true);
        update.setRefLogMessage("release-rules: delete " + label, false);
        beforeRefUpdate.accept(refName);
        RefUpdate.Result result = update.delete();
        switch (result) {
            case FORCED, NO_CHANGE, FAST_FORWARD -> {
                // deleted
            }
            case REJECTED_CURRENT_BRANCH -> throw new RepositoryException(BRANCH_CHECKED_OUT, Messages.branchCheckedOut(label));
            default -> throw refused(refName, result, false);
        }
    }

    /** Points a ref at {@code target} if it is still at {@code expected}. */
    private void updateLeased(RevWalk walk, String refName, ObjectId expected, ObjectId target, String logMessage)
            throws IOException {
        RefUpdate update = repo.updateRef(refName);
        update.setExpectedOldObjectId(expected);
        update.setNewObjectId(target);
        update.setForceUpdate(true);
        update.setRefLogMessage("release-rules: " + logMessage, false);
        beforeRefUpdate.accept(refName);
        RefUpdate.Result result = update.update(walk);
        if (result != RefUpdate.Result.FORCED && result != RefUpdate.Result.FAST_FORWARD
                && result != RefUpdate.Result.NO_CHANGE) {
            throw refused(refName, result, false);
        }
    }

    @Override
    public String commit(String branch, Map<String, String> files, String message, Identity author, Instant time) {
        String refName = branchRef(branch);
        Map<String, String> contents = new TreeMap<>(Checks.mapCopy(files, "files"));
        contents.keySet().forEach(JGitWriter::requireFilePath);
        Checks.notNull(message, "message");
        PersonIdent ident = ident(author, time);
        try (ObjectInserter inserter = repo.newObjectInserter();
                ObjectReader reader = inserter.newReader();
                RevWalk walk = new RevWalk(reader)) {
            RevCommit head = walk.parseCommit(requireBranchHead(branch, refName));
            DirCache index = DirCache.read(reader, head.getTree());
            DirCacheEditor editor = index.editor();
            for (Map.Entry<String, String> file : contents.entrySet()) {
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, file.getValue().getBytes(UTF_8));
                editor.add(new DirCacheEditor.PathEdit(file.getKey()) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        // An executable file stays executable; anything else becomes a regular file.
                        if (entry.getFileMode() != FileMode.EXECUTABLE_FILE) {
                            entry.setFileMode(FileMode.REGULAR_FILE);
                        }
                        entry.setObjectId(blob);
                    }
                });
            }
            editor.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(index.writeTree(inserter));
            commit.setParentId(head);
            commit.setAuthor(ident);
            commit.setCommitter(ident);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            move(refName, head, id, "commit: " + subject(message), walk);
            return id.name();
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("commit on " + branch), e);
        }
    }

    @Override
    public String createTag(String tag, String commitId, String message, Identity tagger, Instant time) {
        Checks.notBlank(tag, "tag");
        String refName = Constants.R_TAGS + tag;
        if (tag.startsWith(Constants.R_REFS) || !Repository.isValidRefName(refName)) {
            throw new InvalidInputException("tag name", tag, "a short tag name git accepts, such as v1.2.3");
        }
        ObjectId target = reader.requireCommitId(commitId);
        Checks.notNull(message, "message");
        PersonIdent ident = ident(tagger, time);
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            Ref existing = repo.exactRef(refName);
            if (existing != null) {
                throw new RepositoryException(REF_EXISTS, Messages.refExists(refName, existing.getObjectId().name()));
            }
            ObjectId id = insertTag(inserter, tag, target, ident, message);
            create(refName, id, "release-rules: tag " + tag);
            return id.name();
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("create tag " + tag), e);
        }
    }

    @Override
    public MergeOutcome merge(String targetBranch, String sourceRevision, String message, Identity author,
            Instant time) {
        String refName = branchRef(targetBranch);
        ObjectId source = reader.requireCommitId(sourceRevision);
        Checks.notNull(message, "message");
        PersonIdent ident = ident(author, time);
        try (ObjectInserter inserter = repo.newObjectInserter();
                ObjectReader reader = inserter.newReader();
                RevWalk walk = new RevWalk(reader)) {
            RevCommit head = walk.parseCommit(requireBranchHead(targetBranch, refName));
            RevCommit other = walk.parseCommit(source);
            if (walk.isMergedInto(other, head)) {
                // git merge --no-ff says "Already up to date" here and commits nothing.
                return new MergeOutcome.Merged(head.name());
            }
            walk.reset();
            ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(inserter, repo.getConfig());
            if (!merger.merge(head, other)) {
                TreeSet<String> paths = new TreeSet<>(merger.getUnmergedPaths());
                if (merger.getFailingPaths() != null) {
                    paths.addAll(merger.getFailingPaths().keySet());
                }
                return new MergeOutcome.Conflict(List.copyOf(paths));
            }
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(merger.getResultTreeId());
            commit.setParentIds(head, other);
            commit.setAuthor(ident);
            commit.setCommitter(ident);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            move(refName, head, id, "merge " + sourceRevision + ": Merge made by the 'recursive' strategy.", walk);
            return new MergeOutcome.Merged(id.name());
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE,
                    Messages.ioFailure("merge " + sourceRevision + " into " + targetBranch), e);
        }
    }

    @Override
    public String moveTag(String tag, String expectedId, String commitId, String message, Identity tagger,
            Instant time) {
        Checks.notBlank(tag, "tag");
        String refName = Constants.R_TAGS + tag;
        if (tag.startsWith(Constants.R_REFS) || !Repository.isValidRefName(refName)) {
            throw new InvalidInputException("tag name", tag, "a short tag name git accepts, such as v1.2.3");
        }
        ObjectId expected = GitIds.objectId(Checks.notBlank(expectedId, "expectedId"));
        ObjectId target = reader.requireCommitId(commitId);
        Checks.notNull(message, "message");
        PersonIdent ident = ident(tagger, time);
        try (ObjectInserter inserter = repo.newObjectInserter(); RevWalk walk = new RevWalk(repo)) {
            Ref existing = repo.exactRef(refName);
            if (existing == null || existing.getObjectId() == null) {
                throw new RepositoryException(REF_NOT_FOUND, Messages.revisionNotFound(refName));
            }
            ObjectId id = insertTag(inserter, tag, target, ident, message);
            updateLeased(walk, refName, expected, id, "move tag " + tag);
            return id.name();
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("move tag " + tag), e);
        }
    }

    @Override
    public void updateRef(RefName name, String expectedId, String newId) {
        String refName = GitIds.refName(name);
        ObjectId expected = GitIds.objectId(Checks.notBlank(expectedId, "expectedId"));
        ObjectId target = GitIds.objectId(Checks.notBlank(newId, "newId"));
        try (RevWalk walk = new RevWalk(repo)) {
            Ref ref = repo.exactRef(refName);
            if (ref == null || ref.getObjectId() == null) {
                throw new RepositoryException(REF_NOT_FOUND, Messages.revisionNotFound(refName));
            }
            if (!repo.getObjectDatabase().has(target)) {
                throw new RepositoryException(REF_NOT_FOUND, Messages.revisionNotFound(newId));
            }
            updateLeased(walk, refName, expected, target, "update " + refName);
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("update " + refName), e);
        }
    }

    @Override
    public void deleteRef(RefName name, String expectedId) {
        String refName = GitIds.refName(name);
        ObjectId expected = GitIds.objectId(Checks.notBlank(expectedId, "expectedId"));
        try {
            Ref ref = repo.exactRef(refName);
            if (ref == null || ref.getObjectId() == null) {
                throw new RepositoryException(REF_NOT_FOUND, name.isBranch() ? Messages.branchNotFound(name.shortName())
                        : Messages.revisionNotFound(refName));
            }
            deleteLeased(refName, expected, name.isBranch() ? name.shortName() : refName);
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("delete " + refName), e);
        }
    }

    private ObjectId requireBranchHead(String branch, String refName) throws IOException {
        Ref ref = repo.exactRef(refName);
        if (ref == null || ref.getObjectId() == null) {
            throw new RepositoryException(REF_NOT_FOUND, Messages.branchNotFound(branch));
        }
        return ref.getObjectId();
    }

    /** Creates a ref that must be absent: compare-and-set against the zero id. */
    private void create(String refName, ObjectId target, String reflog) throws IOException {
        RefUpdate update = repo.updateRef(refName);
        update.setExpectedOldObjectId(ObjectId.zeroId());
        update.setNewObjectId(target);
        update.setRefLogMessage(reflog, false);
        beforeRefUpdate.accept(refName);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW) {
            throw refused(refName, result, true);
        }
    }

    /** Moves a ref forward from the commit it was read at: compare-and-set against that commit. */
    private void move(String refName, ObjectId expected, ObjectId target, String reflog, RevWalk walk)
            throws IOException {
        RefUpdate update = repo.updateRef(refName);
        update.setExpectedOldObjectId(expected);
        update.setNewObjectId(target);
        update.setRefLogMessage(reflog, false);
        beforeRefUpdate.accept(refName);
        walk.reset();
        RefUpdate.Result result = update.update(walk);
        if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.FORCED) {
            throw refused(refName, result, false);
        }
    }

    private RepositoryException refused(String refName, RefUpdate.Result result, boolean creating)
            throws IOException {
        if (creating) {
            Ref now = repo.exactRef(refName);
            if (now != null && now.getObjectId() != null) {
                return new RepositoryException(REF_EXISTS, Messages.refExists(refName, now.getObjectId().name()));
            }
            if (repo.getRefDatabase().isNameConflicting(refName)) {
                return new RepositoryException(REF_EXISTS, Messages.refNameConflicts(refName));
            }
        }
        if (result == RefUpdate.Result.LOCK_FAILURE || result == RefUpdate.Result.REJECTED_OTHER_REASON) {
            return new RepositoryException(CONCURRENT_UPDATE, Messages.concurrentUpdate(refName));
        }
        return new RepositoryException(IO_FAILURE, Messages.ioFailure("update " + refName + " (" + result + ")"));
    }

    private static String branchRef(String branch) {
        Checks.notBlank(branch, "branch");
        String refName = Constants.R_HEADS + branch;
        if (branch.startsWith(Constants.R_REFS) || !Repository.isValidRefName(refName)) {
            throw new InvalidInputException("branch name", branch, "a short branch name git accepts, such as release/v1.2.3");
        }
        return refName;
    }

    private static void requireFilePath(String path) {
        try {
            new DirCacheEntry(path);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("file path", path,
                    "a relative path with / separators, without \"..\", \".git\" or empty parts");
        }
    }

    private static PersonIdent ident(Identity who, Instant time) {
        Checks.notNull(who, "identity");
        Checks.notNull(time, "time");
        // UTC keeps ids independent of the machine's zone: the same inputs give the same commit.
        return new PersonIdent(who.name(), who.email(), time, ZoneOffset.UTC);
    }

    private static String subject(String message) {
        return message.lines().findFirst().orElse("");
    }

    /** Writes an annotated tag object (not its ref) and flushes it. */
    private static ObjectId insertTag(ObjectInserter inserter, String tag, ObjectId target, PersonIdent ident,
            String message) throws IOException {
        TagBuilder tagObject = new TagBuilder();
        tagObject.setTag(tag);
        tagObject.setObjectId(target, Constants.OBJ_COMMIT);
        tagObject.setTagger(ident);
        tagObject.setMessage(message.endsWith("\n") ? message : message + "\n");
        ObjectId id = inserter.insert(tagObject);
        inserter.flush();
        return id;
    }
}
