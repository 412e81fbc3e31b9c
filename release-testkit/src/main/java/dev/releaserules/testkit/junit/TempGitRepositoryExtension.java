package dev.releaserules.testkit.junit;

import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.spi.Identity;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TestIdentities;
import dev.releaserules.testkit.git.TickingClock;
import dev.releaserules.testkit.internal.Args;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives every test a fresh {@link TempGitRepository} and closes (deletes)
 * it after the test, whatever the outcome.
 *
 * <pre>{@code
 * class PrepareTest {
 *     @RegisterExtension
 *     final TempGitRepositoryExtension git = TempGitRepositoryExtension.builder()
 *             .initialBranch("develop")
 *             .build();
 *
 *     @Test
 *     void prepares_from_develop() {
 *         git.repository().commit("feat: login", Map.of("version.txt", "2.1.0\n")).tag("v2.1.0");
 *         // ... GitRepositories.open(git.repository().workTree()) ...
 *     }
 *
 *     @Test
 *     void or_as_a_parameter(TempGitRepository repo) {
 *         repo.commit("fix: typo");
 *     }
 * }
 * }</pre>
 *
 * <p>The repository is created before any {@code @BeforeEach} method runs, so those methods can
 * take it as a parameter too, and each test gets its own {@link TickingClock} starting at the
 * configured instant: the same steps give the same commit ids in every test. A parameter of type
 * {@link TempGitRepository} is resolved in test, {@code @BeforeEach} and {@code @AfterEach} methods
 * (not in constructors or {@code @BeforeAll} methods, which run before the repository exists).
 * When several are registered (one in an outer class and one in a {@code @Nested} class, say), a
 * parameter gets the repository of the one registered last, the innermost class's; use
 * {@link #repository()} of each to reach the others.
 *
 * <p>The extension is immutable apart from the repository of the running test. Register it on an
 * instance field (or on a static field when tests of the class do not run concurrently).
 */
public final class TempGitRepositoryExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(
            TempGitRepositoryExtension.class);
    private static final String PARAMETER_OWNER = "parameter owner";

    private final boolean origin;
    private final String initialBranch;
    private final Instant clockStart;
    private final Duration clockStep;
    private final Identity author;
    private volatile @Nullable TempGitRepository current;

    private TempGitRepositoryExtension(Builder builder) {
        this.origin = builder.origin;
        this.initialBranch = builder.initialBranch;
        this.clockStart = builder.clockStart;
        this.clockStep = builder.clockStep;
        this.author = builder.author;
    }

    /**
     * A builder with the defaults of {@link TempGitRepository#builder()}: branch {@code main}, a bare
     * origin, {@link TestIdentities#DEVELOPER}, a clock starting at {@link TickingClock#STANDARD_START}
     * and ticking by {@link TickingClock#STANDARD_STEP}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An extension with the defaults of {@link #builder()}.
     *
     * @return the extension
     */
    public static TempGitRepositoryExtension create() {
        return builder().build();
    }

    /** Builds a {@link TempGitRepositoryExtension}; each setter validates its argument at once. */
    public static final class Builder {
        private boolean origin = true;
        private String initialBranch = "main";
        private Instant clockStart = TickingClock.STANDARD_START;
        private Duration clockStep = TickingClock.STANDARD_STEP;
        private Identity author = TestIdentities.DEVELOPER;

        private Builder() {
        }

        /**
         * Whether each repository gets a bare {@code origin}.
         *
         * @param value true (the default) for a bare origin
         * @return this builder
         */
        public Builder origin(boolean value) {
            this.origin = value;
            return this;
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
         * Where each test's clock starts.
         *
         * @param start the first instant; default {@link TickingClock#STANDARD_START}
         * @return this builder
         */
        public Builder clockStart(Instant start) {
            this.clockStart = Args.notNull(start, "clockStart");
            return this;
        }

        /**
         * How far each test's clock ticks per commit, merge and tag.
         *
         * @param step a positive duration; default {@link TickingClock#STANDARD_STEP}
         * @return this builder
         */
        public Builder clockStep(Duration step) {
            // Validated now, by the clock itself, rather than in the middle of the first test.
            TickingClock.startingAt(clockStart, step);
            this.clockStep = step;
            return this;
        }

        /**
         * Who authors and commits.
         *
         * @param identity the identity; default {@link TestIdentities#DEVELOPER}
         * @return this builder
         */
        public Builder author(Identity identity) {
            this.author = Args.notNull(identity, "author");
            return this;
        }

        /**
         * Builds the extension.
         *
         * @return the extension, ready for {@code @RegisterExtension}
         */
        public TempGitRepositoryExtension build() {
            return new TempGitRepositoryExtension(this);
        }
    }

    /**
     * The repository of the running test.
     *
     * @return the repository
     * @throws ReleaseException when no test of this extension is running (outside a test, or in a
     *     {@code @BeforeAll} method)
     */
    public TempGitRepository repository() {
        TempGitRepository repository = current;
        if (repository == null) {
            throw new ReleaseException("No test repository: repository() works only while a test of this"
                    + " extension runs, from @BeforeEach to @AfterEach");
        }
        return repository;
    }

    /**
     * Creates the repository of the test about to run.
     *
     * @param context the test's context
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        TempGitRepository repository = TempGitRepository.builder()
                .origin(origin)
                .initialBranch(initialBranch)
                .clock(TickingClock.startingAt(clockStart, clockStep))
                .author(author)
                .build();
        context.getStore(namespace()).put(TempGitRepository.class, repository);
        // Outer extensions run before inner ones, so the last to get here is the innermost.
        context.getStore(SHARED).put(PARAMETER_OWNER, this);
        current = repository;
    }

    /**
     * Closes and deletes the repository of the test that ran.
     *
     * @param context the test's context
     */
    @Override
    public void afterEach(ExtensionContext context) {
        TempGitRepository repository = context.getStore(namespace()).remove(TempGitRepository.class,
                TempGitRepository.class);
        current = null;
        if (repository != null) {
            repository.close();
        }
    }

    /**
     * Whether a parameter is a {@link TempGitRepository} this extension gives: in a method that runs
     * for a test, never in a constructor or a class-level method, and only when this is the extension
     * registered last.
     *
     * @param parameterContext the parameter
     * @param extensionContext the context it is resolved in
     * @return true for a {@link TempGitRepository} parameter of a test-level method
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TempGitRepository.class
                && extensionContext.getTestMethod().isPresent()
                && !(parameterContext.getDeclaringExecutable() instanceof java.lang.reflect.Constructor)
                && extensionContext.getStore(SHARED).get(PARAMETER_OWNER) == this;
    }

    /**
     * The repository of the running test.
     *
     * @param parameterContext the parameter
     * @param extensionContext the context it is resolved in
     * @return the repository
     */
    @Override
    public TempGitRepository resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        TempGitRepository repository = extensionContext.getStore(namespace()).get(TempGitRepository.class,
                TempGitRepository.class);
        return repository != null ? repository : repository();
    }

    private ExtensionContext.Namespace namespace() {
        // Keyed by this instance, so two registered extensions keep two repositories apart.
        return ExtensionContext.Namespace.create(TempGitRepositoryExtension.class, this);
    }

    @Override
    public String toString() {
        return "TempGitRepositoryExtension[branch " + initialBranch + (origin ? ", with origin" : ", no origin")
                + ", clock from " + clockStart + " by " + clockStep + ", " + author + "]";
    }
}
