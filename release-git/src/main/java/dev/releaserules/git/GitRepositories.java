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
 * <p>JVM-wide settings: by default nothing JVM-wide is changed — an embedding application (an IDE,
 * a build daemon) owns JGit's pack window cache and system-configuration lookup. A process that
 * belongs to the release step alone (a script, a CI step) asks for the tuning with
 * {@code Options.builder().tuneJvmWide(true)} or {@link Options#forCommandLine()}: before the first
 * repository is opened, JGit is then told where git's system configuration is (see
 * {@link #SYSTEM_CONFIG_PROPERTY}) instead of running {@code git --version} and
 * {@code git config --system} as child processes (about 100 ms per process start), and its pack
 * window cache is sized for whole-history walks (see {@link #WINDOW_CACHE_PROPERTY}).
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
        if (options.tuneJvmWide()) {
            LeanStartup.apply();
        }
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
     * How repositories are opened; immutable.
     *
     * @param allowShallow whether a shallow clone is accepted (its history and tags cannot be trusted)
     * @param tuneJvmWide whether the first open may change JVM-wide JGit settings for a process of its
     *     own (system-configuration lookup without child processes, a pack window cache sized for
     *     whole histories); applied once per JVM
     * @param pushTimeout how long one push may take before it fails with
     *     {@link RepositoryException.Reason#REMOTE_UNREACHABLE} (default 5 minutes); positive
     */
    public record Options(boolean allowShallow, boolean tuneJvmWide, Duration pushTimeout) {

        /**
         * Validates the options.
         *
         * @throws dev.releaserules.core.InvalidInputException when {@code pushTimeout} is null, zero or negative
         */
        public Options {
            positive(pushTimeout);
        }

        private static Duration positive(Duration timeout) {
            Checks.notNull(timeout, "push timeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new InvalidInputException("push timeout", timeout.toString(), "a positive duration");
            }
            return timeout;
        }

        /**
         * Shallow clones refused, nothing JVM-wide changed: the choice for a library inside someone
         * else's application.
         *
         * @return the defaults
         */
        public static Options defaults() {
            return new Options(false, false, JGitSourceRepository.DEFAULT_PUSH_TIMEOUT);
        }

        /**
         * Shallow clones refused, JVM-wide JGit settings tuned: the choice for a script or CI step
         * that owns its JVM.
         *
         * @return the options
         */
        public static Options forCommandLine() {
            return new Options(false, true, JGitSourceRepository.DEFAULT_PUSH_TIMEOUT);
        }

        /**
         * A builder starting from {@link #defaults()}.
         *
         * @return a new builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /** Builds {@link Options}. */
        public static final class Builder {
            private boolean allowShallow;
            private boolean tuneJvmWide;
            private Duration pushTimeout = JGitSourceRepository.DEFAULT_PUSH_TIMEOUT;

            private Builder() {
            }

            /**
             * Whether a shallow clone is accepted; false unless set.
             *
             * @param allow true to accept one
             * @return this builder
             */
            public Builder allowShallow(boolean allow) {
                this.allowShallow = allow;
                return this;
            }

            /**
             * Whether JVM-wide JGit settings may be tuned for a process of its own; false unless set.
             *
             * @param tune true to tune
             * @return this builder
             */
            public Builder tuneJvmWide(boolean tune) {
                this.tuneJvmWide = tune;
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
                this.pushTimeout = positive(timeout);
                return this;
            }

            /**
             * The options.
             *
             * @return the options built
             */
            public Options build() {
                return new Options(allowShallow, tuneJvmWide, pushTimeout);
            }
        }
    }
}
