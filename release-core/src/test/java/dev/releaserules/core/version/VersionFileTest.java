package dev.releaserules.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VersionFileTest {

    @ParameterizedTest(name = "reads {0}")
    @ValueSource(strings = {"2.1.0", "2.1.0\n", "2.1.0\r\n", "  2.1.0  \n", "\t2.1.0"})
    @DisplayName("R-V1 the version file is one line X.Y.Z; one trailing newline and blanks are trimmed")
    void reads_one_line(String content) {
        assertThat(VersionFile.defaults().parse(content)).isEqualTo(Version.of(2, 1, 0));
    }

    @ParameterizedTest(name = "rejects {0}")
    @ValueSource(strings = {"", "\n", "2.1.0\n\n", "2.1.0\n2.2.0\n", "v2.1.0", "2.1", "2.1.0-rc.1", "2.1.0+b",
        "\uFEFF2.1.0", "version=2.1.0"})
    @DisplayName("R-V1 anything but one line X.Y.Z is refused, naming the file")
    void rejects_anything_else(String content) {
        assertThatThrownBy(() -> new VersionFile("config/version.txt").parse(content))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid version file config/version.txt")
                .hasMessageContaining("expected one line holding a version MAJOR.MINOR.PATCH");
    }

    @Test
    @DisplayName("R-V1 the file is written as the version and one newline")
    void formats() {
        assertThat(VersionFile.defaults().format(Version.of(2, 2, 0))).isEqualTo("2.2.0\n");
        assertThatThrownBy(() -> VersionFile.defaults().format(Version.parse("2.2.0-rc.1")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void paths_must_stay_inside_the_repository() {
        assertThatThrownBy(() -> new VersionFile("../version.txt")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new VersionFile("/etc/version")).isInstanceOf(InvalidInputException.class);
        assertThat(new VersionFile("app/version.txt").path()).isEqualTo("app/version.txt");
    }

    @Property(tries = 200)
    @Label("R-V1 format then parse is identity")
    void round_trip(@ForAll @net.jqwik.api.constraints.IntRange(max = 100000) int major,
            @ForAll @net.jqwik.api.constraints.IntRange(max = 100000) int minor,
            @ForAll @net.jqwik.api.constraints.IntRange(max = 100000) int patch) {
        Version version = Version.of(major, minor, patch);
        VersionFile file = VersionFile.defaults();
        assertThat(file.parse(file.format(version))).isEqualTo(version);
    }

    @Property(tries = 300)
    void reading_arbitrary_content_throws_only_our_exception(@ForAll String content) {
        try {
            VersionFile.defaults().parse(content);
        } catch (InvalidInputException expected) {
            assertThat(expected.getMessage()).startsWith("Invalid version file version.txt");
        }
    }
}
