package dev.releaserules.testkit.assertions;

import static dev.releaserules.testkit.assertions.AssertionFailures.failure;
import static dev.releaserules.testkit.assertions.ReleaseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;


import dev.releaserules.core.version.Version;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Assertions on versions: each passes on a fitting version and fails saying what was expected and found. */
class VersionAssertTest {
    final Version rc = Version.parse("2.3.0-rc.1+sha.abc");
    final Version release = Version.parse("2.3.0");

    @Test
    @DisplayName("R-V5 isPreRelease and isRelease say which part the version has")
    void pre_release_or_release() {
        assertThat(rc).isPreRelease();
        assertThat(release).isRelease();

        assertThat(failure(() -> assertThat(release).isPreRelease()))
                .isEqualTo("Expecting 2.3.0 to be a pre-release (X.Y.Z-<identifiers>), but it has no pre-release part");
        assertThat(failure(() -> assertThat(rc).isRelease())).isEqualTo(
                "Expecting 2.3.0-rc.1+sha.abc to be a release (X.Y.Z without pre-release or build), but it is not");
    }

    @Test
    @DisplayName("hasPreRelease and hasBuild compare the dotted identifiers")
    void pre_release_and_build_parts() {
        assertThat(rc).hasPreRelease("rc.1").hasBuild("sha.abc");

        assertThat(failure(() -> assertThat(rc).hasPreRelease("rc.2")))
                .isEqualTo("Expecting 2.3.0-rc.1+sha.abc to have the pre-release \"rc.2\", but it has \"rc.1\"");
        assertThat(failure(() -> assertThat(release).hasPreRelease("rc.1")))
                .isEqualTo("Expecting 2.3.0 to have the pre-release \"rc.1\", but it has none");
        assertThat(failure(() -> assertThat(release).hasBuild("5")))
                .isEqualTo("Expecting 2.3.0 to have the build metadata \"5\", but it has none");
    }

    @Test
    @DisplayName("R-V5 comparisons use SemVer precedence: a pre-release is below its release")
    void precedence() {
        assertThat(release).isGreaterThan(rc).isGreaterThan("2.2.9");
        assertThat(rc).isLessThan("2.3.0").hasSamePrecedenceAs(Version.parse("2.3.0-rc.1"));

        assertThat(failure(() -> assertThat(rc).isGreaterThan(release)))
                .isEqualTo("Expecting 2.3.0-rc.1+sha.abc to be greater than 2.3.0 by SemVer precedence, but it is less");
        assertThat(failure(() -> assertThat(release).isLessThan("2.3.0+build")))
                .isEqualTo("Expecting 2.3.0 to be less than 2.3.0+build by SemVer precedence, "
                        + "but it is of the same precedence");
        assertThat(failure(() -> assertThat(release).hasSamePrecedenceAs(rc)))
                .isEqualTo("Expecting 2.3.0 to have the same precedence as 2.3.0-rc.1+sha.abc, but it is greater");
    }
}
