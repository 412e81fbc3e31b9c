package dev.releaserules.testkit.assertions;

import dev.releaserules.core.commit.BumpRecommendation;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import dev.releaserules.testkit.internal.Args;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link BumpRecommendation}. A failure shows the recommendation's
 * {@link BumpRecommendation#explain()}: the step and the commits that drove it.
 *
 * <pre>{@code
 * assertThat(rules.recommend(current, commits)).recommends(Increment.MAJOR).hasNextVersion("3.0.0");
 * }</pre>
 */
public final class BumpRecommendationAssert extends AbstractAssert<BumpRecommendationAssert, BumpRecommendation> {

    BumpRecommendationAssert(BumpRecommendation actual) {
        super(actual, BumpRecommendationAssert.class);
    }

    /**
     * Verifies the increment the commits call for.
     *
     * @param increment the expected increment
     * @return this assertion
     * @throws AssertionError when the commits call for another increment or none
     */
    public BumpRecommendationAssert recommends(Increment increment) {
        Args.notNull(increment, "increment");
        isNotNull();
        if (actual.increment().filter(i -> i == increment).isEmpty()) {
            failWithMessage("%s", FailureMessages.shouldRecommend(actual, increment));
        }
        return this;
    }

    /**
     * Verifies that no commit calls for a release.
     *
     * @return this assertion
     * @throws AssertionError when some commit calls for an increment
     */
    public BumpRecommendationAssert recommendsNoRelease() {
        isNotNull();
        if (actual.increment().isPresent()) {
            failWithMessage("%s", FailureMessages.shouldRecommendNoRelease(actual));
        }
        return this;
    }

    /**
     * Verifies the version the commits call for.
     *
     * @param version the expected next version, such as {@code 2.2.0}
     * @return this assertion
     * @throws AssertionError when the commits call for another version
     * @throws dev.releaserules.core.InvalidInputException when {@code version} is not a version
     */
    public BumpRecommendationAssert hasNextVersion(String version) {
        Version expected = Version.parse(version);
        isNotNull();
        if (!actual.nextVersion().equals(expected)) {
            failWithMessage("%s", FailureMessages.shouldHaveNextVersion(actual, expected));
        }
        return this;
    }
}
