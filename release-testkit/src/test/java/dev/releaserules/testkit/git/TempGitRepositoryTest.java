package dev.releaserules.testkit.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;

class TempGitRepositoryTest {

    private static void story(TempGitRepository repo) {
        repo.commit("feat: a", Map.of("a.txt", "a\n")).tag("v1.0.0")
                .branch("feature/x").checkout("feature/x").commit("feat: x", Map.of("x.txt", "x\n"))
                .checkout("main").merge("feature/x");
    }

    @Test
    void the_same_steps_give_the_same_commit_ids() {
        // given
        try (TempGitRepository first = TempGitRepository.create(); TempGitRepository second = TempGitRepository.create()) {

            // when
            story(first);
            story(second);

            // then
            assertThat(first.refs()).isEqualTo(second.refs());
            assertThat(first.clock().instant()).isEqualTo(TickingClock.STANDARD_START.plusSeconds(4 * 60));
        }
    }

    @Test
    void merge_makes_a_merge_commit_and_squash_merge_a_single_parent_commit() throws Exception {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            story(repo);
            repo.branch("feature/y").checkout("feature/y").commit("feat: y", Map.of("y.txt", "y\n")).checkout("main");

            // when
            String merge = repo.commitId("main");
            repo.squashMerge("feature/y", "feat: y (squashed)");

            // then
            try (RevWalk walk = new RevWalk(repo.repository())) {
                assertThat(walk.parseCommit(ObjectId.fromString(merge)).getParentCount()).isEqualTo(2);
                RevCommit squash = walk.parseCommit(ObjectId.fromString(repo.head()));
                assertThat(squash.getParentCount()).isEqualTo(1);
                assertThat(squash.getFullMessage()).isEqualTo("feat: y (squashed)");
            }
            assertThat(Files.readString(repo.workTree().resolve("y.txt"))).isEqualTo("y\n");
        }
    }

    @Test
    void pushes_reach_the_bare_origin_and_clones_see_them() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            story(repo);

            // when
            repo.pushAll();

            // then
            assertThat(repo.refs()).containsAllEntriesOf(repo.originRefs())
                    .containsEntry("refs/remotes/origin/main", repo.head());
            assertThat(repo.originRefs()).containsOnlyKeys("refs/heads/main", "refs/heads/feature/x", "refs/tags/v1.0.0");
            try (TempGitRepository clone = repo.cloneOrigin(TestIdentities.OTHER_DEVELOPER)) {
                assertThat(clone.head()).isEqualTo(repo.head());
                assertThat(clone.author()).isEqualTo(TestIdentities.OTHER_DEVELOPER);
                assertThat(clone.origin()).isEqualTo(repo.origin());
            }
            assertThat(repo.origin()).exists();
        }
    }

    @Test
    void close_deletes_the_temporary_directory() {
        // given
        Path directory;
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: a", Map.of("a.txt", "a\n"));
            directory = repo.directory();
            assertThat(directory).isDirectory();
        }

        // then
        assertThat(directory).doesNotExist();
    }

    @Test
    void commits_carry_the_files_the_identity_and_the_clock() throws Exception {
        // given
        Instant start = Instant.parse("2025-06-02T09:00:00Z");
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("develop")
                .clock(TickingClock.startingAt(start, Duration.ofSeconds(30))).author(TestIdentities.RELEASE_BOT)
                .build()) {

            // when
            repo.commit("feat(api)!: drop v1\n\nBREAKING CHANGE: v1 is gone", Map.of("api/v2.txt", "2\n", "version.txt", "3.0.0\n"));

            // then
            try (RevWalk walk = new RevWalk(repo.repository())) {
                RevCommit commit = walk.parseCommit(ObjectId.fromString(repo.commitId("develop")));
                PersonIdent author = commit.getAuthorIdent();
                assertThat(commit.getFullMessage()).isEqualTo("feat(api)!: drop v1\n\nBREAKING CHANGE: v1 is gone");
                assertThat(author.getName()).isEqualTo(TestIdentities.RELEASE_BOT.name());
                assertThat(author.getEmailAddress()).isEqualTo(TestIdentities.RELEASE_BOT.email());
                assertThat(author.getWhenAsInstant()).isEqualTo(start.plusSeconds(30));
                assertThat(commit.getCommitterIdent()).isEqualTo(author);
                assertThat(TreeWalk.forPath(repo.repository(), "api/v2.txt", commit.getTree())).isNotNull();
            }
            assertThat(repo.workTree().resolve("version.txt")).hasContent("3.0.0");
        }
    }

    @Test
    void tags_are_annotated_by_default_and_lightweight_on_request() throws Exception {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: a", Map.of("a.txt", "a\n"));

            // when
            repo.tag("v1.0.0").lightweightTag("build-1").commit("fix: b").tag("v1.0.1", "HEAD~1");

            // then
            try (RevWalk walk = new RevWalk(repo.repository())) {
                RevTag annotated = walk.parseTag(ObjectId.fromString(repo.refs().get("refs/tags/v1.0.0")));
                assertThat(annotated.getFullMessage()).isEqualTo("Release v1.0.0\n");
                assertThat(annotated.getTaggerIdent().getWhenAsInstant())
                        .isEqualTo(TickingClock.STANDARD_START.plusSeconds(2 * 60));
                assertThat(annotated.getObject().name()).isEqualTo(repo.commitId("HEAD~1"));
            }
            assertThat(repo.refs().get("refs/tags/build-1")).as("points at the commit itself")
                    .isEqualTo(repo.commitId("HEAD~1"));
            assertThat(repo.commitId("v1.0.1")).isEqualTo(repo.commitId("HEAD~1"));
            assertThatThrownBy(() -> repo.tag("v1.0.0")).isInstanceOf(ReleaseException.class);
        }
    }

    @Test
    void branches_start_at_a_revision_and_a_tag_start_is_peeled() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: a").tag("v1.0.0").commit("feat: b");

            // when
            repo.branch("release/v1.1.0").branch("hotfix/v1.0.1", "v1.0.0").checkout("hotfix/v1.0.1");

            // then
            assertThat(repo.refs()).containsEntry("refs/heads/release/v1.1.0", repo.commitId("main"))
                    .containsEntry("refs/heads/hotfix/v1.0.1", repo.commitId("v1.0.0"));
            assertThat(repo.head()).isEqualTo(repo.commitId("v1.0.0"));
            assertThatThrownBy(() -> repo.branch("release/v1.1.0")).isInstanceOf(ReleaseException.class)
                    .hasMessageContaining("refs/heads/release/v1.1.0");
        }
    }

    @Test
    void files_can_be_removed_renamed_and_left_uncommitted() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: a", Map.of("a.txt", "a\n", "b.txt", "b\n"));

            // when
            repo.remove("chore: drop a", "a.txt").rename("refactor: move b", "b.txt", "docs/b.md").write("dirty.txt", "x");

            // then
            assertThat(repo.workTree().resolve("a.txt")).doesNotExist();
            assertThat(repo.workTree().resolve("docs/b.md")).hasContent("b");
            assertThat(repo.workTree().resolve("dirty.txt")).hasContent("x");
            assertThatThrownBy(() -> repo.commit("x", Map.of("../outside.txt", "x")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("a path inside the work tree");
        }
    }

    @Test
    void without_an_origin_there_is_nothing_to_push_to() {
        // given
        try (TempGitRepository repo = TempGitRepository.builder().origin(false).build()) {
            repo.commit("feat: a");

            // then
            assertThat(repo.directory().resolve("origin.git")).doesNotExist();
            assertThatThrownBy(repo::origin).isInstanceOf(ReleaseException.class).hasMessageContaining("origin(true)");
            assertThatThrownBy(repo::pushAll).isInstanceOf(ReleaseException.class);
            assertThatThrownBy(repo::cloneOrigin).isInstanceOf(ReleaseException.class);
        }
    }

    @Test
    void a_shallow_clone_has_a_shallow_file_and_depth_must_be_positive() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: a").commit("feat: b").commit("feat: c").pushAll();

            // when
            try (TempGitRepository shallow = repo.shallowClone(1)) {

                // then
                assertThat(shallow.gitDir().resolve("shallow")).hasContent(repo.head());
                assertThat(shallow.head()).isEqualTo(repo.head());
            }
            assertThatThrownBy(() -> repo.shallowClone(0)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("a positive number of commits");
        }
    }

    @Test
    void a_detached_head_points_at_the_commit() throws Exception {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: a");

            // when
            repo.detachHead();

            // then
            assertThat(repo.repository().exactRef(Constants.HEAD).isSymbolic()).isFalse();
            assertThat(repo.head()).isEqualTo(repo.commitId("main"));
        }
    }
}
