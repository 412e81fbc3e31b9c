package dev.releaserules.testkit.jqwik;

import dev.releaserules.core.version.Version;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/** Versions; numbers stay below 10,000 so that {@code next(...)} never overflows. */
final class VersionGenerators {
    static final int MAX_NUMBER = 9_999;

    private VersionGenerators() {
    }

    static Arbitrary<Integer> numbers() {
        return Arbitraries.integers().between(0, MAX_NUMBER).withDistribution(RandomDistribution.biased());
    }

    static Arbitrary<Version> releases() {
        return Combinators.combine(numbers(), numbers(), numbers()).as(Version::of);
    }

    /**
     * Pre-release identifiers: labels people use, numeric counters (never with a leading zero) and
     * alphanumeric identifiers with at least one non-digit (so a leading zero is allowed in them).
     */
    static Arbitrary<String> preReleaseIdentifiers() {
        Arbitrary<String> labels = Arbitraries.of("alpha", "beta", "rc", "SNAPSHOT", "pre", "M1", "x-y", "-");
        Arbitrary<String> counters = Arbitraries.longs().between(0, 99_999_999_999L)
                .withDistribution(RandomDistribution.biased()).map(String::valueOf);
        Arbitrary<String> alphanumeric = Combinators.combine(
                Arbitraries.chars().range('a', 'z').range('A', 'Z').with('-'),
                Arbitraries.strings().alpha().numeric().withChars('-').ofMaxLength(7))
                .as((first, rest) -> first + rest);
        return Arbitraries.frequencyOf(
                Tuple.of(3, labels), Tuple.of(3, counters),
                Tuple.of(2, alphanumeric));
    }

    /** Build identifiers: any of {@code [0-9A-Za-z-]}, leading zeros allowed. */
    static Arbitrary<String> buildIdentifiers() {
        return Arbitraries.oneOf(
                Arbitraries.of("build", "sha", "exp", "001", "20240115", "linux-x64"),
                Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(8));
    }

    static Arbitrary<Version> preReleases() {
        return Combinators.combine(releases(), preReleaseIdentifiers().list().ofMinSize(1).ofMaxSize(3),
                        buildIdentifiers().list().ofMaxSize(2), Arbitraries.integers().between(0, 3))
                .as((core, pre, build, withBuild) -> new Version(core.major(), core.minor(), core.patch(), pre,
                        withBuild == 0 ? build : List.of()));
    }

    static Arbitrary<Version> withBuild() {
        return Combinators.combine(releases(), preReleaseIdentifiers().list().ofMaxSize(2),
                        buildIdentifiers().list().ofMinSize(1).ofMaxSize(3))
                .as((core, pre, build) -> new Version(core.major(), core.minor(), core.patch(), pre, build));
    }

    static Arbitrary<Version> any() {
        return Arbitraries.frequencyOf(Tuple.of(3, releases()),
                Tuple.of(2, preReleases()), Tuple.of(1, withBuild()));
    }
}
