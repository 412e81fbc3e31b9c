package dev.releaserules.testkit.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TickingClockTest {

    @Test
    void stands_still_until_it_ticks_or_advances() {
        // given
        TickingClock clock = TickingClock.startingAt(Instant.parse("2024-01-15T10:00:00Z"), Duration.ofMinutes(1));

        // when / then
        assertThat(clock.instant()).isEqualTo(Instant.parse("2024-01-15T10:00:00Z"));
        assertThat(clock.instant()).isEqualTo(clock.instant());
        assertThat(clock.tick()).isEqualTo(Instant.parse("2024-01-15T10:01:00Z"));
        assertThat(clock.advance(Duration.ofHours(8))).isEqualTo(Instant.parse("2024-01-15T18:01:00Z"));
        assertThat(clock.millis()).isEqualTo(Instant.parse("2024-01-15T18:01:00Z").toEpochMilli());
    }

    @Test
    void a_copy_in_another_zone_shares_the_time() {
        // given
        TickingClock clock = TickingClock.standard();
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        // when
        clock.tick();

        // then
        assertThat(paris.instant()).isEqualTo(TickingClock.STANDARD_START.plus(TickingClock.STANDARD_STEP));
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void refuses_steps_that_do_not_move_forward() {
        assertThatThrownBy(() -> TickingClock.startingAt(Instant.EPOCH, Duration.ZERO))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid clock step \"PT0S\": expected a positive duration");
        assertThatThrownBy(() -> TickingClock.standard().advance(Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid clock advance \"PT-1S\": expected a duration that is not negative");
    }
}
