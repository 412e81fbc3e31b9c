package dev.releaserules.git;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.git.internal.JGitSourceRepository;
import dev.releaserules.git.internal.LeanStartup;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jgit.lib.Repository;

/**
 * Opens git repositories as {@link SourceRepository} ports, backed by JGit.
 *
 * <pre>{@code
 * try (SourceRepository repo = GitRepositories.open(Path.of("."))) {
 *     List<TagRef> tags = repo.tags();                       // read and peeled once
 *     List<Commit> commits = repo.log(CommitRange.between("v2.2.0", "develop"));
 * }
 * }</pre>
 *
 * <p>Shallow clones are refused by default: their history and tags silently give wrong versions.
 * A caller that only needs what a shallow clone has (a file at a ref, say) passes
 * {@code Options.builder().allowShallow(true).build()}.
 *
 * <p>Start-up: JGit normally runs {@code git --version} and {@code git config --system} as child
 * processes to find git's system configuration, which costs about 100 ms per process start. Before
 * the first repository is opened, this class tells JGit where that file is instead (see
 * {@link #SYSTEM_CONFIG_PROPERTY}), so no child process is started. It also sizes JGit's pack window
 * cache for whole-history walks (see {@link #WINDOW_CACHE_PROPERTY}).
 *
 * <p>The returned repositories are not thread-safe; open one per thread. The factory methods are
 * thread-safe.
 */
public final class GitRepositories {

    /**
     * System property that chooses how git's system configuration is found: unset or {@code lean}
     * (the default) reads {@code $GIT_CONFIG_SYSTEM} if set, else {@code /etc/gitconfig} if it exists,
     * without starting a process (on Windows, where its place varies, JGit's own discovery is kept);
     * {@code none} reads no system configuration; {@code discover} keeps JGit's discovery, which runs
     * {@code git}. {@code GIT_CONFIG_NOSYSTEM} is honoured in every mode.
     */
    public static final String SYSTEM_CONFIG_PROPERTY = "releaserules.git.systemConfig";

    /**
     * System property that chooses JGit's pack window cache, a JVM-wide setting: unset (the default)
     * installs, before the first repository is opened, a cache of a quarter of the maximum heap, at
     * least JGit's 10 MiB and at most 256 MiB, so that walking a large history does not re-read the
     * pack again and again; {@code jgit} keeps JGit's configuration, for applications that install
     * their own {@code WindowCacheConfig}.
     */
    public static final String WINDOW_CACHE_PROPERTY = "releaserules.git.windowCache";

    private GitRepositories() {
    }

    /**
     * Opens the repository at a path: a work tree (with {@code .git} inside) or a git directory (bare
     * or not), refusing shallow clones. The path itself must be the repository; parent directories are
     * not searched.
     *
     * @param path the work tree or git directory
     * @return the repository; closing it closes the underlying JGit repository
     * @throws RepositoryException with {@link RepositoryException.Reason#NOT_A_REPOSITORY} when the
     *     path is not a repository, {@link RepositoryException.Reason#SHALLOW_CLONE} for a shallow clone
     */
    public static SourceRepository open(Path path) {
        return open(path, Options.defaults());
    }

    /**
     * Opens the repository at a path with options.
     *
     * @param path the work tree or git directory
     * @param options what to allow
     * @return the repository; closing it closes the underlying JGit repository
     * @throws RepositoryException with {@link RepositoryException.Reason#NOT_A_REPOSITORY} when the
     *     path is not a repository, {@link RepositoryException.Reason#SHALLOW_CLONE} for a shallow clone
     *     unless the options allow it
     */
    public static SourceRepository open(Path path, Options options) {
        Checks.notNull(path, "path");
        Checks.notNull(options, "options");
        LeanStartup.apply();
        return JGitSourceRepository.open(path, options.allowShallow(), options.pushTimeout());
    }

    /**
     * Wraps a JGit repository the caller owns, refusing shallow clones.
     *
     * @param repository the repository; closing the returned port does not close it
     * @return the port over the repository
     * @throws RepositoryException with {@link RepositoryException.Reason#SHALLOW_CLONE} for a shallow clone
     */
    public static SourceRepository wrap(Repository repository) {
        return wrap(repository, Options.defaults());
    }

    /**
     * Wraps a JGit repository the caller owns, with options.
     *
     * @param repository the repository; closing the returned port does not close it
     * @param options what to allow
     * @return the port over the repository
     * @throws RepositoryException with {@link RepositoryException.Reason#SHALLOW_CLONE} for a shallow
     *     clone unless the options allow it
     */
    public static SourceRepository wrap(Repository repository, Options options) {
        Checks.notNull(repository, "repository");
        Checks.notNull(options, "options");
        return JGitSourceRepository.wrap(repository, options.allowShallow(), options.pushTimeout());
    }

    /**
     * What opening a repository allows; immutable.
     *
     * @param allowShallow whether a shallow clone is accepted (default false)
     * @param pushTimeout how long one push may take before it fails with
     *     {@link RepositoryException.Reason#REMOTE_UNREACHABLE} (default 5 minutes); positive
     */
    public record Options(boolean allowShallow, Duration pushTimeout) {

        /**
         * Validates the options.
         *
         * @throws dev.releaserules.core.InvalidInputException when {@code pushTimeout} is null, zero or negative
         */
        public Options {
            Checks.notNull(pushTimeout, "push timeout");
            if (pushTimeout.isZero() || pushTimeout.isNegative()) {
                throw new InvalidInputException("push timeout", pushTimeout.toString(), "a positive duration");
            }
        }

        /**
         * The defaults: shallow clones refused, 5 minutes per push.
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(false, JGitSourceRepository.DEFAULT_PUSH_TIMEOUT);
        }

        /**
         * A builder starting from the defaults.
         *
         * @return a new builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /** Builds {@link Options}; not thread-safe. */
        public static final class Builder {
            private boolean allowShallow;
            private Duration pushTimeout = JGitSourceRepository.DEFAULT_PUSH_TIMEOUT;

            private Builder() {
            }

            /**
             * Whether a shallow clone is accepted.
             *
             * @param allow true to accept shallow clones
             * @return this builder
             */
            public Builder allowShallow(boolean allow) {
                this.allowShallow = allow;
                return this;
            }

            /**
             * How long one push may take; a push still running then fails with
             * {@link RepositoryException.Reason#REMOTE_UNREACHABLE} (the remote may have applied it).
             *
             * @param timeout a positive duration
             * @return this builder
             * @throws dev.releaserules.core.InvalidInputException when the timeout is null, zero or negative
             */
            public Builder pushTimeout(Duration timeout) {
                Checks.notNull(timeout, "push timeout");
                if (timeout.isZero() || timeout.isNegative()) {
                    throw new InvalidInputException("push timeout", timeout.toString(), "a positive duration");
                }
                this.pushTimeout = timeout;
                return this;
            }

            /**
             * The options.
             *
             * @return the options built
             */
            public Options build() {
                return new Options(allowShallow, pushTimeout);
            }
        }
    }
}
