package dev.releaserules.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionTest {

    @Test
    @DisplayName("SemVer §11: the specification's precedence chain holds in order")
    void semver_precedence_chain() {
        List<String> chain = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1");
        List<Version> versions = new ArrayList<>(chain.stream().map(Version::parse).toList());
        Collections.shuffle(versions, new java.util.Random(42));

        Collections.sort(versions);

        assertThat(versions).extracting(Version::toString).containsExactlyElementsOf(chain);
    }

    @Test
    @DisplayName("SemVer §11: build metadata is ignored for precedence but kept in the value")
    void build_metadata_is_ignored_for_precedence() {
        Version a = Version.parse("1.0.0+build.1");
        Version b = Version.parse("1.0.0+build.2");

        assertThat(a.compareTo(b)).isZero();
        assertThat(a.hasSamePrecedence(b)).isTrue();
        assertThat(a).isNotEqualTo(b);
        assertThat(a).hasToString("1.0.0+build.1");
    }

    @Test
    @DisplayName("SemVer §11: numeric pre-release identifiers compare numerically, whatever their length")
    void huge_numeric_identifiers_compare_numerically() {
        Version small = Version.parse("1.0.0-rc.9");
        Version huge = Version.parse("1.0.0-rc.99999999999999999999999999");

        assertThat(huge).isGreaterThan(small);
        assertThat(Version.parse("1.0.0-2")).isLessThan(Version.parse("1.0.0-10"));
        assertThat(Version.parse("1.0.0-10")).isLessThan(Version.parse("1.0.0-a"));
    }

    @Test
    @DisplayName("Lessons: a pre-release sorts below its release (git's v:refname puts v8.2.0-beta.0 above v8.2.0)")
    void prerelease_sorts_below_release() {
        assertThat(Version.parse("8.2.0-beta.0")).isLessThan(Version.parse("8.2.0"));
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"v1.2", "v1.2.3", "1.2", "1", "01.2.3", "1.02.3", "1.2.03", "1.2.3-", "1.2.3+", "1.2.3-rc..1",
        "1.2.3-01", " 1.2.3", "1.2.3 ", "1. 2.3", "1.2.3-rc 1", "1.2.3.4", "a.b.c", "1.2.3-rc_1", "", "1.2.3-é",
        "99999999999.0.0", "2147483648.0.0", "1.2.3+b..1", "-1.2.3"})
    void rejects_invalid_versions(String text) {
        assertThatThrownBy(() -> Version.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid version \"");
        assertThat(Version.tryParse(text)).isEmpty();
    }

    @Test
    void rejects_a_v_prefix_naming_the_input_and_position() {
        assertThatThrownBy(() -> Version.parse("v1.2"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.input()).isEqualTo("v1.2");
                    assertThat(e.position()).hasValue(0);
                })
                .hasMessage("Invalid version \"v1.2\" at position 0: expected a version without a prefix "
                        + "(\"v\" belongs to tag names, not versions), such as 1.2.3");
    }

    @Test
    void rejects_leading_zero_in_minor() {
        assertThatThrownBy(() -> Version.parse("1.02.3"))
                .hasMessage("Invalid version \"1.02.3\" at position 2: expected no leading zeros in a numeric part "
                        + "(\"01\" must be \"1\") in MINOR");
    }

    @Test
    void rejects_a_dangling_hyphen() {
        assertThatThrownBy(() -> Version.parse("1.2.3-"))
                .hasMessageContaining("\"1.2.3-\"")
                .hasMessageContaining("after the \"-\" of the pre-release");
    }

    @Test
    void rejects_whitespace_inside_with_its_position() {
        assertThatThrownBy(() -> Version.parse("1.2 .3"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.position()).hasValue(3))
                .hasMessageContaining("without whitespace");
    }

    @Test
    void null_is_bad_input_not_a_null_pointer() {
        assertThatThrownBy(() -> Version.parse(null)).isInstanceOf(InvalidInputException.class);
        assertThat(Version.tryParse(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "2.1.1, MINOR, 2.2.0", "2.1.1, MAJOR, 3.0.0", "2.1.1, PATCH, 2.1.2", "0.9.9, MAJOR, 1.0.0",
        "2.0.0-rc.1, MAJOR, 2.0.0", "1.3.0-rc.1, MINOR, 1.3.0", "1.2.4-rc.1, PATCH, 1.2.4",
        "1.3.1-rc.1, MINOR, 1.4.0", "1.3.0-rc.1, MAJOR, 2.0.0", "1.2.3+build.7, PATCH, 1.2.4"})
    @DisplayName("R-V2 increments reset lower fields and drop pre-release and build parts")
    void increments(String from, Increment increment, String expected) {
        assertThat(Version.parse(from).next(increment)).hasToString(expected);
    }

    @Test
    @DisplayName("R-V4 a hotfix increments the patch: 2.2.0 -> 2.2.1")
    void hotfix_patch() {
        assertThat(Version.parse("2.2.0").next(Increment.PATCH)).isEqualTo(Version.of(2, 2, 1));
    }

    @Test
    void increment_past_the_largest_number_is_refused() {
        Version max = Version.of(Integer.MAX_VALUE, 0, 0);
        assertThatThrownBy(() -> max.next(Increment.MAJOR)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2147483647.0.0");
    }

    @Test
    @DisplayName("Pre-release counters count on per base and reset on a new base")
    void prerelease_counter_resets_on_new_base() {
        List<Version> existing = List.of(Version.parse("2.3.0-rc.1"), Version.parse("2.3.0-rc.2"),
                Version.parse("2.2.0-rc.7"), Version.parse("2.3.0-beta.5"), Version.parse("2.3.0"));

        assertThat(Version.parse("2.3.0").nextPreRelease("rc", existing)).hasToString("2.3.0-rc.3");
        assertThat(Version.parse("2.4.0").nextPreRelease("rc", existing)).hasToString("2.4.0-rc.1");
        assertThat(Version.parse("2.3.0").nextPreRelease("beta", existing)).hasToString("2.3.0-beta.6");
        assertThat(Version.parse("2.3.0-rc.2").nextPreRelease("rc", existing)).hasToString("2.3.0-rc.3");
    }

    @Test
    void prerelease_label_must_be_a_word() {
        assertThatThrownBy(() -> Version.of(1, 0, 0).nextPreRelease("12", List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pre-release label");
        assertThatThrownBy(() -> Version.of(1, 0, 0).nextPreRelease("r.c", List.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("R-V5 staging versions are X.Y.Z-rc.<epoch seconds> and sort below X.Y.Z and by time")
    void staging_versions() {
        Version release = Version.parse("2.2.0");
        Version early = release.toStaging(Instant.ofEpochSecond(1_700_000_000L));
        Version late = release.toStaging(Instant.ofEpochSecond(1_700_000_001L));

        assertThat(early).hasToString("2.2.0-rc.1700000000");
        assertThat(early).isLessThan(late).isLessThan(release);
        assertThat(early).isGreaterThan(Version.parse("2.1.9"));
    }

    @Test
    @DisplayName("R-V5 a staging time before the epoch is refused")
    void staging_before_epoch_is_refused() {
        assertThatThrownBy(() -> Version.of(1, 0, 0).toStaging(Instant.ofEpochSecond(-1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("staging time");
    }

    @Test
    void ranges_are_evaluated_with_semver4j() {
        assertThat(Version.parse("1.4.2").satisfies("^1.2")).isTrue();
        assertThat(Version.parse("2.0.0").satisfies("^1.2")).isFalse();
        assertThat(Version.parse("1.2.3-rc.1+b").satisfies(">=1.2.3-rc.0 <1.2.3")).isTrue();
    }

    @Test
    void record_constructor_validates_identifiers() {
        assertThatThrownBy(() -> new Version(1, 0, 0, List.of("01"), List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("leading zeros");
        assertThatThrownBy(() -> new Version(-1, 0, 0, List.of(), List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Version(1, 0, 0, List.of("a b"), List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new Version(1, 0, 0, List.of(), List.of("007")).toString()).isEqualTo("1.0.0+007");
    }
}
