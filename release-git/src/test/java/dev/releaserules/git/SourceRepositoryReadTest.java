package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.commit.ConventionalCommit;
import dev.releaserules.core.spi.CommitChange;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.spi.TagRef;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TestIdentities;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;

class SourceRepositoryReadTest {

    @Test
    void tags_are_peeled_to_commits_annotated_and_lightweight_with_junk_tags_listed_and_non_commits_left_out() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: first", Map.of("a.txt", "1\n")).tag("v1.0.0");
            String first = repo.head();
            repo.commit("fix: second", Map.of("a.txt", "2\n"))
                    .lightweightTag("v1.0.1")
                    .lightweightTag("temporary-tag")
                    .lightweightTag("v.7.1.0")
                    .tag("plugin-x@8.2.3")
                    .lightweightTag("tree-tag", "HEAD^{tree}");
            String second = repo.head();

            // when
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {
                List<TagRef> tags = source.tags();

                // then
                assertThat(tags).usingRecursiveFieldByFieldElementComparatorIgnoringFields("taggerTime")
                        .containsExactlyInAnyOrder(
                        new TagRef("v1.0.0", first, true),
                        new TagRef("v1.0.1", second, false),
                        new TagRef("temporary-tag", second, false),
                        new TagRef("v.7.1.0", second, false),
                        new TagRef("plugin-x@8.2.3", second, true));
            }
        }
    }

    @Test
    void tags_in_packed_refs_are_peeled_the_same_way() throws Exception {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: first", Map.of("a.txt", "1\n")).tag("v1.0.0").lightweightTag("v1.0.0-rc.1");
            String id = repo.head();
            Git.wrap(repo.repository()).packRefs().setAll(true).call();

            // when
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {

                // then
                assertThat(source.tags()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("taggerTime")
                        .containsExactlyInAnyOrder(
                        new TagRef("v1.0.0", id, true), new TagRef("v1.0.0-rc.1", id, false));
            }
        }
    }

    @Test
    void tags_read_again_follow_tags_moved_added_and_deleted_since_the_last_read() throws Exception {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: first", Map.of("a.txt", "1\n")).tag("v1.0.0").lightweightTag("moving");
            String first = repo.head();
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {
                assertThat(source.tags()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("taggerTime")
                        .containsExactlyInAnyOrder(
                        new TagRef("v1.0.0", first, true), new TagRef("moving", first, false));

                // when
                repo.commit("fix: second", Map.of("a.txt", "2\n")).tag("v1.0.1");
                String second = repo.head();
                Git git = Git.wrap(repo.repository());
                git.tagDelete().setTags("moving").call();
                git.tag().setName("moving").setAnnotated(false).call();
                git.tagDelete().setTags("v1.0.0").call();

                // then
                assertThat(source.tags()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("taggerTime")
                        .containsExactlyInAnyOrder(
                        new TagRef("v1.0.1", second, true), new TagRef("moving", second, false));
                assertThat(source.tags()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("taggerTime")
                        .containsExactlyInAnyOrder(
                        new TagRef("v1.0.1", second, true), new TagRef("moving", second, false));
            }
        }
    }

    @Test
    void find_commit_resolves_branches_tags_refs_and_ids_and_is_empty_for_unknown_revisions() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: first", Map.of("a.txt", "1\n")).tag("v1.0.0");
            String id = repo.head();
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {

                // when / then
                assertThat(source.findCommit("main")).contains(id);
                assertThat(source.findCommit("v1.0.0")).contains(id);
                assertThat(source.findCommit("refs/tags/v1.0.0")).contains(id);
                assertThat(source.findCommit(id)).contains(id);
                assertThat(source.findCommit(id.substring(0, 10))).contains(id);
                assertThat(source.findCommit("no-such-branch")).isEmpty();
                assertThat(source.findCommit("main^{tree}")).isEmpty();
            }
        }
    }

    @Test
    void require_commit_refuses_an_unknown_revision_naming_it() {
        // given
        try (TempGitRepository repo = TempGitRepository.create();
                SourceRepository source = GitRepositories.open(repo.commit("feat: x").workTree())) {

            // when / then
            assertThatThrownBy(() -> source.requireCommit("v9.9.9"))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_NOT_FOUND))
                    .hasMessage("Revision \"v9.9.9\" does not exist in the repository");
            assertThatThrownBy(() -> source.requireCommit(" "))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Invalid revision \" \": expected a non-blank text");
        }
    }

    @Test
    void current_branch_is_empty_on_a_detached_head_which_require_current_branch_refuses() {
        // given
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("develop").build()) {
            repo.commit("feat: x", Map.of("a.txt", "a\n"));
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {
                assertThat(source.currentBranch()).contains("develop");
                assertThat(source.requireCurrentBranch()).isEqualTo("develop");

                // when
                repo.detachHead();

                // then
                assertThat(source.currentBranch()).isEmpty();
                assertThatThrownBy(source::requireCurrentBranch)
                        .isInstanceOfSatisfying(RepositoryException.class,
                                e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.DETACHED_HEAD))
                        .hasMessage("HEAD is detached (or the repository is bare): check out a branch first");
            }
        }
    }

    @Test
    void a_modified_tracked_file_makes_the_work_tree_dirty_an_untracked_one_does_not() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: x", Map.of("a.txt", "a\n"));
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {

                // when
                repo.write("untracked.txt", "new\n");

                // then
                assertThat(source.isClean()).isTrue();
                source.requireClean();

                // when
                repo.write("a.txt", "changed\n");

                // then
                assertThat(source.isClean()).isFalse();
                assertThatThrownBy(source::requireClean)
                        .isInstanceOfSatisfying(RepositoryException.class,
                                e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.DIRTY_WORK_TREE))
                        .hasMessage("The work tree has uncommitted changes: commit or stash them first");
            }
        }
    }

    @Test
    void log_lists_a_range_newest_first_with_message_author_and_time() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: one", Map.of("a.txt", "1\n")).tag("v1.0.0");
            repo.commit("fix(api): two", Map.of("a.txt", "2\n"));
            String two = repo.head();
            repo.commit("docs: three", Map.of("b.txt", "3\n"));
            String three = repo.head();
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {

                // when
                List<Commit> commits = source.log(CommitRange.between("v1.0.0", "main"));

                // then
                assertThat(commits).extracting(Commit::id).containsExactly(three, two);
                Commit newest = commits.get(0);
                assertThat(newest.author()).isEqualTo(TestIdentities.DEVELOPER.name());
                assertThat(newest.time()).isEqualTo(repo.clock().instant());
                assertThat(commits.get(1).message()).isInstanceOfSatisfying(ConventionalCommit.class,
                        c -> assertThat(c.scope()).isEqualTo("api"));
                assertThat(source.log(CommitRange.upTo("main"))).hasSize(3);
            }
        }
    }

    @Test
    void first_parent_log_lists_the_branch_commits_and_merges_only() {
        // given
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("develop").build()) {
            repo.commit("feat: base", Map.of("a.txt", "a\n")).tag("v1.0.0")
                    .branch("feature/x").checkout("feature/x")
                    .commit("feat: x1", Map.of("x.txt", "1\n"));
            String x1 = repo.head();
            repo.commit("feat: x2", Map.of("x.txt", "2\n"));
            String x2 = repo.head();
            repo.checkout("develop").commit("fix: on develop", Map.of("a.txt", "b\n"));
            String fix = repo.head();
            repo.merge("feature/x");
            String merge = repo.head();
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {

                // when
                List<Commit> all = source.log(CommitRange.between("v1.0.0", "develop"));
                List<Commit> firstParent = source.log(CommitRange.between("v1.0.0", "develop").firstParentOnly());

                // then
                assertThat(all).extracting(Commit::id).containsExactly(merge, fix, x2, x1);
                assertThat(firstParent).extracting(Commit::id).containsExactly(merge, fix);
            }
        }
    }

    @Test
    void log_refuses_a_range_whose_start_does_not_exist() {
        // given
        try (TempGitRepository repo = TempGitRepository.create();
                SourceRepository source = GitRepositories.open(repo.commit("feat: x").workTree())) {

            // when / then
            assertThatThrownBy(() -> source.log(CommitRange.between("v0.0.1", "main")))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_NOT_FOUND))
                    .hasMessage("Revision \"v0.0.1\" does not exist in the repository");
        }
    }

    @Test
    void changes_list_paths_per_commit_against_the_first_parent_and_a_rename_shows_both_paths() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: start", Map.of("a.txt", "a\n", "b.txt", "b\n"));
            String start = repo.head();
            repo.commit("fix: change a", Map.of("a.txt", "a2\n"));
            String change = repo.head();
            repo.rename("refactor: move b", "b.txt", "docs/b.md");
            String rename = repo.head();
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {

                // when
                List<CommitChange> changes = source.changes(CommitRange.upTo("main"));

                // then
                assertThat(changes).extracting(c -> c.commit().id()).containsExactly(rename, change, start);
                assertThat(changes).extracting(CommitChange::paths).containsExactly(
                        List.of("b.txt", "docs/b.md"), List.of("a.txt"), List.of("a.txt", "b.txt"));
                assertThat(source.changedPaths(start, rename)).containsExactly("a.txt", "b.txt", "docs/b.md");
                assertThat(source.changedPaths(change, change)).isEmpty();
            }
        }
    }

    @Test
    void changes_of_a_merge_are_the_paths_it_brought_to_its_first_parent() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: base", Map.of("a.txt", "a\n")).tag("v1.0.0")
                    .branch("feature").checkout("feature").commit("feat: f", Map.of("f/one.txt", "1\n"))
                    .checkout("main").commit("fix: m", Map.of("a.txt", "m\n")).merge("feature");
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {

                // when
                List<CommitChange> changes = source.changes(CommitRange.between("v1.0.0", "main").firstParentOnly());

                // then
                assertThat(changes).extracting(CommitChange::paths)
                        .containsExactly(List.of("f/one.txt"), List.of("a.txt"));
            }
        }
    }

    @Test
    void read_file_reads_the_content_at_a_tag_and_is_empty_for_missing_files_and_directories() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("chore: release 1.0.0", Map.of("version.txt", "1.0.0\n", "docs/a.md", "ä\n")).tag("v1.0.0")
                    .commit("chore: release 1.1.0", Map.of("version.txt", "1.1.0\n"));
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {

                // when / then
                assertThat(source.readFile("v1.0.0", "version.txt")).contains("1.0.0\n");
                assertThat(source.readFile("main", "version.txt")).contains("1.1.0\n");
                assertThat(source.readFile("v1.0.0", "docs/a.md")).contains("ä\n");
                assertThat(source.readFile("v1.0.0", "missing.txt")).isEmpty();
                assertThat(source.readFile("v1.0.0", "docs")).isEmpty();
                assertThatThrownBy(() -> source.readFile("v2.0.0", "version.txt"))
                        .isInstanceOfSatisfying(RepositoryException.class,
                                e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_NOT_FOUND))
                        .hasMessage("Revision \"v2.0.0\" does not exist in the repository");
                assertThatThrownBy(() -> source.readFile("main", "/version.txt"))
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessage("Invalid path \"/version.txt\": expected a path from the repository root with / separators");
            }
        }
    }

    @Test
    void is_ancestor_follows_history_in_one_direction() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            String one = repo.commit("feat: one").head();
            String two = repo.commit("feat: two").head();
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {

                // when / then
                assertThat(source.isAncestor(one, two)).isTrue();
                assertThat(source.isAncestor(two, one)).isFalse();
                assertThat(source.isAncestor(two, two)).isTrue();
                assertThatThrownBy(() -> source.isAncestor("nope", two))
                        .isInstanceOfSatisfying(RepositoryException.class,
                                e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_NOT_FOUND));
            }
        }
    }
}
