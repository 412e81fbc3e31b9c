package dev.releaserules.core.commit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class BumpRulesProperties {
    /** Absent compares below every increment, so "never lower" covers going from no bump to one. */
    private static final Comparator<Optional<Increment>> BY_INCREMENT =
            Comparator.comparing(i -> i.map(Increment::ordinal).orElse(-1));

    @Property(tries = 200)
    void bump_of_a_set_is_the_max_of_the_bumps_of_its_members(@ForAll("rules") BumpRules rules,
            @ForAll("versions") Version current, @ForAll("commitLists") List<Commit> commits) {
        // given
        Optional<Increment> expected = commits.stream()
                .map(c -> rules.recommend(current, List.of(c)).increment())
                .flatMap(Optional::stream)
                .reduce(Increment::max);

        // when
        BumpRecommendation recommendation = rules.recommend(current, commits);

        // then
        assertThat(recommendation.increment()).isEqualTo(expected);
        assertThat(recommendation.nextVersion()).isEqualTo(expected.map(current::next).orElse(current));
    }

    @Property(tries = 200)
    void adding_a_commit_never_lowers_the_recommendation(@ForAll("rules") BumpRules rules,
            @ForAll("versions") Version current, @ForAll("commitLists") List<Commit> commits,
            @ForAll("commits") Commit added) {
        // given
        List<Commit> more = new ArrayList<>(commits);
        more.add(added);

        // when
        BumpRecommendation before = rules.recommend(current, commits);
        BumpRecommendation after = rules.recommend(current, more);

        // then
        assertThat(BY_INCREMENT.compare(after.increment(), before.increment())).isGreaterThanOrEqualTo(0);
        assertThat(after.nextVersion()).isGreaterThanOrEqualTo(before.nextVersion());
    }

    @Property(tries = 100)
    void explain_starts_with_the_step_and_names_every_driver(@ForAll("rules") BumpRules rules,
            @ForAll("versions") Version current, @ForAll("commitLists") List<Commit> commits) {
        BumpRecommendation recommendation = rules.recommend(current, commits);

        String explanation = recommendation.explain();

        assertThat(explanation).startsWith(current + " → " + recommendation.nextVersion() + " (");
        for (BumpReason driver : recommendation.drivers()) {
            assertThat(explanation).contains(driver.commit().shortId() + " " + driver.commit().message().subject());
        }
    }

    @Provide
    Arbitrary<BumpRules> rules() {
        return Arbitraries.of(
                BumpRules.defaults(),
                BumpRules.custom().breakingBumpsMinorWhileMajorIsZero(true).build(),
                BumpRules.custom().type("revert", Increment.PATCH).type("docs", Increment.PATCH).noBump("perf")
                        .type("FEAT", Increment.MAJOR).build());
    }

    @Provide
    Arbitrary<Version> versions() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 20)).as(Version::of);
    }

    @Provide
    Arbitrary<List<Commit>> commitLists() {
        return commits().list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<Commit> commits() {
        Arbitrary<String> ids = Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(7).ofMaxLength(40);
        Arbitrary<String> conventional = Combinators.combine(
                Arbitraries.of("feat", "fix", "perf", "docs", "chore", "revert", "Feat", "refactor"),
                Arbitraries.of("", "(api)", "(ui)"),
                Arbitraries.of("", "!"),
                Arbitraries.of("", "\n\nBREAKING CHANGE: gone", "\n\nRefs: #1", "\n\nbreaking change: lower case"))
                .as((type, scope, bang, tail) -> type + scope + bang + ": change" + tail);
        Arbitrary<String> other = Arbitraries.of("Merge branch 'x' into develop", "Merge pull request #3 from o/b",
                "Revert \"feat!: big\"\n\nThis reverts commit abcdef1.", "wip", "feat:no space");
        Arbitrary<String> messages = Arbitraries.frequencyOf(
                Tuple.of(4, conventional), Tuple.of(1, other));
        return Combinators.combine(ids, messages).as(Commit::of);
    }
}
