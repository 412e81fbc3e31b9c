package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReleaseTrainsTest {
    final ReleaseTrains berlin = ReleaseTrains.defaults(ZoneId.of("Europe/Berlin"));

    @Test
    @DisplayName("R-RT1 the next regular slot is Tuesday 10:00 in the configured zone")
    void next_regular_slot() {
        assertThat(berlin.nextRegularSlot(Instant.parse("2024-01-15T12:00:00Z")))
                .isEqualTo(Instant.parse("2024-01-16T09:00:00Z"));
        assertThat(berlin.nextRegularSlot(Instant.parse("2024-01-16T09:00:00Z")))
                .isEqualTo(Instant.parse("2024-01-23T09:00:00Z"));
        assertThat(berlin.nextRegularSlot(Instant.parse("2024-03-27T12:00:00Z")))
                .as("after the switch to summer time the slot stays at 10:00 local")
                .isEqualTo(Instant.parse("2024-04-02T08:00:00Z"));
    }

    @Test
    @DisplayName("R-RT1 the monthly major is the first Tuesday slot of a month; features freeze a week before")
    void major_and_freeze() {
        Instant major = berlin.nextMajorSlot(Instant.parse("2024-01-15T12:00:00Z"));

        assertThat(major).isEqualTo(Instant.parse("2024-02-06T09:00:00Z"));
        assertThat(berlin.featureFreeze(major)).isEqualTo(Instant.parse("2024-01-30T09:00:00Z"));
        assertThat(berlin.nextMajorSlot(Instant.parse("2024-01-01T00:00:00Z"))).isEqualTo(Instant.parse("2024-01-02T09:00:00Z"));
    }

    @Test
    @DisplayName("R-RT1 windows and approvals per release type are configuration")
    void windows_and_approvals() {
        assertThat(berlin.train(ReleaseType.REGULAR).window()).isEqualTo(Duration.ofHours(2));
        assertThat(berlin.train(ReleaseType.HOTFIX).window()).isEqualTo(Duration.ofMinutes(30));
        assertThat(berlin.train(ReleaseType.MAJOR).window()).isEqualTo(Duration.ofHours(4));
        assertThat(berlin.approvals(ReleaseType.HOTFIX, "@rm")).extracting(Approval::role).containsExactly("Tech Lead", "On-call");
        assertThat(berlin.approvals(ReleaseType.MAJOR, "@rm").get(0)).isEqualTo(Approval.pending("Release Manager", "@rm"));
        ReleaseTrains custom = ReleaseTrains.builder().train(new ReleaseTrain(ReleaseType.REGULAR, "Daily",
                Duration.ofHours(1), List.of("Tech Lead"), true, 0)).build();
        assertThat(custom.windowEnd(ReleaseType.REGULAR, Instant.EPOCH)).isEqualTo(Instant.EPOCH.plusSeconds(3600));
    }

    @Test
    @DisplayName("R-RT2 a draft header gets the slot of its type and an id with the train's date, not the drafting day's")
    void draft_header() {
        Clock clock = Clock.fixed(Instant.parse("2024-01-15T12:00:00Z"), ZoneId.of("UTC"));
        List<ReleaseId> existing = List.of(ReleaseId.parse("rel-2024-01-15-001"), ReleaseId.parse("rel-2024-01-16-001"));

        ReleaseHeader h = berlin.draft(ReleaseType.REGULAR, clock, existing, "@rm");
        ReleaseHeader hotfix = berlin.draft(ReleaseType.HOTFIX, clock, existing, "@rm");
        ReleaseHeader named = berlin.draft(ReleaseId.parse("rel-2024-01-23-001"), ReleaseType.REGULAR, clock, "@rm");

        assertThat(h.id()).hasToString("rel-2024-01-16-002");
        assertThat(h.scheduledAt()).isEqualTo("2024-01-16T09:00:00Z");
        assertThat(h.status()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(hotfix.id()).as("a hotfix runs as needed: today").hasToString("rel-2024-01-15-002");
        assertThat(hotfix.scheduledAt()).isEqualTo("2024-01-15T12:00:00Z");
        assertThat(named.scheduledAt()).as("a given id schedules the train of its date").isEqualTo("2024-01-23T09:00:00Z");
    }

    @Test
    @DisplayName("R-RT2 the calendar lists the next trains with their freeze and window; the first of a month is the major")
    void upcoming_trains() {
        List<UpcomingTrain> trains = berlin.upcoming(Instant.parse("2024-01-15T12:00:00Z"), 4);

        assertThat(trains).extracting(UpcomingTrain::date).extracting(Object::toString)
                .containsExactly("2024-01-16", "2024-01-23", "2024-01-30", "2024-02-06");
        assertThat(trains).extracting(UpcomingTrain::type).containsExactly(ReleaseType.REGULAR, ReleaseType.REGULAR,
                ReleaseType.REGULAR, ReleaseType.MAJOR);
        assertThat(trains.get(0).start()).isEqualTo(Instant.parse("2024-01-16T09:00:00Z"));
        assertThat(trains.get(0).featureFreeze()).isEqualTo(Instant.parse("2024-01-09T09:00:00Z"));
        assertThat(trains.get(0).window().closes()).as("2 h").isEqualTo(Instant.parse("2024-01-16T11:00:00Z"));
        assertThat(trains.get(3).window().closes()).as("4 h").isEqualTo(Instant.parse("2024-02-06T13:00:00Z"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> berlin.upcoming(Instant.EPOCH, 0))
                .isInstanceOf(dev.releaserules.core.InvalidInputException.class)
                .hasMessage("Invalid train count \"0\": expected from 1 to 520 trains");
    }
}
