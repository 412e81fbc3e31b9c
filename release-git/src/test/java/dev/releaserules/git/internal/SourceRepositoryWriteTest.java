package dev.releaserules.git.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.spi.MergeOutcome;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.spi.TagRef;
import dev.releaserules.git.GitRepositories;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TestIdentities;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SourceRepositoryWriteTest {
    private static final Instant TIME = Instant.parse("2024-02-01T09:00:00Z");

    private static SourceRepository open(TempGitRepository repo) {
        return GitRepositories.open(repo.workTree());
    }

    /** A port whose ref updates run {@code hook} first: another writer gets in between read and update. */
    private static SourceRepository interleaved(TempGitRepository repo, Consumer<String> hook) {
        return new JGitSourceRepository(repo.repository(), false, hook);
    }

    private static TempGitRepository develop() {
        TempGitRepository repo = TempGitRepository.builder().initialBranch("develop").build();
        repo.commit("feat: x", Map.of("version.txt", "2.2.0\n", "CHANGELOG.md", "# Changelog\n"));
        return repo;
    }

    @Test
    @DisplayName("R-B1 createBranch makes a release branch without touching HEAD or the work tree, and refuses it twice")
    void create_branch() {
        // given
        try (TempGitRepository repo = develop(); SourceRepository source = open(repo)) {
            String head = repo.head();

            // when
            source.createRef(RefName.branch("release/v2.3.0"), head);

            // then
            assertThat(repo.refs()).containsEntry("refs/heads/release/v2.3.0", head);
            assertThat(source.currentBranch()).contains("develop");
            assertThatThrownBy(() -> source.createRef(RefName.branch("release/v2.3.0"), head))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_EXISTS))
                    .hasMessage("Ref \"refs/heads/release/v2.3.0\" already exists (at " + head + ")");
        }
    }

    @Test
    void create_ref_refuses_invalid_names_and_missing_commits() {
        // given
        try (TempGitRepository repo = develop(); SourceRepository source = open(repo)) {

            // when / then
            assertThatThrownBy(() -> source.createRef(RefName.of("refs/heads/bad..name"), repo.head()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("Invalid ref name \"refs/heads/bad..name\": expected a full ref name under refs/");
            assertThatThrownBy(() -> source.createRef(RefName.of("heads/x"), repo.head()))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> source.createRef(RefName.branch("release/v2.3.0 "), repo.head()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("Invalid ref name \"refs/heads/release/v2.3.0 \"");
            assertThatThrownBy(() -> source.createRef(RefName.branch("release/v2.3.0.lock"), repo.head()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Invalid ref name \"refs/heads/release/v2.3.0.lock\": expected a full ref name under refs/ that git accepts");
            assertThatThrownBy(() -> source.createRef(RefName.of("refs/release-rules/triggered/v2.3.0"), "0000000000000000000000000000000000000001"))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_NOT_FOUND));
        }
    }

    @Test
    @DisplayName("R-T3 createRef is a compare-and-set from absent: a concurrent creator wins, the other gets REF_EXISTS")
    void create_ref_cas() {
        // given
        try (TempGitRepository repo = develop()) {
            String base = repo.head();
            String other = repo.commit("chore: other").head();
            RefName ref = RefName.of("refs/release-rules/triggered/v2.3.0");
            try (SourceRepository second = open(repo);
                    SourceRepository first = interleaved(repo, name -> second.createRef(ref, other))) {

                // when / then
                assertThatThrownBy(() -> first.createRef(ref, base))
                        .isInstanceOfSatisfying(RepositoryException.class,
                                e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_EXISTS))
                        .hasMessage("Ref \"" + ref + "\" already exists (at " + other + ")");
                assertThat(repo.refs()).containsEntry(ref.name(), other);
            }
        }
    }

    @Test
    void delete_branch_deletes_and_refuses_missing_or_checked_out_branches() {
        // given
        try (TempGitRepository repo = develop(); SourceRepository source = open(repo)) {
            repo.branch("release/v2.2.0");

            // when
            source.deleteRef(RefName.branch("release/v2.2.0"), repo.refs().get("refs/heads/release/v2.2.0"));

            // then
            assertThat(repo.refs()).doesNotContainKey("refs/heads/release/v2.2.0");
            assertThatThrownBy(() -> source.deleteRef(RefName.branch("release/v2.2.0"), repo.head()))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_NOT_FOUND))
                    .hasMessage("Branch \"release/v2.2.0\" does not exist in the repository");
            assertThatThrownBy(() -> source.deleteRef(RefName.branch("develop"), repo.head()))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.BRANCH_CHECKED_OUT))
                    .hasMessage("Branch \"develop\" is checked out, so it cannot be deleted");
        }
    }

    @Test
    @DisplayName("R-T1 commit writes the version file and changelog on the release branch without touching the work tree")
    void commit_on_a_branch() throws Exception {
        // given
        try (TempGitRepository repo = develop(); SourceRepository source = open(repo)) {
            String base = repo.head();
            source.createRef(RefName.branch("release/v2.3.0"), base);

            // when
            String id = source.commit("release/v2.3.0",
                    Map.of("version.txt", "2.3.0\n", "CHANGELOG.md", "# Changelog\n\n## 2.3.0\n"),
                    "chore(release): 2.3.0", TestIdentities.RELEASE_BOT, TIME);

            // then
            assertThat(repo.refs()).containsEntry("refs/heads/release/v2.3.0", id).containsEntry("refs/heads/develop", base);
            assertThat(source.readFile("release/v2.3.0", "version.txt")).contains("2.3.0\n");
            assertThat(source.readFile("release/v2.3.0", "CHANGELOG.md")).contains("# Changelog\n\n## 2.3.0\n");
            assertThat(Files.readString(repo.workTree().resolve("version.txt"))).isEqualTo("2.2.0\n");
            assertThat(source.isClean()).isTrue();
            try (RevWalk walk = new RevWalk(repo.repository())) {
                RevCommit commit = walk.parseCommit(ObjectId.fromString(id));
                assertThat(commit.getParents()).extracting(ObjectId::name).containsExactly(base);
                assertThat(commit.getAuthorIdent().getName()).isEqualTo("release-bot");
                assertThat(commit.getCommitterIdent().getWhenAsInstant()).isEqualTo(TIME);
                assertThat(commit.getFullMessage()).isEqualTo("chore(release): 2.3.0");
            }
        }
    }

    @Test
    void commit_is_deterministic_for_the_same_inputs() {
        // given
        try (TempGitRepository a = develop(); TempGitRepository b = develop();
                SourceRepository sa = open(a); SourceRepository sb = open(b)) {

            // when
            String first = sa.commit("develop", Map.of("v.txt", "1\n"), "chore: v", TestIdentities.RELEASE_BOT, TIME);
            String second = sb.commit("develop", Map.of("v.txt", "1\n"), "chore: v", TestIdentities.RELEASE_BOT, TIME);

            // then
            assertThat(first).isEqualTo(second);
        }
    }

    @Test
    void commit_refuses_a_missing_branch_and_bad_paths() {
        // given
        try (TempGitRepository repo = develop(); SourceRepository source = open(repo)) {

            // when / then
            assertThatThrownBy(() -> source.commit("release/v9.0.0", Map.of("a", "b"), "m", TestIdentities.RELEASE_BOT, TIME))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_NOT_FOUND))
                    .hasMessage("Branch \"release/v9.0.0\" does not exist in the repository");
            assertThatThrownBy(() -> source.commit("develop", Map.of("../escape.txt", "x"), "m", TestIdentities.RELEASE_BOT, TIME))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Invalid file path \"../escape.txt\": expected a relative path with / separators,"
                            + " without \"..\", \".git\" or empty parts");
        }
    }

    @Test
    @DisplayName("R-T1 commit is a compare-and-set: a branch moved by another writer gives CONCURRENT_UPDATE and keeps the other's commit")
    void commit_cas() {
        // given
        try (TempGitRepository repo = develop()) {
            try (SourceRepository second = open(repo)) {
                String[] theirs = new String[1];
                SourceRepository first = interleaved(repo, name -> theirs[0] = second.commit("develop",
                        Map.of("b.txt", "theirs\n"), "feat: theirs", TestIdentities.OTHER_DEVELOPER, TIME));

                // when / then
                assertThatThrownBy(() -> first.commit("develop", Map.of("a.txt", "ours\n"), "feat: ours",
                        TestIdentities.DEVELOPER, TIME))
                        .isInstanceOfSatisfying(RepositoryException.class,
                                e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.CONCURRENT_UPDATE))
                        .hasMessage("Ref \"refs/heads/develop\" moved while it was being updated: another writer won;"
                                + " nothing was changed by this one");
                assertThat(repo.refs()).containsEntry("refs/heads/develop", theirs[0]);
            }
        }
    }

    @Test
    @DisplayName("R-T1 createTag makes an annotated tag peeled to the release commit, and refuses an existing tag")
    void create_tag() {
        // given
        try (TempGitRepository repo = develop(); SourceRepository source = open(repo)) {
            String head = repo.head();
            Map<String, String> before = repo.refs();

            // when
            source.createTag("v2.3.0", head, "Release 2.3.0", TestIdentities.RELEASE_BOT, TIME);

            // then
            assertThat(source.tags()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("taggerTime")
                        .containsExactly(new TagRef("v2.3.0", head, true));
            assertThat(repo.refs()).hasSize(before.size() + 1);
            assertThatThrownBy(() -> source.createTag("v2.3.0", head, "again", TestIdentities.RELEASE_BOT, TIME))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_EXISTS))
                    .hasMessageStartingWith("Ref \"refs/tags/v2.3.0\" already exists (at ");
            assertThatThrownBy(() -> source.createTag("v 2", head, "m", TestIdentities.RELEASE_BOT, TIME))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Invalid tag name \"v 2\": expected a short tag name git accepts, such as v1.2.3");
            assertThatThrownBy(() -> source.createTag("v2.4.0", "release/v2.4.0", "m", TestIdentities.RELEASE_BOT, TIME))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_NOT_FOUND))
                    .hasMessage("Revision \"release/v2.4.0\" does not exist in the repository");
        }
    }

    @Test
    @DisplayName("R-T1 createTag is a compare-and-set from absent: a tag created meanwhile gives REF_EXISTS")
    void create_tag_cas() {
        // given
        try (TempGitRepository repo = develop()) {
            String head = repo.head();
            try (SourceRepository second = open(repo);
                    SourceRepository first = interleaved(repo,
                            name -> second.createTag("v2.3.0", head, "theirs", TestIdentities.OTHER_DEVELOPER, TIME))) {

                // when / then
                assertThatThrownBy(() -> first.createTag("v2.3.0", head, "ours", TestIdentities.RELEASE_BOT, TIME))
                        .isInstanceOfSatisfying(RepositoryException.class,
                                e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_EXISTS));
                assertThat(second.tags()).hasSize(1);
            }
        }
    }

    @Test
    void merge_makes_a_merge_commit_even_when_a_fast_forward_would_do_without_touching_the_work_tree() throws Exception {
        // given
        try (TempGitRepository repo = develop()) {
            String develop = repo.head();
            repo.branch("main").branch("release/v2.3.0").checkout("release/v2.3.0")
                    .commit("chore(release): 2.3.0", Map.of("version.txt", "2.3.0\n")).checkout("develop");
            String release = repo.commitId("release/v2.3.0");
            try (SourceRepository source = open(repo)) {

                // when
                MergeOutcome outcome = source.merge("main", "release/v2.3.0", "Merge release/v2.3.0",
                        TestIdentities.RELEASE_BOT, TIME);

                // then
                assertThat(outcome).isInstanceOfSatisfying(MergeOutcome.Merged.class, merged -> {
                    assertThat(repo.refs()).containsEntry("refs/heads/main", merged.commitId());
                    try (RevWalk walk = new RevWalk(repo.repository())) {
                        RevCommit commit = walk.parseCommit(ObjectId.fromString(merged.commitId()));
                        assertThat(commit.getParents()).extracting(ObjectId::name).containsExactly(develop, release);
                    } catch (java.io.IOException e) {
                        throw new AssertionError(e);
                    }
                });
                assertThat(source.readFile("main", "version.txt")).contains("2.3.0\n");
                assertThat(Files.readString(repo.workTree().resolve("version.txt"))).isEqualTo("2.2.0\n");
                assertThat(source.isClean()).isTrue();
            }
        }
    }

    @Test
    void merge_of_an_already_merged_revision_changes_nothing() {
        // given
        try (TempGitRepository repo = develop(); SourceRepository source = open(repo)) {
            repo.branch("old");
            repo.commit("feat: later");
            Map<String, String> before = repo.refs();

            // when
            MergeOutcome outcome = source.merge("develop", "old", "Merge old", TestIdentities.RELEASE_BOT, TIME);

            // then
            assertThat(outcome).isEqualTo(new MergeOutcome.Merged(repo.head()));
            assertThat(repo.refs()).isEqualTo(before);
        }
    }

    @Test
    void merge_conflict_reports_the_paths_and_leaves_every_ref_and_file_untouched() throws Exception {
        // given
        try (TempGitRepository repo = develop()) {
            repo.branch("main").checkout("main")
                    .commit("fix: hotfix", Map.of("version.txt", "2.2.1\n", "hot.txt", "h\n")).checkout("develop")
                    .commit("feat: next", Map.of("version.txt", "2.3.0-dev\n"));
            Map<String, String> before = repo.refs();
            try (SourceRepository source = open(repo)) {

                // when
                MergeOutcome outcome = source.merge("develop", "main", "Merge main", TestIdentities.RELEASE_BOT, TIME);

                // then
                assertThat(outcome).isEqualTo(new MergeOutcome.Conflict(List.of("version.txt")));
                assertThat(outcome.isMerged()).isFalse();
                assertThat(repo.refs()).isEqualTo(before);
                assertThat(Files.readString(repo.workTree().resolve("version.txt"))).isEqualTo("2.3.0-dev\n");
                assertThat(source.isClean()).isTrue();
            }
        }
    }

    @Test
    void merge_is_a_compare_and_set_on_the_target_branch() {
        // given
        try (TempGitRepository repo = develop()) {
            repo.branch("feature").checkout("feature").commit("feat: f", Map.of("f.txt", "f\n")).checkout("develop");
            try (SourceRepository second = open(repo);
                    SourceRepository first = interleaved(repo, name -> second.commit("develop", Map.of("d.txt", "d\n"),
                            "feat: d", TestIdentities.OTHER_DEVELOPER, TIME))) {

                // when / then
                assertThatThrownBy(() -> first.merge("develop", "feature", "Merge feature", TestIdentities.RELEASE_BOT, TIME))
                        .isInstanceOfSatisfying(RepositoryException.class,
                                e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.CONCURRENT_UPDATE));
                assertThat(second.readFile("develop", "d.txt")).contains("d\n");
                assertThat(second.readFile("develop", "f.txt")).isEmpty();
            }
        }
    }

    @Test
    void merge_refuses_a_missing_target_branch() {
        // given
        try (TempGitRepository repo = develop(); SourceRepository source = open(repo)) {

            // when / then
            assertThatThrownBy(() -> source.merge("main", "develop", "m", TestIdentities.RELEASE_BOT, TIME))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_NOT_FOUND))
                    .hasMessage("Branch \"main\" does not exist in the repository");
        }
    }
}
