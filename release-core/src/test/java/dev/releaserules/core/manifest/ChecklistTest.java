package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChecklistTest {

    @Test
    @DisplayName("R-SO3 role checklists: DBA only when migrations are present")
    void role_checklists_include_dba_only_with_migrations() {
        assertThat(Checklist.roles(false)).extracting(Checklist::name)
                .containsExactly("Team Lead", "QA Lead", "Security", "Release Manager");
        assertThat(Checklist.roles(true)).extracting(Checklist::name)
                .containsExactly("Team Lead", "QA Lead", "Security", "DBA", "Release Manager");
        assertThat(Checklist.roles(true).get(3).items()).containsExactly("Migration scripts reviewed",
                "Rollback scripts tested", "Performance impact assessed", "Backup verified");
    }

    @Test
    @DisplayName("R-SO3 the pre-release and release-day checklists of the seed are data")
    void pre_release_and_release_day_checklists() {
        assertThat(Checklist.preRelease()).hasSize(7);
        assertThat(Checklist.preRelease().stream().mapToInt(c -> c.items().size()).sum()).isEqualTo(28);
        assertThat(Checklist.releaseDay()).extracting(Checklist::name).containsExactly("Release day: T-60 minutes",
                "Release day: T-30 minutes", "Release day: T-0 (Release Start)", "Release day: During Release",
                "Release day: Post-Release");
        assertThat(Checklist.releaseDay().get(3).items()).contains("Each component: Deploy → Verify → Next");
    }

    @Test
    @DisplayName("R-SO3 a checklist seeds a manifest once, and its required items block the release")
    void checklists_seed_a_manifest() {
        ReleaseManifest seeded = Checklist.seed(Seeds.seed(), List.of(Checklist.roles(false).get(1)), true);
        ReleaseManifest twice = Checklist.seed(seeded, List.of(Checklist.roles(false).get(1)), true);

        assertThat(seeded.checklist()).hasSize(7 + 4);
        assertThat(twice).isEqualTo(seeded);
        assertThat(seeded.readiness().of(Readiness.Kind.PENDING_CHECKLIST_ITEM)).extracting(Readiness.Missing::subject)
                .contains("QA Lead: Regression tests completed");
    }
}
