package dev.releaserules.git.internal;

import static dev.releaserules.core.spi.RepositoryException.Reason.IO_FAILURE;
import static dev.releaserules.core.spi.RepositoryException.Reason.REF_NOT_FOUND;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.internal.Utf8;
import dev.releaserules.core.spi.CommitChange;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.RepositoryReader;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.spi.TagRef;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevWalkException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefDatabase;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.RawParseUtils;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reading role of the JGit adapter. Reads follow the performance rules of the design: tags come
 * from the ref database once per call and are peeled through the refs' peeled ids (and remembered:
 * objects never change); ranges are one {@link RevWalk} with start and uninteresting commits and no
 * diffs; changed paths compare trees without rename detection.
 */
final class JGitReader implements RepositoryReader {
    /** The largest file read from a commit, in bytes; a larger one is an I/O failure, not a memory exhaustion. */
    private static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    private final Repository repo;

    private static final Logger LOG = LoggerFactory.getLogger(JGitReader.class);
    private static final String REVISION_FORMS = "a branch, tag, full ref or commit id";
    private final Map<ObjectId, Target> targets = new HashMap<>();
    /**
     * The commits that unfiltered logs, commit reads and reachability walks have read, shared by their walks so that a
     * commit is inflated once however many ranges hold it or bound it; guarded by {@code this}.
     */
    private @Nullable CommitCache cache;

    JGitReader(Repository repo) {
        this.repo = repo;
    }

