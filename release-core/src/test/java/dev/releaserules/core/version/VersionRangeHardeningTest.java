package dev.releaserules.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ranges that made semver4j throw or answer wrongly: typed errors only, and no semver4j type in our API. */
class VersionRangeHardeningTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"^99999999999999999999", ">=2147483648.0.0", "x.x.99999999999", "~2147483647.0.0",
        ">=1.0.0-rc.99999999999999999999"})
    @DisplayName("Version.satisfies refuses numbers beyond int with a typed error naming the range")
    void numbers_beyond_int_are_refused(String range) {
        assertThatThrownBy(() -> Version.parse("1.0.0").satisfies(range))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Invalid range").hasMessageContaining("numbers below 2147483647");
    }

    @Test
    @DisplayName("Version.satisfies refuses a version whose pre-release number is beyond long, not with NumberFormatException")
    void a_version_with_a_huge_pre_release_number_is_refused() {
        Version huge = Version.parse("1.0.0-rc.99999999999999999999");

        assertThatThrownBy(() -> huge.satisfies(">=1.0.0-rc.1"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pre-release identifiers");
        assertThat(Version.parse("1.0.0-rc.9999999999").satisfies(">=1.0.0-rc.1")).isTrue();
    }

    @Test
    @DisplayName("Version.satisfies refuses a 10,000-character hyphen range by its length, before evaluating it")
    void a_very_long_range_is_refused() {
        String range = "1.0.0 - ".repeat(1_250) + "2.0.0";

        assertThatThrownBy(() -> Version.parse("1.5.0").satisfies(range))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 256 characters");
        assertThat(Version.parse("1.5.0").satisfies("1.0.0 - 2.0.0")).isTrue();
    }

    @Test
    @DisplayName("Version.satisfies refuses a version of thousands of pre-release identifiers (semver4j overflowed its stack)")
    void a_very_long_version_is_refused() {
        Version long_ = Version.parse("1.0.0-" + "a.".repeat(5_000) + "a");

        assertThatThrownBy(() -> long_.satisfies("^1.0.0"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 256 characters");
    }

    @Test
    @DisplayName("Version's public API hands out no semver4j type")
    void no_semver4j_type_in_the_public_api() {
        Method[] methods = Arrays.stream(Version.class.getMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).toArray(Method[]::new);

        assertThat(methods).noneSatisfy(m -> assertThat(m.getReturnType().getName()).startsWith("org.semver4j"));
        assertThat(methods).noneSatisfy(m -> assertThat(Arrays.stream(m.getParameterTypes()).map(Class::getName))
                .anySatisfy(n -> assertThat(n).startsWith("org.semver4j")));
    }
}
