package dev.releaserules.core.manifest;

import static dev.releaserules.core.manifest.ManifestDraftTest.change;
import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.spi.PathFilter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The required pre-release checklist and the release-day items (R-CL1). */
class RequiredChecklistTest {
    final PathFilter migrations = PathFilter.including("**/migrations/**", "db/*.sql");

    @Test
    @DisplayName("R-CL1 a regular release requires the four pre-release items of the process")
    void four_required_items() {
        assertThat(Checklist.required(ReleaseType.REGULAR)).extracting(ChecklistItem::item, ChecklistItem::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("All team sign-offs received", true),
                        org.assertj.core.groups.Tuple.tuple("Integration tests passing", true),
                        org.assertj.core.groups.Tuple.tuple("Security scan clean", true),
                        org.assertj.core.groups.Tuple.tuple("Rollback plan documented", true));
        assertThat(Checklist.required(ReleaseType.MAJOR)).hasSize(4);
    }

    @Test
    @DisplayName("R-CL1 the database migrations review is required when a changed path matches the migrations pattern")
    void migrations_item_from_changed_paths(@TempDir Path dir) {
        ManifestDraft base = ManifestDraftTest.draft().checklist(Checklist.required(ReleaseType.REGULAR)).migrations(migrations);

        ReleaseManifest without = ManifestDraftTest.draft().checklist(Checklist.required(ReleaseType.REGULAR))
                .migrations(migrations).changes(List.of(change("a1", "feat: upload", "@erin", "nedlia-back-end/api/Up.java")))
                .build();
        ReleaseManifest with = base.changes(List.of(change("a1", "feat: upload", "@erin", "nedlia-back-end/api/Up.java"),
                change("a2", "feat: upload table", "@erin", "nedlia-back-end/api/migrations/V7__upload.sql"))).build();
        with.write(dir.resolve("m.yaml"));

        assertThat(without.checklist()).extracting(ChecklistItem::item).doesNotContain("Database migrations reviewed");
        assertThat(ReleaseManifest.read(dir.resolve("m.yaml")).checklist()).last()
                .isEqualTo(ChecklistItem.pending("Database migrations reviewed", true));
        assertThat(with.readiness().missing()).extracting(Readiness.Missing::subject).contains("Database migrations reviewed");
    }

    @Test
    @DisplayName("R-CL1 release-day items are due relative to the release start and name the release's own channel")
    void release_day_due_times(@TempDir Path dir) {
        ReleaseTrains trains = ReleaseTrains.defaults(ZoneOffset.UTC);
        ReleaseManifest m = Checklist.seedReleaseDay(Seeds.seed(), trains);
        m.write(dir.resolve("m.yaml"));
        ReleaseManifest read = ReleaseManifest.read(dir.resolve("m.yaml"));

        assertThat(read.checklist()).filteredOn(i -> i.item().startsWith("Release day: T-60"))
                .extracting(ChecklistItem::item, ChecklistItem::dueAt).contains(
                        org.assertj.core.groups.Tuple.tuple("Release day: T-60 minutes: Release channel opened (#release-2024-01-15)",
                                "2024-01-15T09:00:00Z"));
        assertThat(read.checklist()).filteredOn(i -> i.item().startsWith("Release day: T-30")).extracting(ChecklistItem::dueAt)
                .containsOnly("2024-01-15T09:30:00Z");
        assertThat(read.checklist()).filteredOn(i -> i.item().startsWith("Release day: T-0")).extracting(ChecklistItem::dueAt)
                .containsOnly("2024-01-15T10:00:00Z");
        assertThat(read.checklist()).filteredOn(i -> i.item().startsWith("Release day: Post-Release"))
                .extracting(ChecklistItem::dueAt).as("the 2 h window's end").containsOnly("2024-01-15T12:00:00Z");
        assertThat(read.readiness()).as("release-day items do not block approval").isEqualTo(Seeds.seed().readiness());
        assertThat(Checklist.releaseDay().get(0).items()).contains("Release channel opened");
        assertThat(Checklist.seedReleaseDay(m, trains)).as("seeding twice adds nothing").isEqualTo(m);
        assertThat(Dashboard.render(read, ZoneOffset.UTC))
                .contains("| Release day: T-30 minutes: Team leads online ", "| ⬜ Open, due Jan 15, 09:30 AM |");
    }
}
