package dev.releaserules.testkit.assertions;

import dev.releaserules.core.commit.BumpRecommendation;
import dev.releaserules.core.commit.CommitMessage;
import dev.releaserules.core.manifest.ManifestUpdate;
import dev.releaserules.core.manifest.Readiness;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.validation.ConsistencyReport;
import dev.releaserules.core.version.Version;

/**
 * The entry point of the Release Rules assertions. Its {@code assertThat} methods sit next to
 * AssertJ's: with both {@code import static org.assertj.core.api.Assertions.assertThat} and
 * {@code import static dev.releaserules.testkit.assertions.ReleaseAssertions.assertThat}, the
 * compiler picks these for Release Rules values and AssertJ's for everything else.
 *
 * <pre>{@code
 * assertThat(flow.validate().tag("v2.3.0").version("2.3.0").call()).isOk();
 * assertThat(manifest).hasStatus(ReleaseStatus.APPROVED).isReady();
 * assertThat(Version.parse("2.2.0")).isGreaterThan("2.2.0-rc.1");
 * }</pre>
 *
 * <p>Each method accepts null (the assertions then fail saying the value is null).
 */
public final class ReleaseAssertions {
    private ReleaseAssertions() {
    }

    /**
     * Assertions on a consistency report (R-T2).
     *
     * @param actual the report
     * @return its assertions
     */
    public static ConsistencyReportAssert assertThat(ConsistencyReport actual) {
        return new ConsistencyReportAssert(actual);
    }

    /**
     * Assertions on a version.
     *
     * @param actual the version
     * @return its assertions
     */
    public static VersionAssert assertThat(Version actual) {
        return new VersionAssert(actual);
    }

    /**
     * Assertions on a parsed commit message.
     *
     * @param actual the message
     * @return its assertions
     */
    public static CommitMessageAssert assertThat(CommitMessage actual) {
        return new CommitMessageAssert(actual);
    }

    /**
     * Assertions on a release manifest.
     *
     * @param actual the manifest
     * @return its assertions
     */
    public static ReleaseManifestAssert assertThat(ReleaseManifest actual) {
        return new ReleaseManifestAssert(actual);
    }

    /**
     * Assertions on a release's readiness (R-SO2).
     *
     * @param actual the readiness
     * @return its assertions
     */
    public static ReadinessAssert assertThat(Readiness actual) {
        return new ReadinessAssert(actual, "the release");
    }

    /**
     * Assertions on a bump recommendation.
     *
     * @param actual the recommendation
     * @return its assertions
     */
    public static BumpRecommendationAssert assertThat(BumpRecommendation actual) {
        return new BumpRecommendationAssert(actual);
    }

    /**
     * Assertions on the outcome of a release desk command.
     *
     * @param actual the update
     * @return its assertions
     */
    public static ManifestUpdateAssert assertThat(ManifestUpdate actual) {
        return new ManifestUpdateAssert(actual);
    }
}
