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

    private final Map<String, Increment> increments;
    private final boolean breakingBumpsMinorWhileMajorIsZero;

    private BumpRules(Builder builder) {
        this.increments = Map.copyOf(builder.increments);
        this.breakingBumpsMinorWhileMajorIsZero = builder.breakingBumpsMinorWhileMajorIsZero;
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
     * calls for, with one reason per commit that calls for one.
     *
     * @param current the current version, not null
     * @param commits the commits since the current version, in any order; not null, no null elements
     * @return the recommendation; its {@link BumpRecommendation#increment()} is empty when no commit
     *     calls for a release
     * @throws InvalidInputException when an argument is null or holds null
     */
    public BumpRecommendation recommend(Version current, Collection<Commit> commits) {
        Checks.notNull(current, "current version");
        List<Commit> all = Checks.listCopy(commits, "commits");
        List<BumpReason> reasons = new ArrayList<>();
        for (Commit commit : all) {
            reason(current, commit).ifPresent(reasons::add);
        }
        return new BumpRecommendation(current, reasons);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BumpRules rules && increments.equals(rules.increments)
                && breakingBumpsMinorWhileMajorIsZero == rules.breakingBumpsMinorWhileMajorIsZero;
    }

    @Override
    public int hashCode() {
        return increments.hashCode() * 31 + Boolean.hashCode(breakingBumpsMinorWhileMajorIsZero);
    }

    @Override
    public String toString() {
        return "BumpRules[breaking=" + (breakingBumpsMinorWhileMajorIsZero ? "major (minor while 0.x)" : "major")
                + ", types=" + new java.util.TreeMap<>(increments) + "]";
    }

    /**
     * Builds {@link BumpRules}; each argument is checked as it is given. Not thread-safe; build once
     * and share the result.
     */
    public static final class Builder {
        private final Map<String, Increment> increments = new LinkedHashMap<>();
        private boolean breakingBumpsMinorWhileMajorIsZero;

        private Builder() {
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
