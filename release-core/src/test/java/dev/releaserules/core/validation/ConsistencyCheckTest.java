package dev.releaserules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.version.TagFormat;
import dev.releaserules.core.version.VersionFile;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsistencyCheckTest {

    @Test
    @DisplayName("R-T2 a tag, requested version and version file that agree pass")
    void consistent_inputs_pass() {
        ConsistencyReport report = ConsistencyCheck.builder()
                .tag("v2.2.0").requestedVersion("2.2.0").versionFileContent("2.2.0\n").check();

        assertThat(report.isOk()).isTrue();
        assertThat(report.violations()).isEmpty();
        assertThat(report.orThrow()).isSameAs(report);
        assertThat(report.describe()).isEqualTo("Tag \"v2.2.0\" and version \"2.2.0\" are consistent");
    }

    @Test
    @DisplayName("R-T2 every failed check is listed, not just the first")
    void every_failure_is_listed() {
        ConsistencyReport report = ConsistencyCheck.builder()
                .tag("v2.2").requestedVersion("2.2.0-beta").versionFileContent("2.1.0\nextra\n").check();

        assertThat(report.violations()).extracting(Violation::check).containsExactly(
                Check.TAG_FORMAT, Check.REQUESTED_VERSION_FORMAT, Check.VERSION_FILE_FORMAT);
        assertThat(report.skipped()).containsExactly(Check.TAG_MATCHES_REQUESTED_VERSION, Check.VERSION_FILE_MATCHES_TAG);
    }

    @Test
    @DisplayName("R-T2 the tag must name the requested version")
    void tag_must_match_requested() {
        ConsistencyReport report = ConsistencyCheck.builder()
                .tag("v2.2.0").requestedVersion("2.2.1").versionFileContent("2.2.0").check();

        assertThat(report.violations()).containsExactly(new Violation(Check.TAG_MATCHES_REQUESTED_VERSION,
                "tag \"v2.2.0\" names version 2.2.0 but version 2.2.1 was requested"));
    }

    @Test
    @DisplayName("R-T2 the version file at the tag must hold the tag's version, and the failure names the file")
    void file_must_match_tag() {
        ConsistencyReport report = ConsistencyCheck.builder()
                .versionFile(new VersionFile("app/version.txt"))
                .tag("v2.2.0").requestedVersion("2.2.0").versionFileContent("2.1.1\n").check();

        assertThat(report.isOk()).isFalse();
        assertThat(report.failed(Check.VERSION_FILE_MATCHES_TAG)).isTrue();
        assertThatThrownBy(report::orThrow)
                .isInstanceOfSatisfying(ConsistencyException.class, e -> assertThat(e.report()).isSameAs(report))
                .hasMessage("Release stopped: tag \"v2.2.0\" and version \"2.2.0\" failed 1 check (R-T2)\n"
                        + "  - VERSION_FILE_MATCHES_TAG: version file app/version.txt at tag \"v2.2.0\" holds 2.1.1 "
                        + "but the tag names 2.2.0");
    }

    @Test
    @DisplayName("R-T2 a missing version file is a failed check, not a crash")
    void missing_file() {
        ConsistencyReport report = ConsistencyCheck.builder().tag("v2.2.0").requestedVersion("2.2.0").check();

        assertThat(report.violations()).extracting(Violation::check).containsExactly(Check.VERSION_FILE_PRESENT);
        assertThat(report.violations().get(0).message()).isEqualTo("version file version.txt does not exist at tag \"v2.2.0\"");
    }

    @Test
    @DisplayName("R-T2 a tag missing from the repository is a failed check; the file checks are skipped")
    void missing_tag() {
        ConsistencyReport report = ConsistencyCheck.builder().tag("v9.9.9").requestedVersion("9.9.9").tagMissing()
                .check();

        assertThat(report.violations()).extracting(Violation::check).containsExactly(Check.TAG_EXISTS);
        assertThat(report.skipped()).contains(Check.VERSION_FILE_PRESENT, Check.VERSION_FILE_MATCHES_TAG);
        assertThat(report.violations().get(0).message()).isEqualTo("tag \"v9.9.9\" does not exist in the repository");
    }

    @Test
    @DisplayName("R-T2 the configured tag format replaces the default pattern")
    void configured_format() {
        ConsistencyReport report = ConsistencyCheck.builder().tagFormat(TagFormat.defaults().forComponent("api"))
                .tag("v2.2.0").requestedVersion("2.2.0").versionFileContent("2.2.0").check();

        assertThat(report.violations()).extracting(Violation::message)
                .containsExactly("tag \"v2.2.0\" is not a release tag of the form api@v1.2.3");
    }

    @Test
    @DisplayName("R-T2 a pre-release tag does not pass the release tag format")
    void prerelease_tag_fails_format() {
        ConsistencyReport report = ConsistencyCheck.builder()
                .tag("v2.2.0-rc.1").requestedVersion("2.2.0").versionFileContent("2.2.0").check();

        assertThat(report.failed(Check.TAG_FORMAT)).isTrue();
    }

    @Property(tries = 200)
    @Label("R-T2 the report passes exactly when tag, request and file name the same release version")
    void passes_exactly_when_all_agree(@ForAll @IntRange(max = 3) int tagMinor, @ForAll @IntRange(max = 3) int requestedMinor,
            @ForAll @IntRange(max = 3) int fileMinor) {
        ConsistencyReport report = ConsistencyCheck.builder().tag("v1." + tagMinor + ".0")
                .requestedVersion("1." + requestedMinor + ".0").versionFileContent("1." + fileMinor + ".0\n").check();

        assertThat(report.isOk()).isEqualTo(tagMinor == requestedMinor && tagMinor == fileMinor);
    }

    @Property(tries = 300)
    void arbitrary_inputs_never_crash(@ForAll String tag, @ForAll String version, @ForAll String file) {
        ConsistencyReport report = ConsistencyCheck.builder().tag(tag).requestedVersion(version)
                .versionFileContent(file).check();

        assertThat(report.describe()).isNotBlank();
    }
}
