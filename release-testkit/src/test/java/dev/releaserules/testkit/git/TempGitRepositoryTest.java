package dev.releaserules.testkit.git;

import static org.assertj.core.api.Assertions.assertThat;

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
}
