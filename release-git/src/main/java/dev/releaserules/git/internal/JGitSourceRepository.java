package dev.releaserules.git.internal;

import static dev.releaserules.core.spi.RepositoryException.Reason.BRANCH_CHECKED_OUT;
import static dev.releaserules.core.spi.RepositoryException.Reason.CONCURRENT_UPDATE;
import static dev.releaserules.core.spi.RepositoryException.Reason.IO_FAILURE;
import static dev.releaserules.core.spi.RepositoryException.Reason.NOT_A_REPOSITORY;
import static dev.releaserules.core.spi.RepositoryException.Reason.PUSH_REJECTED;
import static dev.releaserules.core.spi.RepositoryException.Reason.REF_EXISTS;
import static dev.releaserules.core.spi.RepositoryException.Reason.REF_NOT_FOUND;
import static dev.releaserules.core.spi.RepositoryException.Reason.REMOTE_UNREACHABLE;
import static dev.releaserules.core.spi.RepositoryException.Reason.SHALLOW_CLONE;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.CommitChange;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.Identity;
import dev.releaserules.core.spi.MergeOutcome;
import dev.releaserules.core.spi.RefLease;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.spi.TagRef;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.errors.RevWalkException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefDatabase;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SourceRepository} port on a JGit {@link Repository}.
 *
 * <p>Reads follow the performance rules of the design: tags come from the ref database once per call
 * and are peeled through the refs' peeled ids; ranges are one {@link RevWalk} with start and
 * uninteresting commits and no diffs; changed paths compare trees without rename detection. Writes
 * build objects with an {@link ObjectInserter} and move refs with compare-and-set {@link RefUpdate}s,
 * so the work tree and index are never touched.
 */
public final class JGitSourceRepository implements SourceRepository {
    /** How JGit words a remote's lock held by another writer ("cannot lock", "lock file", "locked"). */
    private static final Pattern REMOTE_LOCKED =
            Pattern.compile("(?i)\\b(cannot lock|lock file|locked|lock failure)\\b");

    private static final Logger LOG = LoggerFactory.getLogger(JGitSourceRepository.class);
    private static final String REVISION_FORMS = "a branch, tag, full ref or commit id";
    private static final Consumer<String> NO_HOOK = refName -> { };

    /** How long a push may take unless the caller says otherwise. */
    public static final Duration DEFAULT_PUSH_TIMEOUT = Duration.ofMinutes(5);

    private final Repository repo;
    private final boolean owned;
    private final String label;
    private final Consumer<String> beforeRefUpdate;
    private final Map<ObjectId, Target> targets = new HashMap<>();
    private final Duration pushTimeout;

    JGitSourceRepository(Repository repo, boolean owned, Consumer<String> beforeRefUpdate) {
        this(repo, owned, beforeRefUpdate, DEFAULT_PUSH_TIMEOUT);
    }

    JGitSourceRepository(Repository repo, boolean owned, Consumer<String> beforeRefUpdate, Duration pushTimeout) {
        this.repo = repo;
        this.owned = owned;
        this.label = repo.getDirectory() != null ? repo.getDirectory().toString() : repo.toString();
        this.beforeRefUpdate = beforeRefUpdate;
        this.pushTimeout = pushTimeout;
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
        if (!allowShallow && source.isShallow()) {
            source.close();
            throw new RepositoryException(SHALLOW_CLONE, Messages.shallowClone(source.label));
        }
        return source;
    }

