package dev.releaserules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextsDurationTest {

    @Test
    @DisplayName("R-TL durations read as people write them: 5m 23s, 8h, 1h 5m, 2d 3h")
    void human_durations() {
        assertThat(Texts.duration(Duration.ofSeconds(323))).isEqualTo("5m 23s");
        assertThat(Texts.duration(Duration.ofHours(8))).isEqualTo("8h");
        assertThat(Texts.duration(Duration.ofMinutes(65).plusSeconds(7))).isEqualTo("1h 5m");
        assertThat(Texts.duration(Duration.ofHours(51))).isEqualTo("2d 3h");
        assertThat(Texts.duration(Duration.ZERO)).isEqualTo("0s");
        assertThat(Texts.duration(Duration.ofSeconds(-5))).isEqualTo("0s");
        assertThat(Texts.duration(Duration.ofSeconds(45))).isEqualTo("45s");
    }
}
