package dev.releaserules.testkit.repository;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.flow.RefNames;
import dev.releaserules.core.spi.CommitChange;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.Identity;
import dev.releaserules.core.spi.MergeOutcome;
import dev.releaserules.core.spi.RefLease;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.spi.RepositoryException.Reason;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.spi.TagRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A git repository held in memory, implementing every operation of the
 * {@link SourceRepository} port: commits and trees as data, annotated tags as objects, refs with
 * compare-and-set, remotes that are other in-memory repositories, and atomic leased pushes. Object
 * ids are SHA-1 hashes of the object's content, so the same history gives the same ids.
 *
 * <pre>{@code
 * InMemorySourceRepository origin = InMemorySourceRepository.bare();
 * InMemorySourceRepository local = InMemorySourceRepository.cloneOf(origin, "origin");
 * local.commitOn("develop", Map.of("version.txt", "2.2.0\n"), "feat: first");
 * local.pushAll();
 * }</pre>
 *
 * <p>It is what a clone has: objects are copied to the remote on push and back on {@link #fetch()},
 * which also sets {@code refs/remotes/<remote>/*}, so a commit pushed by another clone is unknown
 * here until fetched — as with git. Not thread-safe, except that a push is atomic against the remote.
 */
public final class InMemorySourceRepository implements SourceRepository {
    private static final Instant SETUP_TIME = Instant.parse("2024-01-01T00:00:00Z");
    private static final Identity SETUP = new Identity("Test Developer", "dev@example.com");

    private final Map<String, Object> objects = new HashMap<>();
    private final Map<String, String> refs = new TreeMap<>();
    private final Map<String, InMemorySourceRepository> remotes = new LinkedHashMap<>();
    private final boolean bare;
    private String headBranch;
    private boolean shallow;
    private boolean clean = true;
    private int setupTick;

    private record CommitObject(String id, List<String> parents, Map<String, String> tree, String message,
            String author, Instant time) {
    }

    /** An annotated tag; {@code time} is the tagger time, kept apart from the message so {@link #tags()} can tell it. */
    private record TagObject(String id, String name, String target, String message, Instant time) {
    }

    private InMemorySourceRepository(boolean bare, String headBranch) {
        this.bare = bare;
        this.headBranch = headBranch;
    }

    /**
     * A bare repository, to serve as a remote.
     *
     * @return an empty bare repository
     */
    public static InMemorySourceRepository bare() {
        return new InMemorySourceRepository(true, "main");
    }

    /**
     * An empty repository with a work tree on {@code initialBranch} and no remote.
     *
     * @param initialBranch the branch HEAD names
     * @return the repository
     */
    public static InMemorySourceRepository init(String initialBranch) {
        return new InMemorySourceRepository(false, RefNames.requireValid(initialBranch));
    }

    /**
     * A clone of a remote: every branch as a remote-tracking ref, its tags, and — when the remote
     * has it — its first branch checked out as the only local branch (as {@code git clone} does).
     *
     * @param remote the remote repository
     * @param name the remote's name, such as {@code origin}
     * @return the clone
     */
    public static InMemorySourceRepository cloneOf(InMemorySourceRepository remote, String name) {
        InMemorySourceRepository clone = new InMemorySourceRepository(false, remote.headBranch);
        clone.addRemote(name, remote);
        clone.fetch();
        RefName head = RefName.branch(remote.headBranch);
        clone.findRemoteTracking(name, remote.headBranch).ifPresent(id -> clone.refs.put(head.name(), id));
        return clone;
    }

    /**
     * Adds a remote.
     *
     * @param name its name
     * @param remote the repository
     * @return this repository
     */
    public InMemorySourceRepository addRemote(String name, InMemorySourceRepository remote) {
        remotes.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(remote, "remote"));
        return this;
    }

    /**
     * Commits files on a branch as a developer would (creating the branch at HEAD's commit, or as a
     * root commit, when it does not exist) and checks it out.
     *
     * @param branch the branch
     * @param files path → content
     * @param message the message
     * @return the new commit's id
     */
    public String commitOn(String branch, Map<String, String> files, String message) {
        RefName ref = RefName.branch(branch);
        if (!refs.containsKey(ref.name())) {
            String start = refs.get(RefName.branch(headBranch).name());
            if (start == null) {
                String root = store(new CommitObject(null, List.of(), new TreeMap<>(files), message, SETUP.name(),
                        SETUP_TIME.plusSeconds(setupTick++)));
                refs.put(ref.name(), root);
                headBranch = branch;
                return root;
            }
            refs.put(ref.name(), start);
        }
        headBranch = branch;
        return commit(branch, files, message, SETUP, SETUP_TIME.plusSeconds(setupTick++));
    }

    /**
     * Pushes every local branch and tag to the first remote, as {@code git push --all --tags --force}.
     *
     * @return this repository
     */
    public InMemorySourceRepository pushAll() {
        InMemorySourceRepository remote = firstRemote();
        synchronized (remote) {
            refs.forEach((name, id) -> {
                if (name.startsWith("refs/heads/") || name.startsWith("refs/tags/")) {
                    copyReachable(id, remote);
                    remote.refs.put(name, id);
                }
            });
        }
        return this;
    }

    /**
     * Fetches every remote: its objects, its branches as {@code refs/remotes/<remote>/*} and its
     * tags.
     *
     * @return this repository
     */
    public InMemorySourceRepository fetch() {
        remotes.forEach((name, remote) -> {
            synchronized (remote) {
                remote.refs.forEach((ref, id) -> {
                    remote.copyReachable(id, this);
                    if (ref.startsWith("refs/heads/")) {
                        refs.put("refs/remotes/" + name + "/" + ref.substring("refs/heads/".length()), id);
                    } else if (ref.startsWith("refs/tags/")) {
                        refs.putIfAbsent(ref, id);
                    }
                });
            }
        });
        return this;
    }

    /**
     * Checks out a local branch (HEAD names it).
     *
     * @param branch the branch
     * @return this repository
     */
    public InMemorySourceRepository checkout(String branch) {
        this.headBranch = RefNames.requireValid(branch);
        return this;
    }

    /**
     * Marks the repository as a shallow clone (or not).
     *
     * @param value true for shallow
     * @return this repository
     */
    public InMemorySourceRepository shallow(boolean value) {
        this.shallow = value;
        return this;
    }

    /**
     * Marks the work tree as having uncommitted changes (or not).
     *
     * @param value true for clean
     * @return this repository
     */
    public InMemorySourceRepository clean(boolean value) {
        this.clean = value;
        return this;
    }

    /**
     * Every ref and the object it holds, as {@code git show-ref} lists them.
     *
     * @return full ref name → object id
     */
    public Map<String, String> refs() {
        return Map.copyOf(refs);
    }

    // ---- reads ----

    @Override
    public List<TagRef> tags() {
        List<TagRef> tags = new ArrayList<>();
        refs.forEach((name, id) -> {
            if (name.startsWith("refs/tags/")) {
                Object object = objects.get(id);
                if (object instanceof TagObject tag) {
                    // git records the tagger time to the second, and so does this repository's tag list.
                    tags.add(TagRef.annotated(name.substring("refs/tags/".length()), tag.target(),
                            tag.time().truncatedTo(ChronoUnit.SECONDS)));
                } else if (object instanceof CommitObject) {
                    tags.add(TagRef.lightweight(name.substring("refs/tags/".length()), id));
                }
            }
        });
        return List.copyOf(tags);
    }

    @Override
    public List<String> tagNames() {
        return refs.keySet().stream().filter(n -> n.startsWith("refs/tags/"))
                .map(n -> n.substring("refs/tags/".length())).toList();
    }

    @Override
    public Optional<String> findCommit(String revision) {
        Objects.requireNonNull(revision, "revision");
        if (revision.isBlank()) {
            throw new InvalidInputException("revision", revision, "a branch, tag, full ref or commit id");
        }
        if (revision.endsWith("^{commit}")) {
            return findCommit(revision.substring(0, revision.length() - "^{commit}".length()));
        }
        if (revision.endsWith("^")) {
            return findCommit(revision.substring(0, revision.length() - 1))
                    .flatMap(id -> commitObject(id).parents().stream().findFirst());
        }
        int tilde = revision.lastIndexOf('~');
        if (tilde > 0 && revision.substring(tilde + 1).chars().allMatch(Character::isDigit)
                && tilde < revision.length() - 1) {
            Optional<String> id = findCommit(revision.substring(0, tilde));
            for (int i = Integer.parseInt(revision.substring(tilde + 1)); i > 0 && id.isPresent(); i--) {
                id = commitObject(id.get()).parents().stream().findFirst();
            }
            return id;
        }
        for (String candidate : List.of(revision, "refs/" + revision, "refs/tags/" + revision,
                "refs/heads/" + revision, "refs/remotes/" + revision)) {
            String id = refs.get(candidate);
            if (id != null) {
                return Optional.of(peel(id));
            }
        }
        if (revision.length() >= 4 && revision.length() <= 40 && revision.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            List<String> matches = objects.keySet().stream().filter(id -> id.startsWith(revision)).toList();
            if (matches.size() > 1) {
                throw new InvalidInputException("revision", revision, "an unambiguous commit id");
            }
            return matches.stream().findFirst().map(this::peel);
        }
        return Optional.empty();
    }

    @Override
    public Commit readCommit(String revision) {
        CommitObject commit = commitObject(requireCommit(revision));
        return Commit.of(commit.id(), commit.message(), commit.author(), commit.time());
    }

    @Override
    public Optional<String> findRefId(RefName ref) {
        return Optional.ofNullable(refs.get(ref.name()));
    }

    @Override
    public Optional<String> currentBranch() {
        return bare ? Optional.empty() : Optional.of(headBranch);
    }

    @Override
    public boolean isShallow() {
        return shallow;
    }

    @Override
    public boolean isClean() {
        return bare || clean;
    }

    @Override
    public List<Commit> log(CommitRange range) {
        return walk(range).stream().map(c -> Commit.of(c.id(), c.message(), c.author(), c.time())).toList();
    }

    @Override
    public List<CommitChange> changes(CommitRange range) {
        return walk(range).stream().map(c -> new CommitChange(Commit.of(c.id(), c.message(), c.author(), c.time()),
                diff(c.parents().isEmpty() ? Map.of() : commitObject(c.parents().get(0)).tree(), c.tree()))).toList();
    }

    @Override
    public List<String> changedPaths(String fromRevision, String toRevision) {
        return diff(commitObject(requireCommit(fromRevision)).tree(), commitObject(requireCommit(toRevision)).tree());
    }

    @Override
    public Optional<String> readFile(String revision, String path) {
        Objects.requireNonNull(path, "path");
        if (path.isBlank() || path.startsWith("/") || path.endsWith("/") || path.contains("\\") || path.contains("//")) {
            throw new InvalidInputException("path", path, "a path from the repository root with / separators");
        }
        return Optional.ofNullable(commitObject(requireCommit(revision)).tree().get(path));
    }

    @Override
    public boolean isAncestor(String ancestor, String descendant) {
        String older = requireCommit(ancestor);
        return ancestors(requireCommit(descendant), false).contains(older);
    }

    @Override
    public Set<String> reachableFrom(String revision, java.util.Collection<String> commitIds) {
        Set<String> reachable = ancestors(requireCommit(revision), false);
        Set<String> found = new HashSet<>();
        for (String id : commitIds) {
            if (reachable.contains(id)) {
                found.add(id);
            }
        }
        return Set.copyOf(found);
    }

    // ---- writes ----

    @Override
    public void createRef(RefName ref, String commitId) {
        requireWritable(ref);
        String target = requireCommit(commitId);
        String existing = refs.get(ref.name());
        if (existing != null) {
            throw new RepositoryException(Reason.REF_EXISTS, "Ref \"" + ref + "\" already exists (at " + existing + ")");
        }
        refs.put(ref.name(), target);
    }

    @Override
    public void updateRef(RefName ref, String expectedId, String newId) {
        requireWritable(ref);
        String now = refs.get(ref.name());
        if (now == null || !objects.containsKey(newId)) {
            throw new RepositoryException(Reason.REF_NOT_FOUND, "Revision \"" + (now == null ? ref.name() : newId)
                    + "\" does not exist in the repository");
        }
        requireAt(ref, now, expectedId);
        refs.put(ref.name(), newId);
    }

    @Override
    public void deleteRef(RefName ref, String expectedId) {
        requireWritable(ref);
        String now = refs.get(ref.name());
        if (now == null) {
            throw new RepositoryException(Reason.REF_NOT_FOUND, ref.isBranch()
                    ? "Branch \"" + ref.shortName() + "\" does not exist in the repository"
                    : "Revision \"" + ref + "\" does not exist in the repository");
        }
        if (!bare && ref.isBranch() && ref.shortName().equals(headBranch)) {
            throw new RepositoryException(Reason.BRANCH_CHECKED_OUT,
                    "Branch \"" + ref.shortName() + "\" is checked out, so it cannot be deleted");
        }
        requireAt(ref, now, expectedId);
        refs.remove(ref.name());
    }

    @Override
    public String commit(String branch, Map<String, String> files, String message, Identity author, Instant time) {
        RefName ref = RefName.branch(branch);
        requireWritable(ref);
        String head = refs.get(ref.name());
        if (head == null) {
            throw new RepositoryException(Reason.REF_NOT_FOUND, "Branch \"" + branch + "\" does not exist in the repository");
        }
        files.keySet().forEach(InMemorySourceRepository::requireFilePath);
        Map<String, String> tree = new TreeMap<>(commitObject(head).tree());
        tree.putAll(files);
        String id = store(new CommitObject(null, List.of(head), tree, Objects.requireNonNull(message, "message"),
                author.name(), time));
        refs.put(ref.name(), id);
        return id;
    }

    @Override
    public String createAnnotatedRef(RefName ref, String commitId, String message, Identity who, Instant time) {
        requireWritable(ref);
        if (ref.isBranch()) {
            throw new InvalidInputException("record ref", ref.name(), "a ref outside refs/heads/");
        }
        String target = requireCommit(commitId);
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(time, "time");
        if (refs.containsKey(ref.name())) {
            throw new RepositoryException(Reason.REF_EXISTS, "Ref \"" + ref + "\" already exists (at "
                    + refs.get(ref.name()) + ")");
        }
        String name = ref.name().substring(ref.name().lastIndexOf('/') + 1);
        String id = store(new TagObject(null, name, target, Objects.requireNonNull(message, "message") + "@" + time
                + "/" + who.name(), time));
        refs.put(ref.name(), id);
        return id;
    }

    @Override
    public Optional<Instant> findRefTime(RefName ref) {
        String id = refs.get(Objects.requireNonNull(ref, "ref").name());
        return id != null && objects.get(id) instanceof TagObject tag ? Optional.of(tag.time()) : Optional.empty();
    }

    @Override
    public String createTag(String tag, String commitId, String message, Identity tagger, Instant time) {
        RefName ref = RefName.tag(tag);
        requireWritable(ref);
        String target = requireCommit(commitId);
        if (refs.containsKey(ref.name())) {
            throw new RepositoryException(Reason.REF_EXISTS, "Ref \"" + ref + "\" already exists (at "
                    + refs.get(ref.name()) + ")");
        }
        String id = store(new TagObject(null, tag, target, message + "@" + time + "/" + tagger.name(),
                Objects.requireNonNull(time, "time")));
        refs.put(ref.name(), id);
        return id;
    }

    @Override
    public String moveTag(String tag, String expectedId, String commitId, String message, Identity tagger, Instant time) {
        RefName ref = RefName.tag(tag);
        String now = refs.get(ref.name());
        if (now == null) {
            throw new RepositoryException(Reason.REF_NOT_FOUND, "Revision \"" + ref + "\" does not exist in the repository");
        }
        requireAt(ref, now, expectedId);
        String id = store(new TagObject(null, tag, requireCommit(commitId), message + "@" + time + "/" + tagger.name(),
                Objects.requireNonNull(time, "time")));
        refs.put(ref.name(), id);
        return id;
    }

    @Override
    public MergeOutcome merge(String targetBranch, String sourceRevision, String message, Identity author,
            Instant time) {
        RefName ref = RefName.branch(targetBranch);
        String head = refs.get(ref.name());
        if (head == null) {
            throw new RepositoryException(Reason.REF_NOT_FOUND, "Branch \"" + targetBranch
                    + "\" does not exist in the repository");
        }
        String other = requireCommit(sourceRevision);
        Set<String> ours = ancestors(head, false);
        if (ours.contains(other)) {
            return new MergeOutcome.Merged(head);
        }
        Set<String> theirs = ancestors(other, false);
        Map<String, String> base = ours.stream().filter(theirs::contains)
                .map(this::commitObject).max(Comparator.comparing(CommitObject::time))
                .map(CommitObject::tree).orElse(Map.of());
        Map<String, String> left = commitObject(head).tree();
        Map<String, String> right = commitObject(other).tree();
        Map<String, String> merged = new TreeMap<>();
        TreeSet<String> conflicts = new TreeSet<>();
        Set<String> paths = new TreeSet<>(left.keySet());
        paths.addAll(right.keySet());
        for (String path : paths) {
            String b = base.get(path);
            String l = left.get(path);
            String r = right.get(path);
            String result;
            if (Objects.equals(l, r) || Objects.equals(r, b)) {
                result = l;
            } else if (Objects.equals(l, b)) {
                result = r;
            } else {
                conflicts.add(path);
                continue;
            }
            if (result != null) {
                merged.put(path, result);
            }
        }
        if (!conflicts.isEmpty()) {
            return new MergeOutcome.Conflict(List.copyOf(conflicts));
        }
        String id = store(new CommitObject(null, List.of(head, other), merged, message, author.name(), time));
        refs.put(ref.name(), id);
        return new MergeOutcome.Merged(id);
    }

    // ---- remote ----

    @Override
    public Map<RefName, String> remoteRefs(String remote) {
        InMemorySourceRepository repo = requireRemote(remote);
        synchronized (repo) {
            Map<RefName, String> result = new TreeMap<>();
            repo.refs.forEach((name, id) -> result.put(RefName.of(name), repo.peel(id)));
            return Map.copyOf(result);
        }
    }

    @Override
    public void push(String remote, List<RefLease> leases) {
        InMemorySourceRepository repo = requireRemote(remote);
        if (leases.isEmpty()) {
            throw new InvalidInputException("ref leases", "[]", "at least one ref to push");
        }
        for (RefLease lease : leases) {
            if (!lease.deletes() && !objects.containsKey(lease.newId())) {
                throw new RepositoryException(Reason.REF_NOT_FOUND, "Revision \"" + lease.newId()
                        + "\" does not exist in the repository");
            }
        }
        synchronized (repo) {
            List<String> refusals = new ArrayList<>();
            for (RefLease lease : leases) {
                String now = repo.refs.get(lease.refName().name());
                if (lease.expectsAbsent() && now != null) {
                    refusals.add(lease.refName() + " already exists on the remote");
                } else if (!lease.expectsAbsent() && !lease.expectedId().equals(now)) {
                    refusals.add(lease.refName() + (now == null ? " does not exist on the remote"
                            : " rejected (the remote has it at another commit, or it changed meanwhile)"));
                }
            }
            if (!refusals.isEmpty()) {
                throw new RepositoryException(Reason.PUSH_REJECTED, "Push to \"" + remote
                        + "\" was rejected; no ref was updated: " + String.join("; ", refusals));
            }
            for (RefLease lease : leases) {
                if (lease.deletes()) {
                    repo.refs.remove(lease.refName().name());
                } else {
                    copyReachable(lease.newId(), repo);
                    repo.refs.put(lease.refName().name(), lease.newId());
                }
            }
        }
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return "InMemorySourceRepository[" + (bare ? "bare" : headBranch) + ", " + refs.size() + " refs]";
    }

    // ---- internals ----

    private String store(Object object) {
        String id;
        Object stored;
        if (object instanceof CommitObject c) {
            id = hash("commit\0" + c.parents() + "\0" + c.tree() + "\0" + c.author() + "\0" + c.time() + "\0" + c.message());
            stored = new CommitObject(id, List.copyOf(c.parents()), Map.copyOf(c.tree()), c.message(), c.author(), c.time());
        } else {
            TagObject t = (TagObject) object;
            id = hash("tag\0" + t.name() + "\0" + t.target() + "\0" + t.message());
            stored = new TagObject(id, t.name(), t.target(), t.message(), t.time());
        }
        objects.put(id, stored);
        return id;
    }

    private static String hash(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JVM", e);
        }
    }

    private String peel(String id) {
        Object object = objects.get(id);
        return object instanceof TagObject tag ? tag.target() : id;
    }

    private CommitObject commitObject(String id) {
        Object object = objects.get(peel(id));
        if (!(object instanceof CommitObject commit)) {
            throw new RepositoryException(Reason.REF_NOT_FOUND, "Revision \"" + id + "\" does not exist in the repository");
        }
        return commit;
    }

    private Optional<String> findRemoteTracking(String remote, String branch) {
        return Optional.ofNullable(refs.get("refs/remotes/" + remote + "/" + branch));
    }

    private InMemorySourceRepository firstRemote() {
        return remotes.values().stream().findFirst().orElseThrow(() -> new RepositoryException(
                Reason.REMOTE_UNREACHABLE, "No remote is configured"));
    }

    private InMemorySourceRepository requireRemote(String remote) {
        InMemorySourceRepository repo = remotes.get(remote);
        if (repo == null) {
            throw new RepositoryException(Reason.REMOTE_UNREACHABLE, "Remote \"" + remote + "\" is not configured");
        }
        return repo;
    }

    private void copyReachable(String id, InMemorySourceRepository target) {
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (target.objects.containsKey(next)) {
                continue;
            }
            Object object = objects.get(next);
            target.objects.put(next, object);
            if (object instanceof TagObject tag) {
                todo.push(tag.target());
            } else if (object instanceof CommitObject commit) {
                commit.parents().forEach(todo::push);
            }
        }
    }

    /** Every commit reachable from {@code start}, itself included. */
    private Set<String> ancestors(String start, boolean firstParent) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                List<String> parents = commitObject(next).parents();
                (firstParent ? parents.stream().limit(1) : parents.stream()).forEach(todo::push);
            }
        }
        return seen;
    }

    /** The commits of a range, newest first by commit time, as git's default walk gives them. */
    private List<CommitObject> walk(CommitRange range) {
        Objects.requireNonNull(range, "range");
        String until = requireCommit(range.until());
        Set<String> excluded = range.isWholeHistory() ? Set.of() : ancestors(requireCommit(range.since()), false);
        List<CommitObject> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        PriorityQueue<CommitObject> queue = new PriorityQueue<>(Comparator.comparing(CommitObject::time).reversed());
        queue.add(commitObject(until));
        while (!queue.isEmpty()) {
            CommitObject next = queue.poll();
            if (!seen.add(next.id()) || excluded.contains(next.id())) {
                continue;
            }
            List<String> parents = range.firstParent() ? next.parents().stream().limit(1).toList() : next.parents();
            if (!range.paths().isAll()) {
                // git's default history simplification: a commit TREESAME to a parent for the paths is
                // left out, and only that parent is followed.
                Map<String, String> mine = filtered(next.tree(), range.paths());
                Optional<String> same = parents.stream()
                        .filter(p -> filtered(commitObject(p).tree(), range.paths()).equals(mine)).findFirst();
                if (same.isPresent()) {
                    queue.add(commitObject(same.get()));
                    continue;
                }
                if (parents.isEmpty() && mine.isEmpty()) {
                    continue;
                }
            }
            result.add(next);
            parents.forEach(p -> queue.add(commitObject(p)));
        }
        return result;
    }

    private static Map<String, String> filtered(Map<String, String> tree, dev.releaserules.core.spi.PathFilter paths) {
        Map<String, String> kept = new TreeMap<>();
        tree.forEach((path, content) -> {
            if (paths.matches(path)) {
                kept.put(path, content);
            }
        });
        return kept;
    }

    private static List<String> diff(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> paths = new TreeSet<>();
        before.forEach((path, content) -> {
            if (!content.equals(after.get(path))) {
                paths.add(path);
            }
        });
        after.forEach((path, content) -> {
            if (!content.equals(before.get(path))) {
                paths.add(path);
            }
        });
        return List.copyOf(paths);
    }

    private void requireWritable(RefName ref) {
        if (!RefNames.isValid(ref.name())) {
            throw new InvalidInputException("ref name", ref.name(), "a full ref name under refs/ that git accepts");
        }
    }

    private static void requireAt(RefName ref, String now, String expectedId) {
        if (!now.equals(expectedId)) {
            throw new RepositoryException(Reason.CONCURRENT_UPDATE, "Ref \"" + ref + "\" was updated concurrently: it is at "
                    + now + ", not " + expectedId);
        }
    }

    private static void requireFilePath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.contains("//") || path.contains("\\")
                || List.of(path.split("/")).stream().anyMatch(p -> p.equals("..") || p.equals(".") || p.equals(".git"))) {
            throw new InvalidInputException("file path", path,
                    "a relative path with / separators, without \"..\", \".git\" or empty parts");
        }
    }
}
