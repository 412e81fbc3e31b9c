package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.commit.Commit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The feature freeze (R-FZ1): a week before the seed's release of 2024-01-15 10:00 UTC. */
class FeatureFreezeTest {
    final MutableClock clock = new MutableClock("2024-01-08T09:59:59Z");
    final ReleaseDesk desk = ReleaseDesk.builder().clock(clock).build();
    final List<Commit> feature = List.of(Commit.of("f00d0001", "feat(api): bulk delete", "@erin", Instant.EPOCH));
    final List<Commit> fix = List.of(Commit.of("f1x00001", "fix(api): off by one", "@erin", Instant.EPOCH));
    final List<Commit> breaking = List.of(Commit.of("b00b0001", "fix(api)!: drop v1 paths", "@erin", Instant.EPOCH));

    @Test
    @DisplayName("R-FZ1 before the freeze features join the release; after it only fixes do")
    void features_freeze_a_week_before() {
        ReleaseManifest m = Seeds.seed();

        ManifestUpdate before = desk.newCommits(m, "api", feature);
        clock.set("2024-01-08T10:00:00Z");
        ManifestUpdate after = desk.newCommits(m, "api", feature);
        ManifestUpdate breakingAfter = desk.newCommits(m, "api", breaking);
        ManifestUpdate fixAfter = desk.newCommits(m, "api", fix);

        assertThat(before.isAccepted()).isTrue();
        assertThat(after.refusal()).isEqualTo("R-FZ1: features froze at 2024-01-08T10:00:00Z; f00d000 is a feature or "
                + "breaking change and belongs to the next train, unless a schedule override with who and why is recorded");
        assertThat(breakingAfter.isAccepted()).isFalse();
        assertThat(fixAfter.manifest().findComponent("api").orElseThrow().changes()).endsWith("fix(api): off by one");
        assertThat(desk.trains().featureFreeze(m)).contains(Instant.parse("2024-01-08T10:00:00Z"));
    }

    @Test
    @DisplayName("R-FZ1 the release manager's recorded override lets a late feature in")
    void override_lets_a_feature_in() {
        clock.set("2024-01-12T10:00:00Z");
        ReleaseManifest overridden = desk.overrideSchedule(Seeds.seed(), "@john.doe", "the launch needs it").orThrow();

        ManifestUpdate u = desk.newCommits(overridden, "api", feature);

        assertThat(u.isAccepted()).isTrue();
        assertThat(u.manifest().release().scheduleOverride().reason()).isEqualTo("the launch needs it");
    }
}
