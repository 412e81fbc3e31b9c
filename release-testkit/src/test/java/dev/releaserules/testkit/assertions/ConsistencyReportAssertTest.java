package dev.releaserules.testkit.assertions;

import static dev.releaserules.testkit.assertions.AssertionFailures.failure;
import static dev.releaserules.testkit.assertions.ReleaseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;


import dev.releaserules.core.validation.Check;
import dev.releaserules.core.validation.ConsistencyCheck;
import dev.releaserules.core.validation.ConsistencyReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Assertions on consistency reports: each passes on a fitting report and fails saying what was expected and found. */
class ConsistencyReportAssertTest {
    final ConsistencyReport ok = ConsistencyCheck.builder().tag("v2.3.0").requestedVersion("2.3.0")
            .versionFileContent("2.3.0\n").check();
    final ConsistencyReport tampered = ConsistencyCheck.builder().tag("v2.3.4").requestedVersion("2.3.4")
            .versionFileContent("2.3.0\n").check();

    @Test
    @DisplayName("R-T2 isOk passes when every check passed and shows every failed check when not")
    void is_ok() {
        assertThat(ok).isOk().hasNoViolation(Check.TAG_FORMAT);

        assertThat(failure(() -> assertThat(tampered).isOk()))
                .isEqualTo("Expecting every consistency check to pass, but some failed:\n" + tampered.describe())
                .contains("VERSION_FILE_MATCHES_TAG");
    }

    @Test
    @DisplayName("R-T2 isNotOk passes on a failed report and says every check passed when none failed")
    void is_not_ok() {
        assertThat(tampered).isNotOk();

        assertThat(failure(() -> assertThat(ok).isNotOk())).isEqualTo(
                "Expecting at least one consistency check to fail, but every check passed:\n" + ok.describe());
    }

    @Test
    @DisplayName("R-T2 hasViolation and hasNoViolation name the check and show the report")
    void has_violation() {
        assertThat(tampered).hasViolation(Check.VERSION_FILE_MATCHES_TAG).hasNoViolation(Check.TAG_FORMAT);

        assertThat(failure(() -> assertThat(ok).hasViolation(Check.TAG_FORMAT)))
                .isEqualTo("Expecting check TAG_FORMAT to fail, but it did not:\n" + ok.describe());
        assertThat(failure(() -> assertThat(tampered).hasNoViolation(Check.VERSION_FILE_MATCHES_TAG)))
                .isEqualTo("Expecting check VERSION_FILE_MATCHES_TAG to pass, but it failed:\n" + tampered.describe());
    }

    @Test
    @DisplayName("R-T2 hasOnlyViolations lists the expected and the failed checks")
    void has_only_violations() {
        assertThat(tampered).hasOnlyViolations(Check.VERSION_FILE_MATCHES_TAG);

        assertThat(failure(() -> assertThat(tampered).hasOnlyViolations(Check.TAG_FORMAT)))
                .isEqualTo("Expecting exactly the checks [TAG_FORMAT] to fail, but the failed checks were "
                        + "[VERSION_FILE_MATCHES_TAG]:\n" + tampered.describe());
    }

    @Test
    @DisplayName("R-T2 hasViolationMentioning finds text in a violation's message")
    void has_violation_mentioning() {
        assertThat(tampered).hasViolationMentioning("2.3.0");

        assertThat(failure(() -> assertThat(tampered).hasViolationMentioning("9.9.9")))
                .isEqualTo("Expecting a violation mentioning \"9.9.9\", but none does:\n" + tampered.describe());
    }

    @Test
    @DisplayName("a description given with as() prefixes the message, as everywhere in AssertJ")
    void description_prefixes_the_message() {
        assertThat(failure(() -> assertThat(tampered).as("deploy gate").isOk()))
                .startsWith("[deploy gate] Expecting every consistency check to pass");
    }

    @Test
    @DisplayName("a null report fails as null, not with a NullPointerException")
    void null_report() {
        assertThat(failure(() -> assertThat((ConsistencyReport) null).isOk())).contains("Expecting actual not to be null");
    }
}