    @Override
    public List<TagRef> tags() {
        try (ObjectReader reader = repo.newObjectReader()) {
            RefDatabase refs = repo.getRefDatabase();
            List<Ref> tagRefs = refs.getRefsByPrefix(Constants.R_TAGS);
            List<TagRef> tags = new ArrayList<>(tagRefs.size());
            for (Ref ref : tagRefs) {
                ObjectId id = ref.getObjectId();
                if (id == null) {
                    continue;
                }
                Target target = targets.get(id);
                if (target == null) {
                    target = peel(refs, reader, ref);
                    if (target == null) {
                        continue;
                    }
                    targets.put(id.copy(), target);
                }
                String commit = target.commit();
                if (commit != null) {
                    tags.add(new TagRef(ref.getName().substring(Constants.R_TAGS.length()), commit, target.annotated()));
                }
            }
            return List.copyOf(tags);
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("read the tags"), e);
        }
    }

    @Override
    public List<String> tagNames() {
        try {
            List<Ref> tagRefs = repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS);
            List<String> names = new ArrayList<>(tagRefs.size());
            for (Ref ref : tagRefs) {
                if (ref.getObjectId() != null) {
                    names.add(ref.getName().substring(Constants.R_TAGS.length()));
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("read the tags"), e);
        }
    }

    /** What a tag ref peels to, or null when its object is missing (not remembered: a fetch may bring it). */
    private static @Nullable Target peel(RefDatabase refs, ObjectReader reader, Ref ref) throws IOException {
        try {
            Ref peeled = ref.isPeeled() ? ref : refs.peel(ref);
            ObjectId peeledId = peeled.getPeeledObjectId();
            ObjectId target = peeledId != null ? peeledId : ref.getObjectId();
            boolean commit = reader.open(target).getType() == Constants.OBJ_COMMIT;
            return new Target(commit ? target.name() : null, peeledId != null);
        } catch (MissingObjectException e) {
            // A tag whose object is gone is not a release; leaving it out beats failing every read.
            LOG.debug("Object of tag {} is missing; tag left out", ref.getName());
            return null;
        }
    }

    /**
     * What a tag's object peels to: the commit, or null when it is not a commit. Objects never change,
     * so this is known for good once read; reading it costs an object read per tag (about 10 µs, 20 ms
     * for 2,000 tags), which is most of {@link #tags()} after the first call.
     */
    private record Target(@Nullable String commit, boolean annotated) {
    }

    @Override
    public Optional<String> findCommit(String revision) {
        Checks.notBlank(revision, "revision");
        return Optional.ofNullable(resolveCommit(revision)).map(ObjectId::name);
    }

    @Override
    public String requireCommit(String revision) {
        return requireCommitId(revision).name();
    }

    private ObjectId requireCommitId(String revision) {
        Checks.notBlank(revision, "revision");
        ObjectId id = resolveCommit(revision);
        if (id == null) {
            throw new RepositoryException(REF_NOT_FOUND, Messages.revisionNotFound(revision));
        }
        return id;
    }

    private @Nullable ObjectId resolveCommit(String revision) {
        try {
            return repo.resolve(revision + "^{commit}");
        } catch (RevisionSyntaxException e) {
            throw new InvalidInputException("revision", revision, REVISION_FORMS);
        } catch (AmbiguousObjectException e) {
            throw new InvalidInputException("revision", revision, "an unambiguous commit id");
        } catch (IncorrectObjectTypeException | MissingObjectException e) {
            // A full id of an object this repository lacks, or of a tree or blob: no such commit.
            return null;
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("resolve " + revision), e);
        }
    }

    @Override
    public Commit readCommit(String revision) {
        ObjectId id = requireCommitId(revision);
        try (RevWalk walk = new RevWalk(repo)) {
            return toCommit(walk.parseCommit(id));
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("read commit " + revision), e);
        }
    }

    @Override
    public Optional<String> currentBranch() {
        if (repo.isBare()) {
            return Optional.empty();
        }
        try {
            Ref head = repo.exactRef(Constants.HEAD);
            if (head == null || !head.isSymbolic()) {
                return Optional.empty();
            }
            String target = head.getTarget().getName();
            return target.startsWith(Constants.R_HEADS)
                    ? Optional.of(target.substring(Constants.R_HEADS.length()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("read HEAD"), e);
        }
    }

    @Override
    public boolean isShallow() {
        File common = repo.getCommonDirectory() != null ? repo.getCommonDirectory() : repo.getDirectory();
        return common != null && new File(common, Constants.SHALLOW).length() > 0;
    }

    @Override
    public boolean isClean() {
        if (repo.isBare()) {
            return true;
        }
        try {
            return !Git.wrap(repo).status().call().hasUncommittedChanges();
        } catch (GitAPIException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("compare the work tree with HEAD"), e);
        }
    }

    @Override
    public List<Commit> log(CommitRange range) {
        Checks.notNull(range, "range");
        try (RevWalk walk = walk(range)) {
            List<Commit> commits = new ArrayList<>();
            for (RevCommit commit : walk) {
                commits.add(toCommit(commit));
            }
            return List.copyOf(commits);
        } catch (IOException | RevWalkException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("list " + describe(range)), e);
        }
    }

    @Override
    public List<CommitChange> changes(CommitRange range) {
        Checks.notNull(range, "range");
        try (RevWalk walk = walk(range); TreeWalk tree = new TreeWalk(walk.getObjectReader())) {
            List<CommitChange> changes = new ArrayList<>();
            for (RevCommit commit : walk) {
                RevTree before = null;
                if (commit.getParentCount() > 0) {
                    RevCommit parent = commit.getParent(0);
                    walk.parseHeaders(parent);
                    before = parent.getTree();
                }
                changes.add(new CommitChange(toCommit(commit), diff(tree, before, commit.getTree())));
            }
            return List.copyOf(changes);
        } catch (IOException | RevWalkException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("list the changes of " + describe(range)), e);
        }
    }

    @Override
    public List<String> changedPaths(String fromRevision, String toRevision) {
        ObjectId from = requireCommitId(fromRevision);
        ObjectId to = requireCommitId(toRevision);
        try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(walk.getObjectReader())) {
            return diff(tree, walk.parseCommit(from).getTree(), walk.parseCommit(to).getTree());
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE,
                    Messages.ioFailure("compare " + fromRevision + " with " + toRevision), e);
        }
    }

    /** The paths that differ between two trees (a null tree is empty), sorted; no rename detection. */
    private static List<String> diff(TreeWalk tree, @Nullable RevTree before, RevTree after) throws IOException {
        tree.reset();
        tree.setRecursive(true);
        tree.setFilter(TreeFilter.ANY_DIFF);
        if (before == null) {
            tree.addTree(new EmptyTreeIterator());
        } else {
            tree.addTree(before);
        }
        tree.addTree(after);
        TreeSet<String> paths = new TreeSet<>();
        while (tree.next()) {
            paths.add(tree.getPathString());
        }
        return List.copyOf(paths);
    }

    private RevWalk walk(CommitRange range) throws IOException {
        ObjectId until = requireCommitId(range.until());
        ObjectId since = range.isWholeHistory() ? null : requireCommitId(range.since());
        RevWalk walk = new RevWalk(repo);
        try {
            walk.setFirstParent(range.firstParent());
            walk.markStart(walk.parseCommit(until));
            if (since != null) {
                walk.markUninteresting(walk.parseCommit(since));
            }
            return walk;
        } catch (IOException | RuntimeException e) {
            walk.close();
            throw e;
        }
    }

    private static String describe(CommitRange range) {
        return range.isWholeHistory() ? "the history of " + range.until() : range.since() + ".." + range.until();
    }

    private static Commit toCommit(RevCommit commit) {
        PersonIdent author = commit.getAuthorIdent();
        PersonIdent committer = commit.getCommitterIdent();
        return Commit.of(commit.name(), commit.getFullMessage(), author != null ? author.getName() : "",
                committer != null ? committer.getWhenAsInstant() : Instant.EPOCH);
    }

    @Override
    public Optional<String> readFile(String revision, String path) {
        Checks.notBlank(path, "path");
        if (path.startsWith("/") || path.endsWith("/") || path.contains("\\") || path.contains("//")) {
            throw new InvalidInputException("path", path, "a path from the repository root with / separators");
        }
        ObjectId commitId = requireCommitId(revision);
        try (RevWalk walk = new RevWalk(repo);
                TreeWalk tree = TreeWalk.forPath(walk.getObjectReader(), path, walk.parseCommit(commitId).getTree())) {
            if (tree == null) {
                return Optional.empty();
            }
            FileMode mode = tree.getFileMode(0);
            if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                return Optional.empty();
            }
            byte[] bytes = walk.getObjectReader().open(tree.getObjectId(0), Constants.OBJ_BLOB)
                    .getCachedBytes(Integer.MAX_VALUE);
            return Optional.of(new String(bytes, UTF_8));
        } catch (IOException | LargeObjectException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("read " + path + " at " + revision), e);
        }
    }

    @Override
    public boolean isAncestor(String ancestor, String descendant) {
        ObjectId older = requireCommitId(ancestor);
        ObjectId newer = requireCommitId(descendant);
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.isMergedInto(walk.parseCommit(older), walk.parseCommit(newer));
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE,
                    Messages.ioFailure("check whether " + ancestor + " is an ancestor of " + descendant), e);
        }
    }

    @Override
    public void createRef(String refName, String commitId) {
        requireFullRefName(refName);
        ObjectId target = requireCommitId(commitId);
        try {
            create(refName, target, "release-rules: create " + refName);
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("create " + refName), e);
        }
    }

    @Override
    public void createBranch(String branch, String commitId) {
        createRef(branchRef(branch), commitId);
    }

    @Override
    public void deleteBranch(String branch) {
        String refName = branchRef(branch);
        try {
            Ref ref = repo.exactRef(refName);
            if (ref == null || ref.getObjectId() == null) {
                throw new RepositoryException(REF_NOT_FOUND, Messages.branchNotFound(branch));
            }
            deleteLeased(refName, ref.getObjectId(), branch);
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("delete branch " + branch), e);
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
        contents.keySet().forEach(JGitSourceRepository::requireFilePath);
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
    public void createTag(String tag, String commitId, String message, Identity tagger, Instant time) {
        Checks.notBlank(tag, "tag");
        String refName = Constants.R_TAGS + tag;
        if (tag.startsWith(Constants.R_REFS) || !Repository.isValidRefName(refName)) {
            throw new InvalidInputException("tag name", tag, "a short tag name git accepts, such as v1.2.3");
        }
        ObjectId target = requireCommitId(commitId);
        Checks.notNull(message, "message");
        PersonIdent ident = ident(tagger, time);
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            Ref existing = repo.exactRef(refName);
            if (existing != null) {
                throw new RepositoryException(REF_EXISTS, Messages.refExists(refName, existing.getObjectId().name()));
            }
            TagBuilder tagObject = new TagBuilder();
            tagObject.setTag(tag);
            tagObject.setObjectId(target, Constants.OBJ_COMMIT);
            tagObject.setTagger(ident);
            tagObject.setMessage(message.endsWith("\n") ? message : message + "\n");
            ObjectId id = inserter.insert(tagObject);
            inserter.flush();
            create(refName, id, "release-rules: tag " + tag);
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("create tag " + tag), e);
        }
    }

    @Override
    public MergeOutcome merge(String targetBranch, String sourceRevision, String message, Identity author,
            Instant time) {
        String refName = branchRef(targetBranch);
        ObjectId source = requireCommitId(sourceRevision);
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
    public void push(String remote, List<String> refNames, boolean mustBeNew) {
        requireRemote(remote);
        List<String> names = Checks.listCopy(refNames, "refNames");
        if (names.isEmpty()) {
            throw new InvalidInputException("ref names", "[]", "at least one full ref name to push");
        }
        List<RemoteRefUpdate> updates = new ArrayList<>(names.size());
        try {
            for (String name : names) {
                requireFullRefName(name);
                Ref local = repo.exactRef(name);
                if (local == null || local.getObjectId() == null) {
                    throw new RepositoryException(REF_NOT_FOUND, Messages.revisionNotFound(name));
                }
                // Expecting the zero id makes the remote compare-and-set from "absent", under its lock.
                updates.add(new RemoteRefUpdate(repo, name, local.getObjectId(), name, false, null,
                        mustBeNew ? ObjectId.zeroId() : null));
            }
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("prepare the push to " + remote), e);
        }
        if (mustBeNew) {
            // Fail before sending anything: a ref the remote has with the same id would otherwise be
            // reported up to date while the others of the atomic push went through.
            Map<String, String> existing = remoteRefs(remote);
            List<String> present = names.stream().filter(existing::containsKey).map(Messages::alreadyOnRemote).toList();
            if (!present.isEmpty()) {
                throw new RepositoryException(PUSH_REJECTED, Messages.pushRejected(remote, present));
            }
        }
        PushResult result = sendAtomically(remote, updates);
        List<String> refusals = new ArrayList<>();
        for (RemoteRefUpdate update : result.getRemoteUpdates()) {
            switch (update.getStatus()) {
                case OK -> {
                    // pushed
                }
                case UP_TO_DATE -> {
                    if (mustBeNew) {
                        refusals.add(Messages.alreadyOnRemote(update.getRemoteName()));
                    }
                }
                default -> refusals.add(update.getRemoteName() + " " + describe(update));
            }
        }
        if (!refusals.isEmpty()) {
            throw new RepositoryException(PUSH_REJECTED, Messages.pushRejected(remote, refusals));
        }
    }

    @Override
    public void push(String remote, List<RefLease> leases) {
        requireRemote(remote);
        List<RefLease> all = Checks.listCopy(leases, "leases");
        if (all.isEmpty()) {
            throw new InvalidInputException("ref leases", "[]", "at least one ref to push");
        }
        List<RemoteRefUpdate> updates = new ArrayList<>(all.size());
        try {
            for (RefLease lease : all) {
                requireFullRefName(lease.refName());
                ObjectId expected = lease.expectsAbsent() ? ObjectId.zeroId() : objectId(lease.expectedId());
                if (lease.deletes()) {
                    updates.add(new RemoteRefUpdate(repo, (String) null, lease.refName(), true, null, expected));
                } else {
                    ObjectId target = objectId(lease.newId());
                    if (!repo.getObjectDatabase().has(target)) {
                        throw new RepositoryException(REF_NOT_FOUND, Messages.revisionNotFound(lease.newId()));
                    }
                    // force: a moved tag is not a fast-forward; the lease, not fast-forwarding, keeps it safe.
                    updates.add(new RemoteRefUpdate(repo, null, target, lease.refName(), true, null, expected));
                }
            }
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("prepare the push to " + remote), e);
        }
        PushResult result = sendAtomically(remote, updates);
        List<String> refusals = new ArrayList<>();
        for (RemoteRefUpdate update : result.getRemoteUpdates()) {
            RemoteRefUpdate.Status status = update.getStatus();
            if (status == RemoteRefUpdate.Status.OK) {
                continue;
            }
            if (status == RemoteRefUpdate.Status.NON_EXISTING) {
                // Deleting what the remote does not have fails the lease on the id we expected.
                refusals.add(update.getRemoteName() + " " + Messages.notOnRemote());
            } else if (status == RemoteRefUpdate.Status.UP_TO_DATE) {
                refusals.add(Messages.alreadyOnRemote(update.getRemoteName()));
            } else {
                refusals.add(update.getRemoteName() + " " + describe(update));
            }
        }
        if (!refusals.isEmpty()) {
            throw new RepositoryException(PUSH_REJECTED, Messages.pushRejected(remote, refusals));
        }
    }

    /**
     * Sends one all-or-nothing push within the push time limit; the caller reads each ref's status from
     * the result.
     */
    private PushResult sendAtomically(String remote, List<RemoteRefUpdate> updates) {
        // The push runs on its own thread so that no transport can hold the caller past the limit: JGit's
        // own timeout covers network reads only, and a transport thread that dies (a class missing on the
        // module path, say) leaves an in-process pipe waiting forever.
        FutureTask<PushResult> push = new FutureTask<>(() -> {
            // Operation.PUSH honours remote.<name>.pushurl, as git push does.
            try (Transport transport = Transport.open(repo, remote, Transport.Operation.PUSH)) {
                transport.setPushAtomic(true);
                // JGit's read timeout, a little longer than the limit, lets an abandoned push thread end too.
                transport.setTimeout(ioTimeoutSeconds(1));
                return transport.push(NullProgressMonitor.INSTANCE, updates);
            }
        });
        Thread worker = new Thread(push, "release-rules-push " + remote);
        worker.setDaemon(true);
        worker.start();
        try {
            return push.get(pushTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            push.cancel(true);
            throw new RepositoryException(REMOTE_UNREACHABLE, Messages.pushTimedOut(remote, pushTimeout), e);
        } catch (InterruptedException e) {
            push.cancel(true);
            Thread.currentThread().interrupt();
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("push to " + remote + " (interrupted)"), e);
        } catch (ExecutionException e) {
            throw pushFailure(remote, e.getCause());
        }
    }

    /** The push time limit in whole seconds (at least one), plus some slack, for JGit's read timeout. */
    private int ioTimeoutSeconds(int slack) {
        return (int) Math.min(Integer.MAX_VALUE - slack, Math.max(1, pushTimeout.toSeconds())) + slack;
    }

    private static RuntimeException pushFailure(String remote, Throwable cause) {
        if (cause instanceof TransportException e) {
            String detail = Redact.uris(String.valueOf(e.getMessage()));
            if (REMOTE_LOCKED.matcher(detail).find()) {
                // Another push holds the remote's lock at this moment; the atomic push applied nothing.
                return new RepositoryException(CONCURRENT_UPDATE, Messages.remoteBusy(remote, detail), e);
            }
            return new RepositoryException(REMOTE_UNREACHABLE, Messages.remoteUnreachable(remote, detail), e);
        }
        if (cause instanceof URISyntaxException e) {
            return new RepositoryException(REMOTE_UNREACHABLE, Messages.remoteUnreachable(remote, Redact.uris(e.getMessage())), e);
        }
        if (cause instanceof IOException e) {
            return new RepositoryException(IO_FAILURE, Messages.ioFailure("push to " + remote), e);
        }
        if (cause instanceof RuntimeException e) {
            return e;
        }
        if (cause instanceof LinkageError e) {
            // A class JGit needs is not there (on the module path: a module nobody requires).
            return new RepositoryException(IO_FAILURE, Messages.ioFailure("push to " + remote + " (" + e + ")"), e);
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new RepositoryException(IO_FAILURE, Messages.ioFailure("push to " + remote), cause);
    }

    private static ObjectId objectId(String id) {
        if (!ObjectId.isId(id)) {
            throw new InvalidInputException("object id", id, "a full 40-character object id");
        }
        return ObjectId.fromString(id);
    }

    @Override
    public Optional<String> findRefId(String refName) {
        requireFullRefName(refName);
        try {
            Ref ref = repo.exactRef(refName);
            return ref == null || ref.getObjectId() == null ? Optional.empty() : Optional.of(ref.getObjectId().name());
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("read " + refName), e);
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
        ObjectId expected = objectId(Checks.notBlank(expectedId, "expectedId"));
        ObjectId target = requireCommitId(commitId);
        Checks.notNull(message, "message");
        PersonIdent ident = ident(tagger, time);
        try (ObjectInserter inserter = repo.newObjectInserter(); RevWalk walk = new RevWalk(repo)) {
            Ref existing = repo.exactRef(refName);
            if (existing == null || existing.getObjectId() == null) {
                throw new RepositoryException(REF_NOT_FOUND, Messages.revisionNotFound(refName));
            }
            TagBuilder tagObject = new TagBuilder();
            tagObject.setTag(tag);
            tagObject.setObjectId(target, Constants.OBJ_COMMIT);
            tagObject.setTagger(ident);
            tagObject.setMessage(message.endsWith("\n") ? message : message + "\n");
            ObjectId id = inserter.insert(tagObject);
            inserter.flush();
            updateLeased(walk, refName, expected, id, "move tag " + tag);
            return id.name();
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("move tag " + tag), e);
        }
    }

    @Override
    public void updateRef(String refName, String expectedId, String newId) {
        requireFullRefName(refName);
        ObjectId expected = objectId(Checks.notBlank(expectedId, "expectedId"));
        ObjectId target = objectId(Checks.notBlank(newId, "newId"));
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
    public void deleteRef(String refName, String expectedId) {
        requireFullRefName(refName);
        ObjectId expected = objectId(Checks.notBlank(expectedId, "expectedId"));
        try {
            Ref ref = repo.exactRef(refName);
            if (ref == null || ref.getObjectId() == null) {
                throw new RepositoryException(REF_NOT_FOUND, Messages.revisionNotFound(refName));
            }
            deleteLeased(refName, expected, refName);
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("delete " + refName), e);
        }
    }

    private static String describe(RemoteRefUpdate update) {
        String status = switch (update.getStatus()) {
            case REJECTED_NONFASTFORWARD -> "rejected (not a fast-forward)";
            case REJECTED_REMOTE_CHANGED -> "rejected (the remote has it at another commit, or it changed meanwhile)";
            case REJECTED_NODELETE -> "rejected (the remote does not allow deletion)";
            case NOT_ATTEMPTED, AWAITING_REPORT -> "not updated (the atomic push was aborted)";
            default -> "rejected";
        };
        String detail = update.getMessage();
        return detail == null || detail.isBlank() ? status : status + ": " + Redact.uris(detail);
    }

    @Override
    public Map<String, String> remoteRefs(String remote) {
        requireRemote(remote);
        try (Transport transport = openWithTimeout(remote);
                FetchConnection connection = transport.openFetch();
                RevWalk walk = new RevWalk(repo)) {
            Map<String, String> refs = new TreeMap<>();
            for (Ref ref : connection.getRefs()) {
                if (!ref.getName().startsWith(Constants.R_REFS) || ref.getObjectId() == null) {
                    continue;
                }
                refs.put(ref.getName(), peeledId(ref, walk).name());
            }
            return Map.copyOf(refs);
        } catch (TransportException | URISyntaxException e) {
            throw new RepositoryException(REMOTE_UNREACHABLE, Messages.remoteUnreachable(remote, Redact.uris(e.getMessage())), e);
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("list the refs of " + remote), e);
        }
    }

    private Transport openWithTimeout(String remote) throws IOException, URISyntaxException {
        Transport transport = Transport.open(repo, remote);
        // Listing a remote's refs is part of a push (mustBeNew): the same limit applies to its reads.
        transport.setTimeout(ioTimeoutSeconds(0));
        return transport;
    }

    /** The commit a remote ref points at, peeling locally when the remote did not advertise a peeled id. */
    private ObjectId peeledId(Ref ref, RevWalk walk) throws IOException {
        if (ref.getPeeledObjectId() != null) {
            return ref.getPeeledObjectId();
        }
        ObjectId id = ref.getObjectId();
        if (ref.isPeeled() || !repo.getObjectDatabase().has(id)) {
            return id;
        }
        RevObject peeled = walk.peel(walk.parseAny(id));
        return peeled.copy();
    }

    @Override
    public void close() {
        if (owned) {
            repo.close();
        }
    }

    @Override
    public String toString() {
        return "JGitSourceRepository[" + label + "]";
    }

    private void requireRemote(String remote) {
        Checks.notBlank(remote, "remote");
        if (!repo.getRemoteNames().contains(remote)) {
            throw new RepositoryException(REMOTE_UNREACHABLE, Messages.remoteNotConfigured(remote));
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

    private static void requireFullRefName(String refName) {
        Checks.notBlank(refName, "ref name");
        if (!refName.startsWith(Constants.R_REFS) || !Repository.isValidRefName(refName)) {
            throw new InvalidInputException("ref name", refName, "a full ref name under refs/ that git accepts");
        }
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
}
