package dev.releaserules.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    @DisplayName("R-V2 a minor increment resets the patch: 2.1.1 -> 2.2.0")
    void minor_increment_resets_patch() {
        assertThat(Version.parse("2.1.1").next(Increment.MINOR)).hasToString("2.2.0");
    }

    @Test
    void rejects_a_v_prefix_naming_the_input() {
        assertThatThrownBy(() -> Version.parse("v1.2"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"v1.2\"")
                .hasMessageContaining("without a prefix");
    }

    @Property(tries = 200)
    void increments_strictly_increase(@ForAll @IntRange(max = 1000) int major, @ForAll @IntRange(max = 1000) int minor,
            @ForAll @IntRange(max = 1000) int patch, @ForAll Increment increment) {
        Version v = new Version(major, minor, patch, List.of(), List.of());
        assertThat(v.next(increment)).isGreaterThan(v);
    }
}
