package dev.releaserules.testkit.assertions;

import static dev.releaserules.testkit.assertions.AssertionFailures.failure;
import static dev.releaserules.testkit.assertions.ReleaseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;


import dev.releaserules.core.commit.BumpRecommendation;
import dev.releaserules.core.commit.BumpRules;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Assertions on bump recommendations: each passes on a fitting value and fails saying what was expected and found. */
class BumpRecommendationAssertTest {
    final Version current = Version.parse("2.1.1");
    final BumpRecommendation feature = BumpRules.defaults().recommend(current,
            List.of(Commit.of("a1b2c3d4e5", "feat: add bulk upload"), Commit.of("b2c3d4e5f6", "fix: typo")));
    final BumpRecommendation nothing = BumpRules.defaults().recommend(current,
            List.of(Commit.of("c3d4e5f6a7", "docs: readme")));

    @Test
    @DisplayName("R-V2 recommends and hasNextVersion show the explanation of the recommendation")
    void recommends() {
        assertThat(feature).recommends(Increment.MINOR).hasNextVersion("2.2.0");
        assertThat(nothing).recommendsNoRelease().hasNextVersion("2.1.1");

        assertThat(failure(() -> assertThat(feature).recommends(Increment.MAJOR)))
                .isEqualTo("Expecting the commits to call for a major release, but they call for " + feature.explain());
        assertThat(failure(() -> assertThat(nothing).recommends(Increment.PATCH)))
                .isEqualTo("Expecting the commits to call for a patch release, but they call for " + nothing.explain());
        assertThat(failure(() -> assertThat(feature).recommendsNoRelease()))
                .isEqualTo("Expecting the commits to call for no release, but they call for " + feature.explain());
        assertThat(failure(() -> assertThat(feature).hasNextVersion("3.0.0")))
                .isEqualTo("Expecting the next version to be 3.0.0, but the commits call for " + feature.explain())
                .contains("a1b2c3d");
    }
}
