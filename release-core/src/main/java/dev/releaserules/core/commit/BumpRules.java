package dev.releaserules.core.commit;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which increment each kind of commit calls for, and the recommendation for a set of commits.
 *
 * <p>A breaking change (a {@code !} in the header or a {@code BREAKING CHANGE} footer) of any type
 * calls for {@link Increment#MAJOR}; other conventional commits call for the increment configured
 * for their type, compared ignoring case. Merge commits, {@code git revert} commits and messages
 * that are not conventional never call for an increment; a conventional {@code revert:} commit
 * does only when its type is configured.
 *
 * <pre>{@code
 * BumpRules rules = BumpRules.custom()
 *         .type("refactor", Increment.PATCH)
 *         .breakingBumpsMinorWhileMajorIsZero(true)
 *         .build();
 * BumpRecommendation r = rules.recommend(Version.parse("2.1.1"), commits);
 * Version next = r.nextVersion();          // 3.0.0 for a breaking change
 * String why = r.explain();                // 2.1.1 → 3.0.0 (major): 1 breaking change (...), 2 features
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BumpRules {
    private static final BumpRules DEFAULTS = new Builder()
            .type("feat", Increment.MINOR)
            .type("fix", Increment.PATCH)
            .type("perf", Increment.PATCH)
            .build();

    private static final BumpRules RELEASE_PLEASE = from(DEFAULTS).releaseAs(true).build();

    private final Map<String, Increment> increments;
    private final boolean breakingBumpsMinorWhileMajorIsZero;
    private final boolean releaseAs;

    private BumpRules(Builder builder) {
        this.increments = Map.copyOf(builder.increments);
        this.breakingBumpsMinorWhileMajorIsZero = builder.breakingBumpsMinorWhileMajorIsZero;
        this.releaseAs = builder.releaseAs;
    }

    /**
     * release-please's rules: the {@link #defaults()} with {@code Release-As:} footers read (see
     * {@link Builder#releaseAs(boolean)}), so a commit with {@code Release-As: 3.0.0} makes the next
     * version 3.0.0 whatever the commit types say.
     *
     * @return the rules
     */
    public static BumpRules releasePlease() {
        return RELEASE_PLEASE;
    }

    /**
     * Whether a {@code Release-As:} footer sets the next version.
     *
     * @return true when footers are read
     */
    public boolean releaseAs() {
        return releaseAs;
    }

    /**
     * The Conventional Commits defaults: breaking changes → major, {@code feat} → minor,
     * {@code fix} and {@code perf} → patch, every other type no increment; breaking changes bump
     * the major even while it is 0.
     *
     * @return the default rules
     */
    public static BumpRules defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the {@link #defaults()}.
     *
     * @return a new builder
     */
    public static Builder custom() {
        return from(DEFAULTS);
    }

    /**
     * A builder starting from existing rules.
     *
     * @param rules the rules to start from, not null
     * @return a new builder
     * @throws InvalidInputException when {@code rules} is null
     */
    public static Builder from(BumpRules rules) {
        Checks.notNull(rules, "bump rules");
        Builder builder = new Builder();
        builder.increments.putAll(rules.increments);
        builder.breakingBumpsMinorWhileMajorIsZero = rules.breakingBumpsMinorWhileMajorIsZero;
        builder.releaseAs = rules.releaseAs;
        return builder;
    }

    /**
     * The increment configured for a commit type, compared ignoring case.
     *
     * @param type the commit type, such as {@code feat}; not null
     * @return the increment, or empty when the type calls for none
     * @throws InvalidInputException when {@code type} is null
     */
    public Optional<Increment> findIncrement(String type) {
        Checks.notNull(type, "commit type");
        return Optional.ofNullable(increments.get(type.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a breaking change calls for {@link Increment#MINOR} instead of {@link Increment#MAJOR}
     * while the current major version is 0.
     *
     * @return true when the 0.x option is on
     */
    public boolean breakingBumpsMinorWhileMajorIsZero() {
        return breakingBumpsMinorWhileMajorIsZero;
    }

    /**
     * Why one commit calls for an increment from a version, if it does.
     *
     * @param current the current version, not null
     * @param commit the commit, not null
     * @return the reason, or empty when the commit calls for no increment
     * @throws InvalidInputException when an argument is null
     */
    public Optional<BumpReason> reason(Version current, Commit commit) {
        Checks.notNull(current, "current version");
        Checks.notNull(commit, "commit");
        if (!(commit.message() instanceof ConventionalCommit conventional)) {
            return Optional.empty();
        }
        if (conventional.isBreaking()) {
            Increment increment = breakingBumpsMinorWhileMajorIsZero && current.major() == 0
                    ? Increment.MINOR : Increment.MAJOR;
            return Optional.of(new BumpReason(commit, increment, Messages.BREAKING_CHANGE));
        }
        String type = conventional.normalizedType();
        return Optional.ofNullable(increments.get(type))
                .map(increment -> new BumpReason(commit, increment, Messages.typeReason(type)));
    }

    /**
     * Recommends the next version for a set of commits: the most significant increment any of them
     * calls for, with one reason per commit that calls for one. When {@linkplain #releaseAs()
     * footers are read}, the first commit in the given order with a {@code Release-As: X.Y.Z} footer
     * sets the next version to X.Y.Z instead; a repository's log lists the newest commit first, so
     * the newest footer wins, as with release-please.
     *
     * @param current the current version, not null
     * @param commits the commits since the current version, newest first when footers are read; not
     *     null, no null elements
     * @return the recommendation; its {@link BumpRecommendation#increment()} is empty when no commit
     *     calls for a release
     * @throws InvalidInputException when an argument is null or holds null, or when a
     *     {@code Release-As:} footer does not hold a version
     * @throws ReleaseAsException when a {@code Release-As:} footer asks for a version not greater
     *     than {@code current} (rule R-V2), naming the commit and both versions
     */
    public BumpRecommendation recommend(Version current, Collection<Commit> commits) {
        Checks.notNull(current, "current version");
        List<Commit> all = Checks.listCopy(commits, "commits");
        List<BumpReason> reasons = new ArrayList<>();
        Optional<ReleaseAs> requested = Optional.empty();
        for (Commit commit : all) {
            reason(current, commit).ifPresent(reasons::add);
            if (releaseAs && requested.isEmpty()) {
                requested = findReleaseAs(commit);
            }
        }
        return new BumpRecommendation(current, reasons, requested);
    }

    /** The {@code Release-As:} footer of a conventional commit, refused by name when it holds no version. */
    private static Optional<ReleaseAs> findReleaseAs(Commit commit) {
        if (!(commit.message() instanceof ConventionalCommit conventional)) {
            return Optional.empty();
        }
        return conventional.findFooter(ReleaseAs.TOKEN).map(footer -> new ReleaseAs(commit,
                Version.tryParse(footer.value().trim()).orElseThrow(() -> new InvalidInputException(
                        Messages.releaseAsFooter(commit.shortId()), footer.value(), Messages.EXPECTED_RELEASE_AS))));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BumpRules rules && increments.equals(rules.increments)
                && breakingBumpsMinorWhileMajorIsZero == rules.breakingBumpsMinorWhileMajorIsZero
                && releaseAs == rules.releaseAs;
    }

    @Override
    public int hashCode() {
        return (increments.hashCode() * 31 + Boolean.hashCode(breakingBumpsMinorWhileMajorIsZero)) * 31
                + Boolean.hashCode(releaseAs);
    }

    @Override
    public String toString() {
        return "BumpRules[breaking=" + (breakingBumpsMinorWhileMajorIsZero ? "major (minor while 0.x)" : "major")
                + ", types=" + new java.util.TreeMap<>(increments) + (releaseAs ? ", Release-As footers" : "") + "]";
    }

    /**
     * Builds {@link BumpRules}; each argument is checked as it is given. Not thread-safe; build once
     * and share the result.
     */
    public static final class Builder {
        private final Map<String, Increment> increments = new LinkedHashMap<>();
        private boolean breakingBumpsMinorWhileMajorIsZero;
        private boolean releaseAs;

        private Builder() {
        }

        /**
         * Whether a {@code Release-As: X.Y.Z} footer (release-please's convention) sets the next
         * version to X.Y.Z whatever the commit types call for; off unless set, on in
         * {@link BumpRules#releasePlease()}.
         *
         * <p>An option rather than always on because the footer is one tool's convention, not part of
         * Conventional Commits: the release flow's prepare takes an explicit version of its own (rule
         * R-V2), and a team that does not use release-please should not find a commit trailer it
         * never meant as an instruction overriding the version its commits call for. Where it is on,
         * a footer asking for a version not greater than the current one is refused
         * ({@link ReleaseAsException}) rather than ignored, so a stale footer never passes silently.
         *
         * @param enabled true to read the footers
         * @return this builder
         */
        public Builder releaseAs(boolean enabled) {
            this.releaseAs = enabled;
            return this;
        }

        /**
         * Makes commits of a type call for an increment, replacing what was set for it before.
         *
         * @param type the commit type, such as {@code refactor}; a letter, then letters, digits or
         *     hyphens; compared ignoring case
         * @param increment the increment commits of this type call for, not null
         * @return this builder
         * @throws InvalidInputException when the type is not a commit type or an argument is null
         */
        public Builder type(String type, Increment increment) {
            Checks.notNull(increment, "increment");
            increments.put(checkedType(type), increment);
            return this;
        }

        /**
         * Makes commits of a type call for no increment (unless they are breaking changes).
         *
         * @param type the commit type, such as {@code perf}; compared ignoring case
         * @return this builder
         * @throws InvalidInputException when the type is not a commit type
         */
        public Builder noBump(String type) {
            increments.remove(checkedType(type));
            return this;
        }

        /**
         * Whether a breaking change calls for {@link Increment#MINOR} instead of
         * {@link Increment#MAJOR} while the current major version is 0 (off by default).
         *
         * @param enabled true to bump the minor for breaking changes in 0.x versions
         * @return this builder
         */
        public Builder breakingBumpsMinorWhileMajorIsZero(boolean enabled) {
            this.breakingBumpsMinorWhileMajorIsZero = enabled;
            return this;
        }

        /**
         * Builds the rules.
         *
         * @return immutable rules; the builder may be used further without affecting them
         */
        public BumpRules build() {
            return new BumpRules(this);
        }

        private static String checkedType(String type) {
            Checks.notNull(type, "commit type");
            if (!CommitParser.isType(type)) {
                throw new InvalidInputException("commit type", type, Messages.EXPECTED_TYPE);
            }
            return type.toLowerCase(Locale.ROOT);
        }
    }
}
