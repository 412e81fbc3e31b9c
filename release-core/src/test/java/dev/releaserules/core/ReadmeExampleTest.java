package dev.releaserules.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.validation.ConsistencyCheck;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.NextVersion;
import dev.releaserules.core.version.ReleaseStep;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.core.version.Version;
import dev.releaserules.core.version.VersionChoice;
import dev.releaserules.core.version.VersionFile;
import dev.releaserules.core.version.VersionRequest;
import org.junit.jupiter.api.Test;

/** Keeps the README's Java example true: the same lines, with what they claim asserted. */
class ReadmeExampleTest {

    @Test
    void the_readme_example_does_what_it_says() {
        Version current = VersionFile.defaults().parse("2.1.1\n");
        VersionChoice next = NextVersion.choose(ReleaseStep.PREPARE, current, VersionRequest.stepDefault());
        String tag = TagFormat.defaults().format(next.chosen());
        ConsistencyCheck.builder().tag(tag).requestedVersion("2.2.0").versionFileContent("2.2.0\n").check().orThrow();

        assertThat(tag).isEqualTo("v2.2.0");
        assertThatThrownBy(() -> NextVersion.choose(ReleaseStep.RELEASE, next.chosen(),
                VersionRequest.increment(Increment.PATCH))).isInstanceOf(RuleViolationException.class);
    }
}
