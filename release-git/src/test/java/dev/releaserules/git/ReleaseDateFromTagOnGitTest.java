package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.changelog.ChangelogConfig;
import dev.releaserules.core.changelog.ReleaseDateSource;
import dev.releaserules.core.changelog.ReleaseNotes;
import dev.releaserules.core.flow.ReleaseHistory;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Version;
import dev.releaserules.testkit.git.TempGitRepository;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import dev.releaserules.core.spi.TagRef;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReleaseDateFromTagOnGitTest {

    /**
     * "first" on 2024-01-15, tagged v1.0.0 (annotated) on 01-18; "second" on 01-18, tagged v1.1.0 by a
     * lightweight tag on 01-23; "third" on 01-23, tagged v1.2.0 (annotated) on 02-02.
     */
    private static TempGitRepository taggedLate() {
        TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build()
                .commit("feat: first", Map.of("a", "1"));
        repo.clock().advance(Duration.ofDays(3));
        repo.tag("v1.0.0").commit("fix: second", Map.of("a", "2"));
        repo.clock().advance(Duration.ofDays(5));
        repo.lightweightTag("v1.1.0").commit("feat: third", Map.of("a", "3"));
        repo.clock().advance(Duration.ofDays(10));
        return repo.tag("v1.2.0");
    }

    private static ReleaseHistory history(SourceRepository source, ReleaseDateSource dates) {
        return ReleaseHistory.builder().repository(source)
                .changelog(ChangelogConfig.builder().dateSource(dates).build()).build();
    }

    @Test
    @DisplayName("R-C1 with the tag date source a release is dated by its annotated tag; a lightweight tag by its commit")
    void releases_dated_by_their_tags() {
        try (TempGitRepository repo = taggedLate();
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseHistory byTag = history(source, ReleaseDateSource.TAG);
            ReleaseHistory byCommit = history(source, ReleaseDateSource.TAGGED_COMMIT);

            assertThat(byTag.releases()).extracting(r -> byTag.notes(r).date()).containsExactly(
                    LocalDate.parse("2024-02-02"), LocalDate.parse("2024-01-18"), LocalDate.parse("2024-01-18"));
            assertThat(byCommit.releases()).extracting(r -> byCommit.notes(r).date()).containsExactly(
                    LocalDate.parse("2024-01-23"), LocalDate.parse("2024-01-18"), LocalDate.parse("2024-01-15"));
            assertThat(byTag.latest()).map(ReleaseNotes::date).contains(LocalDate.parse("2024-02-02"));
            StringBuilder out = new StringBuilder();
            byTag.writeAll(out);
            assertThat(out).contains("2024-02-02").doesNotContain("2024-01-15");
        }
    }

    @Test
    @DisplayName("R-C1 a date given for a version wins over the tag's date")
    void a_given_date_wins_over_the_tag() {
        try (TempGitRepository repo = taggedLate();
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseHistory history = ReleaseHistory.builder().repository(source)
                    .changelog(ChangelogConfig.builder().dateSource(ReleaseDateSource.TAG).build())
                    .releaseDate(Version.parse("1.2.0"), LocalDate.parse("2024-02-29")).build();

            assertThat(history.latest()).map(ReleaseNotes::date).contains(LocalDate.parse("2024-02-29"));
        }
    }

    @Test
    @DisplayName("R-C1 tags in packed refs (peeled there) carry the same tagger dates as loose ones")
    void packed_tags_keep_their_dates() throws Exception {
        try (TempGitRepository repo = taggedLate()) {
            Git.wrap(repo.repository()).packRefs().setAll(true).call();
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {

                assertThat(history(source, ReleaseDateSource.TAG).releases())
                        .extracting(r -> history(source, ReleaseDateSource.TAG).notes(r).date()).containsExactly(
                                LocalDate.parse("2024-02-02"), LocalDate.parse("2024-01-18"), LocalDate.parse("2024-01-18"));
            }
        }
    }

    @Test
    @DisplayName("R-C1 a tag of a tag peels to the commit with the outer tag's time; a tag object without tagger has none")
    void nested_and_taggerless_tags() throws Exception {
        try (TempGitRepository repo = taggedLate()) {
            Repository git = repo.repository();
            ObjectId commit = git.resolve("v1.0.0^{commit}");
            try (ObjectInserter inserter = git.newObjectInserter()) {
                TagBuilder outer = new TagBuilder();
                outer.setTag("v1.0.0-signed");
                outer.setObjectId(git.resolve("refs/tags/v1.0.0"), Constants.OBJ_TAG);
                outer.setTagger(new PersonIdent("T", "t@example.com", Instant.parse("2024-05-01T00:00:00Z"), ZoneOffset.UTC));
                outer.setMessage("outer\n");
                TagBuilder bare = new TagBuilder();
                bare.setTag("v0.9.0");
                bare.setObjectId(commit, Constants.OBJ_COMMIT);
                bare.setMessage("no tagger\n");
                ObjectId outerId = inserter.insert(outer);
                ObjectId bareId = inserter.insert(bare);
                inserter.flush();
                RefUpdate first = git.updateRef("refs/tags/v1.0.0-signed");
                first.setNewObjectId(outerId);
                first.update();
                RefUpdate second = git.updateRef("refs/tags/v0.9.0");
                second.setNewObjectId(bareId);
                second.update();
            }
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {

                assertThat(source.tags()).contains(
                        TagRef.annotated("v1.0.0-signed", commit.name(), Instant.parse("2024-05-01T00:00:00Z")),
                        new TagRef("v0.9.0", commit.name(), true));
                assertThat(history(source, ReleaseDateSource.TAG).notes(new dev.releaserules.core.version.ReleaseTag(
                        "v0.9.0", Version.parse("0.9.0"))).date()).isEqualTo(LocalDate.parse("2024-01-15"));
            }
        }
    }
}
