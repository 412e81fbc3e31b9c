package dev.releaserules.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.releaserules.core.flow.RefNames;
import dev.releaserules.core.version.Version;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

/** Messages never show raw characters that change how the text around them reads. */
class MessageEscapingTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"202E", "202D", "202A", "2066", "2067", "2068", "2069", "200E", "200F", "061C", "2028", "2029"})
    @DisplayName("Bidirectional overrides and line separators in bad input are escaped in messages, as control characters are")
    void bidi_controls_are_escaped(String hex) {
        char c = (char) Integer.parseInt(hex, 16);
        String input = "1.2.3" + c + "-evil";

        InvalidInputException version = catchThrowableOfType(InvalidInputException.class, () -> Version.parse(input));
        InvalidInputException ref = catchThrowableOfType(InvalidInputException.class,
                () -> RefNames.requireValid("release/" + c + "v1 2"));

        assertThat(version.getMessage()).doesNotContain(String.valueOf(c)).contains("\\u" + hex.toLowerCase());
        assertThat(ref.getMessage()).doesNotContain(String.valueOf(c)).contains("\\u" + hex.toLowerCase());
        assertThat(version.input()).isEqualTo(input);
    }
}
