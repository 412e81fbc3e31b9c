package dev.releaserules.core.version;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.InvalidInputException;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.semver4j.Semver;

class VersionProperties {

    @Provide
    Arbitrary<Version> versions() {
        Arbitrary<Integer> number = Arbitraries.oneOf(Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, Integer.MAX_VALUE));
        Arbitrary<String> numericId = Arbitraries.oneOf(Arbitraries.integers().between(0, 30).map(String::valueOf),
                Arbitraries.longs().between(0, 99_999_999_999L).map(String::valueOf));
        Arbitrary<String> alphaId = Arbitraries.strings().withChars("abcxyzABZ-0123456789").ofMinLength(1).ofMaxLength(6)
                .filter(s -> !Version.isNumeric(s));
        Arbitrary<List<String>> pre = Arbitraries.oneOf(numericId, alphaId).list().ofMaxSize(3);
        Arbitrary<List<String>> build = Arbitraries.strings().withChars("abc019-").ofMinLength(1).ofMaxLength(5)
                .list().ofMaxSize(2);
        return Combinators.combine(number, number, number, pre, build).as(Version::new);
    }

    @Provide
    Arbitrary<List<Version>> versionLists() {
        return smallVersions().list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<Version> smallVersions() {
        Arbitrary<Integer> number = Arbitraries.integers().between(0, 3);
        Arbitrary<String> id = Arbitraries.of("0", "1", "2", "10", "alpha", "beta", "rc", "a-1", "B");
        return Combinators.combine(number, number, number, id.list().ofMaxSize(3)).as((a, b, c, p) ->
                new Version(a, b, c, p, List.of()));
    }

    @Property(tries = 300)
    void format_then_parse_is_identity(@ForAll("versions") Version version) {
        assertThat(Version.parse(version.toString())).isEqualTo(version);
    }

    @Property(tries = 300)
    void precedence_agrees_with_semver4j(@ForAll("smallVersions") Version a, @ForAll("smallVersions") Version b) {
        int ours = Integer.signum(a.compareTo(b));
        int theirs = Integer.signum(new Semver(a.toString()).compareTo(new Semver(b.toString())));
        assertThat(ours).isEqualTo(theirs);
    }

    @Property(tries = 300)
    void precedence_is_antisymmetric(@ForAll("versions") Version a, @ForAll("versions") Version b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    @Property(tries = 300)
    void precedence_is_transitive(@ForAll("smallVersions") Version a, @ForAll("smallVersions") Version b,
            @ForAll("smallVersions") Version c) {
        if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
        }
    }

    @Property(tries = 300)
    void increments_strictly_increase(@ForAll("versions") Version version, @ForAll Increment increment) {
        if (version.major() == Integer.MAX_VALUE || version.minor() == Integer.MAX_VALUE
                || version.patch() == Integer.MAX_VALUE) {
            return; // the overflow refusal has its own test
        }
        Version next = version.next(increment);
        assertThat(next).isGreaterThan(version);
        assertThat(next.isRelease()).isTrue();
    }

    @Property(tries = 200)
    void larger_increments_never_give_smaller_versions(@ForAll("versions") Version version) {
        if (version.major() == Integer.MAX_VALUE || version.minor() == Integer.MAX_VALUE
                || version.patch() == Integer.MAX_VALUE) {
            return;
        }
        assertThat(version.next(Increment.PATCH)).isLessThanOrEqualTo(version.next(Increment.MINOR));
        assertThat(version.next(Increment.MINOR)).isLessThanOrEqualTo(version.next(Increment.MAJOR));
    }

    @Property(tries = 200)
    void staging_versions_sort_below_their_release_and_by_time(@ForAll("versions") Version version,
            @ForAll @LongRange(min = 0, max = 4_000_000_000L) long t1, @ForAll @LongRange(min = 0, max = 4_000_000_000L) long t2) {
        Version release = version.core();
        Version s1 = release.toStaging(Instant.ofEpochSecond(t1));
        Version s2 = release.toStaging(Instant.ofEpochSecond(t2));

        assertThat(s1).isLessThan(release);
        assertThat(Integer.signum(s1.compareTo(s2))).isEqualTo(Long.signum(t1 - t2));
    }

    @Property(tries = 200)
    void next_prerelease_is_above_every_existing_one_of_its_base(@ForAll("smallVersions") Version base,
            @ForAll("versionLists") List<Version> existing) {
        Version release = base.core();
        Version next = release.nextPreRelease("rc", existing);

        assertThat(next).isLessThan(release);
        existing.stream().filter(v -> v.core().equals(release) && v.preRelease().size() >= 2
                && v.preRelease().get(0).equals("rc") && Version.isNumeric(v.preRelease().get(1))).forEach(v -> assertThat(next).isGreaterThan(v));
    }

    @Property(tries = 500)
    void parsing_arbitrary_text_never_throws_a_foreign_exception(@ForAll String text) {
        try {
            Version.parse(text);
        } catch (InvalidInputException expected) {
            assertThat(expected.getMessage()).startsWith("Invalid version");
        }
    }

    @Property(tries = 200)
    @Label("tryParse finds a version exactly when parse accepts the text")
    void try_parse_agrees_with_parse(@ForAll("versionsAndNoise") String text) {
        boolean parses;
        try {
            Version.parse(text);
            parses = true;
        } catch (InvalidInputException rejected) {
            parses = false;
        }

        assertThat(Version.tryParse(text).isPresent()).isEqualTo(parses);
    }

    @Provide
    Arbitrary<String> versionsAndNoise() {
        Arbitrary<String> versions = Arbitraries.integers().between(0, 20).list().ofSize(3)
                .map(parts -> parts.get(0) + "." + parts.get(1) + "." + parts.get(2));
        Arbitrary<String> prefixes = Arbitraries.of("", "", "v", "V", ".", "-", " ", "0", "api@v");
        Arbitrary<String> suffixes = Arbitraries.of("", "", "-rc.1", "+b.1", ".4", " ", "-");
        return Combinators.combine(prefixes, versions, suffixes).as((p, v, s) -> p + v + s);
    }
}
