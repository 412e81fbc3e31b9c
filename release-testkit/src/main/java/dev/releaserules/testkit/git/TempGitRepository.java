package dev.releaserules.testkit.git;

import dev.releaserules.testkit.internal.Args;
import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.spi.Identity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A real git repository in a temporary directory, usually with a bare {@code origin} next to it,
 * built fluently; closing it deletes the directory.
 *
 * <pre>{@code
 * try (TempGitRepository repo = TempGitRepository.builder().initialBranch("develop").build()) {
 *     repo.commit("feat: add login", Map.of("version.txt", "2.2.0\n"))
 *         .tag("v2.2.0")                          // annotated
 *         .commit("fix: typo", Map.of("README.md", "hello\n"))
 *         .branch("feature/x").checkout("feature/x")
 *         .commit("feat: x", Map.of("x.txt", "x\n"))
 *         .checkout("develop")
 *         .merge("feature/x")                     // --no-ff merge commit
 *         .push("refs/heads/develop", "refs/tags/v2.2.0");
 *     Path workTree = repo.workTree();            // open it with the adapter under test
 * }
 * }</pre>
 *
 * <p>Commits, merges and annotated tags are made as {@link #author()} at the time of
 * {@link #clock()}, which ticks once before each of them, in UTC; with the same steps a test gets the
 * same commit ids on every run and machine. The repository's own config turns off signing and line
 * ending conversion, and hooks are skipped, so the caller's git configuration cannot change the
 * outcome.
 *
 * <p>Not thread-safe. Failures are setup errors and surface as {@link ReleaseException}.
 */
public final class TempGitRepository implements AutoCloseable {
    private static final String ORIGIN = "origin";

    private final Path directory;
    private final Path workTree;
    private final @Nullable Path origin;
    private final Git git;
    private final TickingClock clock;
    private final Identity author;

    private TempGitRepository(Path directory, Path workTree, @Nullable Path origin, Git git, TickingClock clock,
            Identity author) {
        this.directory = directory;
        this.workTree = workTree;
        this.origin = origin;
        this.git = git;
        this.clock = clock;
        this.author = author;
    }

    /**
     * A builder with the defaults: branch {@code main}, a bare origin, {@link TestIdentities#DEVELOPER},
     * {@link TickingClock#standard()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A repository with the defaults of {@link #builder()}.
     *
     * @return the repository; close it to delete it
     */
    public static TempGitRepository create() {
        return builder().build();
    }

    /** Builds a {@link TempGitRepository}; not thread-safe. */
    public static final class Builder {
        private String initialBranch = "main";
        private boolean withOrigin = true;
        private TickingClock clock = TickingClock.standard();
        private Identity author = TestIdentities.DEVELOPER;

        private Builder() {
        }

        /**
         * The branch HEAD starts on.
         *
         * @param branch the short branch name; default {@code main}
         * @return this builder
         */
        public Builder initialBranch(String branch) {
            this.initialBranch = Args.notBlank(branch, "initialBranch");
            return this;
        }

        /**
         * Whether to create a bare repository as remote {@code origin}.
         *
         * @param origin true (the default) for a bare origin
         * @return this builder
         */
        public Builder origin(boolean origin) {
            this.withOrigin = origin;
            return this;
        }

        /**
         * The clock that dates commits and tags.
         *
         * @param clock the clock; default {@link TickingClock#standard()}
         * @return this builder
         */
        public Builder clock(TickingClock clock) {
            this.clock = Args.notNull(clock, "clock");
            return this;
        }

        /**
         * Who authors and commits.
         *
         * @param author the identity; default {@link TestIdentities#DEVELOPER}
         * @return this builder
         */
        public Builder author(Identity author) {
            this.author = Args.notNull(author, "author");
            return this;
        }

        /**
         * Creates the directories and repositories.
         *
         * @return the repository; close it to delete it
         */
        public TempGitRepository build() {
            Path directory = createTempDirectory();
            try {
                Path origin = null;
                if (withOrigin) {
                    origin = directory.resolve("origin.git");
                    try (Git bare = Git.init().setBare(true).setInitialBranch(initialBranch)
                            .setDirectory(origin.toFile()).call()) {
                        configure(bare.getRepository());
                    }
                }
                Path workTree = directory.resolve("work");
                Git git = Git.init().setInitialBranch(initialBranch).setDirectory(workTree.toFile()).call();
                configure(git.getRepository());
                if (origin != null) {
                    StoredConfig config = git.getRepository().getConfig();
                    config.setString("remote", ORIGIN, "url", origin.toString());
                    config.setString("remote", ORIGIN, "fetch", "+refs/heads/*:refs/remotes/origin/*");
                    config.save();
                }
                return new TempGitRepository(directory, workTree, origin, git, clock, author);
            } catch (GitAPIException | IOException | RuntimeException e) {
                delete(directory);
                throw failure("create a repository in " + directory, e);
            }
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("release-rules-git-");
        } catch (IOException e) {
            throw failure("create a temporary directory", e);
        }
    }

    /** Repository-level settings that override whatever the user's global config says. */
    private static void configure(Repository repository) throws IOException {
        StoredConfig config = repository.getConfig();
        config.setBoolean("commit", null, "gpgsign", false);
        config.setBoolean("tag", null, "gpgsign", false);
        config.setString("core", null, "autocrlf", "false");
        config.setString("core", null, "hooksPath", "no-hooks");
        config.save();
    }

    /**
     * A clone of {@link #origin()} in a new temporary directory, on the origin's default branch, with
     * its own clock starting at this one's current time and its own author; closing it leaves the
     * origin alone.
     *
     * @param cloneAuthor who commits in the clone
     * @return the clone
     */
    public TempGitRepository cloneOrigin(Identity cloneAuthor) {
        return cloneOrigin(cloneAuthor, 0);
    }

    /**
     * A clone of {@link #origin()} as {@link #author()}.
     *
     * @return the clone
     * @see #cloneOrigin(Identity)
     */
    public TempGitRepository cloneOrigin() {
        return cloneOrigin(author, 0);
    }

    /**
     * A shallow clone of {@link #origin()} with the given depth, for tests of shallow-clone refusals.
     *
     * @param depth how many commits of history to fetch, positive
     * @return the shallow clone
     */
    public TempGitRepository shallowClone(int depth) {
        if (depth <= 0) {
            throw new InvalidInputException("depth", Integer.toString(depth), "a positive number of commits");
        }
        return cloneOrigin(author, depth);
    }

    private TempGitRepository cloneOrigin(Identity cloneAuthor, int depth) {
        Args.notNull(cloneAuthor, "author");
        Path originDir = origin();
        Path cloneDirectory = createTempDirectory();
        Path cloneWorkTree = cloneDirectory.resolve("work");
        try {
            var command = Git.cloneRepository()
                    .setURI(originDir.toUri().toString())
                    .setDirectory(cloneWorkTree.toFile())
                    .setRemote(ORIGIN);
            if (depth > 0) {
                command.setDepth(depth);
            }
            Git clone = command.call();
            configure(clone.getRepository());
            TickingClock cloneClock = TickingClock.startingAt(clock.instant(), clock.step());
            return new TempGitRepository(cloneDirectory, cloneWorkTree, originDir, clone, cloneClock, cloneAuthor);
        } catch (GitAPIException | IOException | RuntimeException e) {
            delete(cloneDirectory);
            throw failure("clone " + originDir, e);
        }
    }

    /**
     * Writes files into the work tree, stages them and commits them.
     *
     * @param message the commit message, such as {@code "feat: add login"}
     * @param files path (with {@code /}) → UTF-8 content
     * @return this repository
     */
    public TempGitRepository commit(String message, Map<String, String> files) {
        Args.notNull(message, "message");
        Map<String, String> sorted = new TreeMap<>(Args.mapCopy(files, "files"));
        try {
            for (Map.Entry<String, String> file : sorted.entrySet()) {
                writeWorkTreeFile(file.getKey(), file.getValue());
                git.add().addFilepattern(file.getKey()).call();
            }
            return commitStaged(message);
        } catch (GitAPIException | IOException e) {
            throw failure("commit " + message, e);
        }
    }

    /**
     * Commits without changing files (an empty commit).
     *
     * @param message the commit message
     * @return this repository
     */
    public TempGitRepository commit(String message) {
        return commit(message, Map.of());
    }

    /**
     * Deletes files and commits the deletion.
     *
     * @param message the commit message
     * @param paths the paths to delete
     * @return this repository
     */
    public TempGitRepository remove(String message, String... paths) {
        try {
            for (String path : paths) {
                git.rm().addFilepattern(Args.notBlank(path, "path")).call();
            }
            return commitStaged(message);
        } catch (GitAPIException e) {
            throw failure("remove " + List.of(paths), e);
        }
    }

    /**
     * Renames a file and commits the rename.
     *
     * @param message the commit message
     * @param from the current path
     * @param to the new path
     * @return this repository
     */
    public TempGitRepository rename(String message, String from, String to) {
        try {
            Path target = workTree.resolve(Args.notBlank(to, "to"));
            Files.createDirectories(target.getParent());
            Files.move(workTree.resolve(Args.notBlank(from, "from")), target);
            git.rm().setCached(true).addFilepattern(from).call();
            git.add().addFilepattern(to).call();
            return commitStaged(message);
        } catch (GitAPIException | IOException e) {
            throw failure("rename " + from + " to " + to, e);
        }
    }

    private TempGitRepository commitStaged(String message) throws GitAPIException {
        PersonIdent ident = nextIdent();
        git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setAllowEmpty(true)
                .setSign(false).setNoVerify(true).call();
        return this;
    }

    private PersonIdent nextIdent() {
        return new PersonIdent(author.name(), author.email(), clock.tick(), ZoneOffset.UTC);
    }

    /**
     * Writes a file into the work tree only, without staging or committing it (to make the work
     * tree dirty, or to leave an untracked file).
     *
     * @param path the path from the work tree root
     * @param content the UTF-8 content
     * @return this repository
     */
    public TempGitRepository write(String path, String content) {
        try {
            writeWorkTreeFile(path, Args.notNull(content, "content"));
            return this;
        } catch (IOException e) {
            throw failure("write " + path, e);
        }
    }

    private void writeWorkTreeFile(String path, String content) throws IOException {
        Path file = workTree.resolve(Args.notBlank(path, "path")).normalize();
        if (!file.startsWith(workTree)) {
            throw new InvalidInputException("file path", path, "a path inside the work tree");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /**
     * Creates an annotated tag at HEAD, with the message {@code "Release <name>"}.
     *
     * @param name the tag name, such as {@code v1.2.3}
     * @return this repository
     */
    public TempGitRepository tag(String name) {
        return tag(name, Constants.HEAD);
    }

    /**
     * Creates an annotated tag at a revision, with the message {@code "Release <name>"}.
     *
     * @param name the tag name
     * @param revision the revision to tag
     * @return this repository
     */
    public TempGitRepository tag(String name, String revision) {
        try {
            git.tag().setName(Args.notBlank(name, "tag")).setAnnotated(true).setMessage("Release " + name + "\n")
                    .setTagger(nextIdent()).setObjectId(git.getRepository().parseCommit(resolve(revision)))
                    .setSigned(false).call();
            return this;
        } catch (GitAPIException | IOException e) {
            throw failure("tag " + name, e);
        }
    }

    /**
     * Creates a lightweight tag at HEAD.
     *
     * @param name the tag name
     * @return this repository
     */
    public TempGitRepository lightweightTag(String name) {
        return lightweightTag(name, Constants.HEAD);
    }

    /**
     * Creates a lightweight tag at any object a revision names, such as {@code HEAD^{tree}} for a
     * tag that does not point at a commit.
     *
     * @param name the tag name
     * @param revision the revision
     * @return this repository
     */
    public TempGitRepository lightweightTag(String name, String revision) {
        return createRef(Constants.R_TAGS + Args.notBlank(name, "tag"), revision);
    }

    /**
     * Creates a branch at HEAD without checking it out.
     *
     * @param name the branch name
     * @return this repository
     */
    public TempGitRepository branch(String name) {
        return branch(name, Constants.HEAD);
    }

    /**
     * Creates a branch at a revision without checking it out.
     *
     * @param name the branch name
     * @param revision the start point
     * @return this repository
     */
    public TempGitRepository branch(String name, String revision) {
        // Peeled, so that a branch started at an annotated tag points at the commit, never the tag object.
        return createRef(Constants.R_HEADS + Args.notBlank(name, "branch"), Args.notBlank(revision, "revision") + "^{commit}");
    }

    private TempGitRepository createRef(String refName, String revision) {
        try {
            RefUpdate update = git.getRepository().updateRef(refName);
            update.setNewObjectId(resolve(revision));
            update.setExpectedOldObjectId(ObjectId.zeroId());
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.NEW) {
                throw new ReleaseException("Could not create " + refName + ": " + result);
            }
            return this;
        } catch (IOException e) {
            throw failure("create " + refName, e);
        }
    }

    /**
     * Checks a branch out (work tree and HEAD).
     *
     * @param branch the branch name
     * @return this repository
     */
    public TempGitRepository checkout(String branch) {
        try {
            git.checkout().setName(Args.notBlank(branch, "branch")).call();
            return this;
        } catch (GitAPIException e) {
            throw failure("check out " + branch, e);
        }
    }

    /**
     * Detaches HEAD at the commit it points at.
     *
     * @return this repository
     */
    public TempGitRepository detachHead() {
        try {
            git.checkout().setName(head()).call();
            return this;
        } catch (GitAPIException e) {
            throw failure("detach HEAD", e);
        }
    }

    /**
     * Merges a branch into the checked-out one with a merge commit ({@code --no-ff}), message
     * {@code "Merge branch '<branch>'"}.
     *
     * @param branch the branch to merge
     * @return this repository
     */
    public TempGitRepository merge(String branch) {
        return merge(branch, "Merge branch '" + branch + "'");
    }

    /**
     * Merges a branch into the checked-out one with a merge commit ({@code --no-ff}).
     *
     * @param branch the branch to merge
     * @param message the merge commit message
     * @return this repository
     */
    public TempGitRepository merge(String branch, String message) {
        return mergeThenCommit(branch, message, false);
    }

    /**
     * Squash-merges a branch into the checked-out one: one ordinary commit with the branch's changes.
     *
     * @param branch the branch to merge
     * @param message the commit message
     * @return this repository
     */
    public TempGitRepository squashMerge(String branch, String message) {
        return mergeThenCommit(branch, message, true);
    }

    private TempGitRepository mergeThenCommit(String branch, String message, boolean squash) {
        try {
            // Merge without committing, then commit ourselves: MergeCommand would date the commit by
            // the system clock and sign it as the configured user.
            MergeCommand merge = git.merge().include(resolve(Args.notBlank(branch, "branch"))).setCommit(false);
            if (squash) {
                merge.setSquash(true);
            } else {
                merge.setFastForward(MergeCommand.FastForwardMode.NO_FF);
            }
            MergeResult result = merge.call();
            if (!result.getMergeStatus().isSuccessful()) {
                throw new ReleaseException("Merging " + branch + " failed: " + result.getMergeStatus()
                        + (result.getConflicts() != null ? " " + new TreeMap<>(result.getConflicts()).keySet() : ""));
            }
            return commitStaged(Args.notNull(message, "message"));
        } catch (GitAPIException | IOException e) {
            throw failure("merge " + branch, e);
        }
    }

    /**
     * Pushes refs to {@code origin}, each to the same name.
     *
     * @param refNames full ref names, such as {@code refs/heads/main} and {@code refs/tags/v1.0.0}
     * @return this repository
     */
    public TempGitRepository push(String... refNames) {
        List<RefSpec> specs = new ArrayList<>();
        for (String name : refNames) {
            specs.add(new RefSpec(Args.notBlank(name, "ref name") + ":" + name));
        }
        return push(specs);
    }

    /**
     * Pushes every branch and tag to {@code origin}.
     *
     * @return this repository
     */
    public TempGitRepository pushAll() {
        return push(List.of(new RefSpec("refs/heads/*:refs/heads/*"), new RefSpec("refs/tags/*:refs/tags/*")));
    }

    private TempGitRepository push(List<RefSpec> specs) {
        origin();
        try {
            for (PushResult result : git.push().setRemote(ORIGIN).setRefSpecs(specs).call()) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    if (update.getStatus() != RemoteRefUpdate.Status.OK
                            && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                        throw new ReleaseException("Push of " + update.getRemoteName() + " was refused: "
                                + update.getStatus());
                    }
                }
            }
            return this;
        } catch (GitAPIException e) {
            throw failure("push " + specs, e);
        }
    }

    /**
     * The commit id HEAD points at.
     *
     * @return the full id
     */
    public String head() {
        return commitId(Constants.HEAD);
    }

    /**
     * The commit id a revision resolves to.
     *
     * @param revision a branch, tag or other revision
     * @return the full commit id
     */
    public String commitId(String revision) {
        try {
            ObjectId id = git.getRepository().resolve(Args.notBlank(revision, "revision") + "^{commit}");
            if (id == null) {
                throw new ReleaseException("Revision \"" + revision + "\" does not exist in " + workTree);
            }
            return id.name();
        } catch (IOException e) {
            throw failure("resolve " + revision, e);
        }
    }

    private ObjectId resolve(String revision) throws IOException {
        ObjectId id = git.getRepository().resolve(Args.notBlank(revision, "revision"));
        if (id == null) {
            throw new ReleaseException("Revision \"" + revision + "\" does not exist in " + workTree);
        }
        return id;
    }

    /**
     * Every ref of the repository (not HEAD) and the object it points at, for before/after comparisons.
     *
     * @return full ref name → object id, sorted by name
     */
    public Map<String, String> refs() {
        return refsOf(git.getRepository());
    }

    /**
     * Every ref of {@code origin} and the object it points at.
     *
     * @return full ref name → object id, sorted by name
     */
    public Map<String, String> originRefs() {
        try (Repository bare = new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .setGitDir(origin().toFile()).setMustExist(true).build()) {
            return refsOf(bare);
        } catch (IOException e) {
            throw failure("read the refs of " + origin, e);
        }
    }

    private static Map<String, String> refsOf(Repository repository) {
        try {
            Map<String, String> refs = new TreeMap<>();
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_REFS)) {
                if (ref.getObjectId() != null) {
                    refs.put(ref.getName(), ref.getObjectId().name());
                }
            }
            return refs;
        } catch (IOException e) {
            throw failure("read the refs of " + repository.getDirectory(), e);
        }
    }

    /**
     * The work tree (its {@code .git} directory inside).
     *
     * @return the work tree directory
     */
    public Path workTree() {
        return workTree;
    }

    /**
     * The git directory of the work tree.
     *
     * @return the {@code .git} directory
     */
    public Path gitDir() {
        return git.getRepository().getDirectory().toPath();
    }

    /**
     * The bare repository configured as remote {@code origin}.
     *
     * @return its directory
     * @throws ReleaseException when the repository was built without an origin
     */
    public Path origin() {
        if (origin == null) {
            throw new ReleaseException("This repository was built without an origin: use builder().origin(true)");
        }
        return origin;
    }

    /**
     * The temporary directory holding the work tree (and the origin, unless this is a clone, whose
     * origin stays in the directory of the repository it was cloned from).
     *
     * @return the directory that {@link #close()} deletes
     */
    public Path directory() {
        return directory;
    }

    /**
     * The JGit repository of the work tree; it stays owned by this object.
     *
     * @return the repository
     */
    public Repository repository() {
        return git.getRepository();
    }

    /**
     * The clock that dates commits and tags.
     *
     * @return the clock
     */
    public TickingClock clock() {
        return clock;
    }

    /**
     * Who authors commits and tags.
     *
     * @return the identity
     */
    public Identity author() {
        return author;
    }

    /** Closes the repository and deletes the temporary directory; never throws. */
    @Override
    public void close() {
        // The Git came from init or clone, so closing it closes its repository too; closing the
        // repository as well would close it twice (JGit warns "useCnt is already zero").
        git.close();
        delete(directory);
    }

    @Override
    public String toString() {
        return "TempGitRepository[" + workTree + "]";
    }

    private static void delete(Path directory) {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Best effort: a leftover temp directory must not fail the test that used it.
        }
    }

    private static ReleaseException failure(String what, Exception cause) {
        if (cause instanceof ReleaseException release) {
            return release;
        }
        return new ReleaseException("Test repository could not " + what + ": " + cause.getMessage(), cause);
    }
}
