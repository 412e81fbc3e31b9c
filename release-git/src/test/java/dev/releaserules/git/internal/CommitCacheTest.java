package dev.releaserules.git.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.git.GitRepositories;
import dev.releaserules.testkit.git.TempGitRepository;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommitCacheTest {

    /** Thirty commits on main, tagged every fifth, and a maintenance branch with two patch tags. */
    private static TempGitRepository history() {
        TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build();
        for (int i = 1; i <= 30; i++) {
            repo.commit("feat: change " + i + "\n\nBody of change " + i + ".", Map.of("f" + i % 4, "v" + i));
            if (i % 5 == 0) {
                repo.tag("v1." + i / 5 + ".0");
            }
            if (i == 12) {
                repo.branch("release/1.2", "v1.2.0").checkout("release/1.2")
                        .commit("fix: patch one", Map.of("p", "1")).tag("v1.2.1")
                        .commit("fix: patch two", Map.of("p", "2")).tag("v1.2.2").checkout("main");
            }
        }
        return repo;
    }

    @Test
    @DisplayName("a commit cache smaller than the history walks as the pack does, keeping only what fits")
    void a_small_budget_walks_as_the_pack_does() throws IOException {
        try (TempGitRepository repo = history();
             Repository git = new FileRepositoryBuilder().setWorkTree(repo.workTree().toFile()).build()) {
            List<String> expected = walk(new RevWalk(git), git);

            try (CommitCache cache = new CommitCache(git.newObjectReader(), 2_000)) {
                assertThat(walk(new RevWalk(cache), git)).isEqualTo(expected);
                assertThat(walk(new RevWalk(cache), git)).isEqualTo(expected);
                assertThat(cache.size()).isPositive().isLessThan(expected.size());
            }
        }
    }

    @Test
    @DisplayName("ranges asked in any order, overlapping and across branches, list what a fresh repository lists")
    void ranges_in_any_order_list_what_a_fresh_repository_lists() {
        try (TempGitRepository repo = history();
             SourceRepository shared = GitRepositories.open(repo.workTree())) {
            List<String> tags = List.of("v1.1.0", "v1.2.2", "v1.6.0", "v1.2.0", "v1.3.0", "v1.2.1", "v1.4.0");
            for (String since : tags) {
                for (String until : tags) {
                    CommitRange range = CommitRange.between("refs/tags/" + since, "refs/tags/" + until);
                    try (SourceRepository fresh = GitRepositories.open(repo.workTree())) {
                        assertThat(ids(shared.log(range))).as(since + ".." + until).isEqualTo(ids(fresh.log(range)));
                    }
                }
            }
            String tagged = repo.commitId("v1.2.2");
            assertThat(shared.readCommit(tagged).message().subject()).isEqualTo("fix: patch two");
            assertThat(ids(shared.log(CommitRange.between(repo.commitId("v1.2.0"), tagged))))
                    .containsExactly(tagged, repo.commitId("v1.2.1"));
        }
    }

    private static List<String> walk(RevWalk walk, Repository git) throws IOException {
        try (walk) {
            walk.markStart(walk.parseCommit(git.resolve("main")));
            walk.markUninteresting(walk.parseCommit(git.resolve("v1.1.0")));
            List<String> out = new ArrayList<>();
            for (RevCommit commit : walk) {
                out.add(commit.name() + " " + commit.getFullMessage());
            }
            return out;
        }
    }

    private static List<String> ids(List<Commit> commits) {
        return commits.stream().map(Commit::id).toList();
    }
}