    @Override
    public List<TagRef> tags() {
        try {
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
                    target = peel(refs, ref);
                    if (target == null) {
                        continue;
                    }
                    targets.put(id.copy(), target);
                }
                String commit = target.commit();
                if (commit != null) {
                    tags.add(new TagRef(ref.getName().substring(Constants.R_TAGS.length()), commit, target.annotated(),
                            Optional.ofNullable(target.taggerTime())));
                }
            }
            return List.copyOf(tags);
        } catch (IOException | LargeObjectException e) {
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

    /** Where a tag object's {@code type} line starts: after {@code object <id>\n}. */
    private static final int TYPE_LINE_AT = "object ".length() + Constants.OBJECT_ID_STRING_LENGTH + 1;
    private static final byte[] TYPE_COMMIT = Constants.encodeASCII("type commit\n");

    /**
     * Whether an object is a commit, read through the commit cache: a release tag's commit is then
     * in the cache for the range walks that start or stop there.
     */
    private synchronized boolean isCommit(ObjectId id) throws IOException {
        try {
            cache().open(id, Constants.OBJ_COMMIT);
            return true;
        } catch (IncorrectObjectTypeException e) {
            return false;
        } catch (MissingObjectException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            dropCache();
            throw e;
        }
    }

    /** What a tag ref peels to, or null when its object is missing (not remembered: a fetch may bring it). */
    private synchronized @Nullable Target peel(RefDatabase refs, Ref ref) throws IOException {
        try {
            Ref peeled = ref.isPeeled() ? ref : refs.peel(ref);
            ObjectId peeledId = peeled.getPeeledObjectId();
            ObjectId target = peeledId != null ? peeledId : ref.getObjectId();
            if (peeledId == null) {
                return new Target(isCommit(target) ? target.name() : null, false, null);
            }
            // The tag object is read instead of its target: its header names the target's type, so a tag
            // of a commit (nearly all) still costs one object read, and the tagger line comes with it.
            // Only the header lines needed are read (RevTag.parse would hash the object and decode its name
            // and message, which made a first read of 2,000 tags about 60 % slower).
            byte[] raw = cache().open(ref.getObjectId(), Constants.OBJ_TAG).getCachedBytes();
            int taggerAt = RawParseUtils.tagger(raw, 0);
            PersonIdent tagger = taggerAt < 0 ? null : RawParseUtils.parsePersonIdent(raw, taggerAt);
            Instant time = tagger == null ? null : tagger.getWhenAsInstant();
            boolean commit = RawParseUtils.match(raw, TYPE_LINE_AT, TYPE_COMMIT) > 0
                    || isCommit(target);
            return new Target(commit ? target.name() : null, true, time);
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
    private record Target(@Nullable String commit, boolean annotated, @Nullable Instant taggerTime) {
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

    ObjectId requireCommitId(String revision) {
        Checks.notBlank(revision, "revision");
        ObjectId id = resolveCommit(revision);
        if (id == null) {
            throw new RepositoryException(REF_NOT_FOUND, Messages.revisionNotFound(revision));
        }
        return id;
    }

    private @Nullable ObjectId resolveCommit(String revision) {
        if (revision.startsWith(Constants.R_REFS) && !revision.contains("^") && !revision.contains("~")
                && !revision.contains("@") && !revision.contains(":")) {
            Ref ref = exactRef(revision);
            if (ref != null) {
                return commitOf(revision, ref);
            }
        }
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

    private @Nullable Ref exactRef(String name) {
        try {
            return repo.exactRef(name);
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("resolve " + name), e);
        }
    }

    /**
     * The commit a ref points at, peeled through annotated tags, or null when it does not lead to a
     * commit: what {@code resolve(name + "^{commit}")} answers for a full ref name, without the
     * revision parser and the walk it builds per call (choosing the newest tags asks this for each
     * candidate). The commit's bytes stay in the commit cache for the walk that follows.
     */
    private @Nullable ObjectId commitOf(String name, Ref ref) {
        if (ref.getObjectId() == null) {
            return null;
        }
        try {
            Ref peeled = ref.isPeeled() ? ref : repo.getRefDatabase().peel(ref);
            ObjectId target = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
            synchronized (this) {
                try {
                    cache().open(target, Constants.OBJ_COMMIT);
                    return target.copy();
                } catch (IncorrectObjectTypeException | MissingObjectException e) {
                    return null; // a tag of a tree or a blob, or an object this clone lacks: no commit
                } catch (IOException | RuntimeException e) {
                    dropCache();
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("resolve " + name), e);
        }
    }

    @Override
    public Commit readCommit(String revision) {
        Checks.notBlank(revision, "revision");
        synchronized (this) {
            try (RevWalk walk = new RevWalk(cache())) {
                return toCommit(parseCached(walk, revision));
            } catch (IOException e) {
                dropCache();
                throw new RepositoryException(IO_FAILURE, Messages.ioFailure("read commit " + revision), e);
            } catch (ReleaseException e) {
                throw e; // a revision that names no commit leaves the walk as it was
            } catch (RuntimeException e) {
                dropCache();
                throw e;
            }
        }
    }

    /** An unfiltered range, walked over the commit cache: each commit is inflated once per reader. */
    private synchronized List<Commit> cachedLog(CommitRange range) {
        try (RevWalk walk = new RevWalk(cache())) {
            RevCommit until = parseCached(walk, range.until());
            RevCommit since = range.isWholeHistory() ? null : parseCached(walk, range.since());
            walk.markStart(until);
            if (since != null) {
                walk.markUninteresting(since);
            }
            List<Commit> commits = new ArrayList<>();
            for (RevCommit commit : walk) {
                commits.add(toCommit(commit));
            }
            return List.copyOf(commits);
        } catch (IOException | RevWalkException e) {
            dropCache();
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("list " + describe(range)), e);
        } catch (ReleaseException e) {
            throw e; // a revision that names no commit leaves the cache as it was
        } catch (RuntimeException e) {
            dropCache();
            throw e;
        }
    }

    /**
     * The commit a revision names. A full commit id (what callers that listed tags pass) is looked
     * up directly, as {@link Repository#resolve} would, without the walk and the reference lookups
     * {@code resolve} costs per call.
     */
    private RevCommit parseCached(RevWalk walk, String revision) throws IOException {
        if (!ObjectId.isId(revision)) {
            return walk.parseCommit(requireCommitId(revision));
        }
        try {
            RevObject object = walk.peel(walk.parseAny(ObjectId.fromString(revision)));
            if (object instanceof RevCommit commit) {
                return commit;
            }
        } catch (MissingObjectException e) {
            // Not in this repository: no such commit, as resolve would say.
        }
        throw new RepositoryException(REF_NOT_FOUND, Messages.revisionNotFound(revision));
    }

    private CommitCache cache() {
        if (cache == null) {
            cache = new CommitCache(repo.newObjectReader(), CommitCache.DEFAULT_BUDGET);
        }
        return cache;
    }

    /** Forgets the cache after a failure, which may have left its reader half-way. */
    private void dropCache() {
        if (cache != null) {
            cache.close();
            cache = null;
        }
    }

    /** Releases the cache and its object reader; the reader can still be used and opens a new one. */
    synchronized void close() {
        dropCache();
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
        if (range.paths().isAll() && !range.firstParent()) {
            return cachedLog(range);
        }
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
            if (!range.paths().isAll()) {
                // With a tree filter RevWalk rewrites parents and drops TREESAME commits: git log -- paths.
                walk.setTreeFilter(AndTreeFilter.create(new PathFilterTree(range.paths()), TreeFilter.ANY_DIFF));
            }
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
        return Commit.of(commit.name(), commit.getFullMessage(), author != null ? author.getName() : "",
                committerTime(commit));
    }

    /**
     * The committer's time: as the header parse already read it (seconds in an {@code int}), else,
     * for a time before 1970 or after 2038 or no committer at all, from the committer line.
     */
    private static Instant committerTime(RevCommit commit) {
        int seconds = commit.getCommitTime();
        if (seconds > 0) {
            return Instant.ofEpochSecond(seconds);
        }
        PersonIdent committer = commit.getCommitterIdent();
        return committer != null ? committer.getWhenAsInstant() : Instant.EPOCH;
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
            if (mode == FileMode.SYMLINK) {
                // Reading it as absent would let a step write a regular file over the link.
                throw new InvalidInputException("file " + path + " at " + revision, path, Messages.NOT_A_SYMLINK);
            }
            if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                return Optional.empty();
            }
            byte[] bytes = walk.getObjectReader().open(tree.getObjectId(0), Constants.OBJ_BLOB)
                    .getCachedBytes(MAX_FILE_BYTES);
            int bad = Utf8.firstBadByte(bytes);
            if (bad >= 0) {
                // Decoding leniently would replace the bytes, and a step writing the file back would change them.
                throw new InvalidInputException("file " + path + " at " + revision, path, Messages.notUtf8(bad));
            }
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
    public Optional<String> findRefId(RefName name) {
        String refName = GitIds.refName(name);
        try {
            Ref ref = repo.exactRef(refName);
            return ref == null || ref.getObjectId() == null ? Optional.empty() : Optional.of(ref.getObjectId().name());
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("read " + refName), e);
        }
    }

    @Override
    public Optional<Instant> findRefTime(RefName name) {
        String refName = GitIds.refName(name);
        try (RevWalk walk = new RevWalk(repo)) {
            Ref ref = repo.exactRef(refName);
            if (ref == null || ref.getObjectId() == null) {
                return Optional.empty();
            }
            org.eclipse.jgit.revwalk.RevObject object = walk.parseAny(ref.getObjectId());
            if (object instanceof org.eclipse.jgit.revwalk.RevTag tag && tag.getTaggerIdent() != null) {
                return Optional.of(tag.getTaggerIdent().getWhenAsInstant());
            }
            return Optional.empty();
        } catch (MissingObjectException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("read " + refName), e);
        }
    }

    @Override
    public java.util.Set<String> reachableFrom(String revision, java.util.Collection<String> commitIds) {
        ObjectId tip = requireCommitId(revision);
        java.util.Set<ObjectId> wanted = new java.util.HashSet<>();
        for (String id : Checks.notNull(commitIds, "commit ids")) {
            wanted.add(GitIds.objectId(id));
        }
        java.util.Set<String> found = new java.util.HashSet<>();
        if (wanted.isEmpty()) {
            return java.util.Set.of();
        }
        synchronized (this) {
            return reachable(revision, tip, wanted, found);
        }
    }

    /** One walk of a revision's history over the commit cache, stopping once every wanted commit was seen. */
    private java.util.Set<String> reachable(String revision, ObjectId tip, java.util.Set<ObjectId> wanted,
            java.util.Set<String> found) {
        try (RevWalk walk = new RevWalk(cache())) {
            walk.setRetainBody(false);
            walk.markStart(walk.parseCommit(tip));
            for (RevCommit commit : walk) {
                if (wanted.remove(commit)) {
                    found.add(commit.name());
                    if (wanted.isEmpty()) {
                        break;
                    }
                }
            }
            return java.util.Set.copyOf(found);
        } catch (IOException | RevWalkException e) {
            dropCache();
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("walk the history of " + revision), e);
        }
    }
}
