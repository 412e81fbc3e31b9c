package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.spi.CommitChange;
import dev.releaserules.core.version.Increment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class HotfixProperties {
    static final List<String> SUBJECTS = List.of("feat(api): bulk upload", "fix(api): limits", "fix(api)!: drop v1",
            "perf: faster", "docs: readme", "chore: deps", "refactor!: new model", "revert: feat(api): bulk upload",
            "not conventional at all");

    @Property(tries = 100)
    @Label("R-HF1 a hotfix patches its one component whatever its commits say, and no component needs a team sign-off")
    void hotfix_is_always_a_patch(@ForAll("subjects") @Size(min = 0, max = 6) List<String> subjects,
            @ForAll @IntRange(min = 0, max = 40) int minor, @ForAll @IntRange(min = 0, max = 40) int patch) {
        List<CommitChange> changes = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            changes.add(new CommitChange(Commit.of("c" + i, subjects.get(i), "@erin", Instant.EPOCH),
                    List.of("nedlia-back-end/api/F" + i + ".java")));
        }
        ManifestVersion current = ManifestVersion.parse("v2." + minor + "." + patch);

        ReleaseManifest m = ManifestDraft.builder()
                .release(ReleaseHeader.draft(ReleaseId.parse("rel-2024-01-15-002"), ReleaseType.HOTFIX, "", ""))
                .rules(ManifestDraftTest.MAP)
                .currentVersion("api", current)
                .currentVersion("placement-service", ManifestVersion.parse("v2.1.0"))
                .currentVersion("portal", ManifestVersion.parse("v3.0.1"))
                .currentVersion("workers", ManifestVersion.parse("v1.5.0"))
                .hotfixComponent("api")
                .changes(changes)
                .build();

        assertThat(m.findComponent("api").orElseThrow().newVersion().version())
                .isEqualTo(current.version().next(Increment.PATCH));
        assertThat(m.components().stream().filter(Component::isChanged)).hasSize(1);
        assertThat(m.components()).allSatisfy(c -> assertThat(c.signOff().status()).isEqualTo(SignOffStatus.NOT_REQUIRED));
    }

    @Property(tries = 100)
    @Label("R-FZ1 after the freeze a change joins iff it holds no feature or breaking change, or an override is recorded")
    void freeze_admits_fixes_only(@ForAll("subjects") @Size(min = 1, max = 4) List<String> subjects,
            @ForAll boolean overridden, @ForAll @IntRange(min = -3, max = 3) int daysAfterFreeze) {
        MutableClock clock = new MutableClock("2024-01-08T10:00:00Z");
        clock.advance(java.time.Duration.ofDays(daysAfterFreeze));
        ReleaseDesk desk = ReleaseDesk.builder().clock(clock).build();
        ReleaseManifest m = Seeds.seed();
        if (overridden) {
            m = desk.overrideSchedule(m, "@john.doe", "launch").orThrow();
        }
        List<Commit> commits = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            commits.add(Commit.of("d" + i, subjects.get(i), "@erin", Instant.EPOCH));
        }
        boolean feature = subjects.stream().anyMatch(s -> s.startsWith("feat") || s.contains("!:"));

        ManifestUpdate u = desk.newCommits(m, "api", commits);

        assertThat(u.isAccepted()).isEqualTo(daysAfterFreeze < 0 || !feature || overridden);
    }

    @Provide
    Arbitrary<List<String>> subjects() {
        return Arbitraries.of(SUBJECTS).list();
    }
}
