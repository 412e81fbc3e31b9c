package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ScheduleProperties {
    static final Instant SCHEDULED = Instant.parse("2024-01-15T10:00:00Z");

    @Property(tries = 300)
    @Label("R-WN1 a deployment time is accepted iff it lies in the window or an override is recorded")
    void accepted_iff_inside_or_overridden(@ForAll @LongRange(min = -600, max = 600) long minutes,
            @ForAll ReleaseType type, @ForAll boolean overridden) {
        ReleaseTrains trains = ReleaseTrains.defaults(ZoneId.of("UTC"));
        Instant at = SCHEDULED.plus(Duration.ofMinutes(minutes));
        Instant runStart = SCHEDULED;
        ReleaseManifest m = Seeds.seed().withRelease(ReleaseHeader.draft(ReleaseId.parse("rel-2024-01-15-001"), type,
                SCHEDULED.toString(), "@john.doe"));
        if (overridden) {
            m = m.withRelease(m.release().withScheduleOverride(ScheduleOverride.of("@john.doe", "2024-01-14T10:00:00Z",
                    "moved")));
        }
        Duration window = trains.train(type).window();
        boolean inside = !at.isBefore(SCHEDULED) && at.isBefore(SCHEDULED.plus(window));

        assertThat(trains.deploymentRefusal(m, at, runStart).isEmpty()).isEqualTo(inside || overridden);
    }

    @Property(tries = 150)
    @Label("R-WN1 the desk deploys a regular release iff it is inside its window or an override is recorded")
    void desk_deploys_iff_inside_or_overridden(@ForAll @LongRange(min = -300, max = 300) long minutes,
            @ForAll boolean overridden) {
        MutableClock clock = new MutableClock("2024-01-14T10:00:00Z");
        ReleaseDesk desk = ReleaseDesk.builder().clock(clock).build();
        ReleaseManifest m = Seeds.seed();
        m = desk.comment(m, "api", "@alice", "/approve").orThrow();
        m = desk.complete(m, "On-call team notified", "@john.doe").orThrow();
        m = desk.approve(m, "Tech Lead", "@tech-lead").orThrow();
        m = desk.transition(m, ReleaseStatus.APPROVED, "@john.doe").orThrow();
        if (overridden) {
            m = desk.overrideSchedule(m, "@john.doe", "moved").orThrow();
        }
        clock.set(SCHEDULED.plus(Duration.ofMinutes(minutes)).toString());
        boolean inside = minutes >= 0 && minutes < 120;

        ManifestUpdate u = desk.deployment(m, RecordingDeployer.healthy()).by("@john.doe").dryRun(false).call();

        assertThat(u.isAccepted()).isEqualTo(inside || overridden);
        assertThat(u.manifest().status()).isEqualTo(inside || overridden ? ReleaseStatus.DEPLOYED : ReleaseStatus.APPROVED);
    }

    @Property(tries = 300)
    @Label("R-RT2 a drafted release id's date equals its train's date in the calendar's zone")
    void release_id_date_is_train_date(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long epochSecond,
            @ForAll("zones") ZoneId zone, @ForAll DayOfWeek day, @ForAll @IntRange(min = 0, max = 23) int hour,
            @ForAll ReleaseType type) {
        ReleaseTrains trains = ReleaseTrains.builder().zone(zone).day(day).time(LocalTime.of(hour, 30)).build();
        Clock clock = Clock.fixed(Instant.ofEpochSecond(epochSecond), zone);

        ReleaseHeader header = trains.draft(type, clock, List.of(), "@rm");

        Instant scheduled = Instant.parse(header.scheduledAt());
        assertThat(header.id().date()).isEqualTo(scheduled.atZone(zone).toLocalDate());
        if (type != ReleaseType.HOTFIX) {
            assertThat(scheduled.atZone(zone).getDayOfWeek()).isEqualTo(day);
            assertThat(trains.upcoming(Instant.ofEpochSecond(epochSecond), 1).get(0).start())
                    .isBeforeOrEqualTo(scheduled);
        }
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("UTC", "Europe/Berlin", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kolkata")
                .map(ZoneId::of);
    }
}
