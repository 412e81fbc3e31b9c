package dev.releaserules.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.RuleViolationException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NextVersionTest {

    private static final Version CURRENT = Version.parse("2.1.1");

    @Test
    @DisplayName("R-V2 prepare increments the minor by default: 2.1.1 -> 2.2.0")
    void prepare_default_is_minor() {
        VersionChoice choice = NextVersion.choose(ReleaseStep.PREPARE, CURRENT, VersionRequest.stepDefault());

        assertThat(choice.chosen()).isEqualTo(Version.of(2, 2, 0));
        assertThat(choice.isNewVersion()).isTrue();
        assertThat(choice.reason()).isEqualTo("2.1.1 → 2.2.0: minor increment (default at prepare)");
    }

    @Test
    @DisplayName("R-V2 prepare takes an explicit version greater than the current one")
    void prepare_explicit() {
        VersionChoice choice = NextVersion.choose(ReleaseStep.PREPARE, CURRENT,
                VersionRequest.explicit(Version.of(3, 0, 0)));

        assertThat(choice.chosen()).isEqualTo(Version.of(3, 0, 0));
        assertThat(choice.reason()).isEqualTo("2.1.1 → 3.0.0: explicit version");
    }

    @Test
    @DisplayName("R-V2 an explicit version not greater than the current one is refused")
    void prepare_explicit_must_be_greater() {
        assertThatThrownBy(() -> NextVersion.choose(ReleaseStep.PREPARE, CURRENT, VersionRequest.explicit(CURRENT)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule().id()).isEqualTo("R-V2"))
                .hasMessage("R-V2: the explicit version 2.1.1 must be greater than the current version 2.1.1");
        assertThatThrownBy(() -> NextVersion.choose(ReleaseStep.PREPARE, CURRENT,
                VersionRequest.explicit(Version.parse("2.0.0"))))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName("R-V2 an explicit pre-release is refused at prepare")
    void prepare_explicit_must_be_release() {
        assertThatThrownBy(() -> NextVersion.choose(ReleaseStep.PREPARE, CURRENT,
                VersionRequest.explicit(Version.parse("3.0.0-rc.1"))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("must be a release version");
    }

    @Test
    @DisplayName("R-V4 a hotfix increments the patch by default: 2.2.0 -> 2.2.1")
    void hotfix_default_is_patch() {
        assertThat(NextVersion.choose(ReleaseStep.HOTFIX, Version.of(2, 2, 0), VersionRequest.stepDefault()).chosen())
                .isEqualTo(Version.of(2, 2, 1));
        assertThat(NextVersion.choose(ReleaseStep.HOTFIX, Version.of(2, 2, 0),
                VersionRequest.explicit(Version.of(2, 2, 5))).chosen()).isEqualTo(Version.of(2, 2, 5));
    }

    @ParameterizedTest(name = "R-V3 step {0} keeps the prepared version")
    @EnumSource(value = ReleaseStep.class, names = {"STAGING", "VALIDATE", "POST_MERGE", "RELEASE", "BACKPORT"})
    @DisplayName("R-V3 steps after prepare keep the prepared version")
    void later_steps_keep_the_prepared_version(ReleaseStep step) {
        Version prepared = Version.of(2, 1, 0);

        assertThat(NextVersion.choose(step, prepared, VersionRequest.asPrepared()).chosen()).isEqualTo(prepared);
        assertThat(NextVersion.choose(step, prepared, VersionRequest.stepDefault()).chosen()).isEqualTo(prepared);
        assertThat(NextVersion.choose(step, prepared, VersionRequest.explicit(prepared)).isNewVersion()).isFalse();
    }

    @Test
    @DisplayName("R-V3 the release step may not increment again (2.1.0 must not ship as v2.1.1)")
    void release_may_not_increment_again() {
        assertThatThrownBy(() -> NextVersion.choose(ReleaseStep.RELEASE, Version.of(2, 1, 0),
                VersionRequest.increment(Increment.PATCH)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule().id()).isEqualTo("R-V3"))
                .hasMessage("R-V3: the version chosen at prepare (2.1.0) is final; step RELEASE may not increment it "
                        + "(patch) (that is how 2.1.0 once shipped as v2.1.1)");
        assertThatThrownBy(() -> NextVersion.choose(ReleaseStep.POST_MERGE, Version.of(2, 1, 0),
                VersionRequest.explicit(Version.of(2, 1, 1))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("change it to 2.1.1");
    }

    @Property(tries = 200)
    @Label("R-V3 no double increment: prepare then any later step yields the prepared version")
    void no_double_increment(@ForAll @IntRange(max = 1000) int major, @ForAll @IntRange(max = 1000) int minor,
            @ForAll @IntRange(max = 1000) int patch, @ForAll Increment increment, @ForAll ReleaseStep later) {
        if (later.choosesVersion()) {
            return;
        }
        Version prepared = NextVersion.choose(ReleaseStep.PREPARE, Version.of(major, minor, patch),
                VersionRequest.increment(increment)).chosen();

        assertThat(NextVersion.choose(later, prepared, VersionRequest.asPrepared()).chosen()).isEqualTo(prepared);
        assertThatThrownBy(() -> NextVersion.choose(later, prepared, VersionRequest.increment(increment)))
                .isInstanceOf(RuleViolationException.class);
    }
}
