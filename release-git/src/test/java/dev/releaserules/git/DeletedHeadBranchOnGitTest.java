package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.flow.PostMergeDecision;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.flow.QuickReleaseRules;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.flow.UnshippedCommits;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.RefLease;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TestIdentities;
import dev.releaserules.testkit.hosting.InMemoryHosting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A host that deletes head branches on merge: post-merge on a fresh clone checks the tag against
 * the head commit the host reported for the pull request (R-T3), not against a branch that is gone.
 */
class DeletedHeadBranchOnGitTest {

    private static ReleaseFlow flow(SourceRepository source, InMemoryHosting hosting, TempGitRepository repo,
            UnshippedCommits policy) {
        return ReleaseFlow.builder().repository(source).hosting(hosting).clock(repo.clock())
                .rules(QuickReleaseRules.builder().unshippedCommits(policy).build())
                .identity(TestIdentities.RELEASE_BOT).build();
    }

    /**
     * Production at 2.2.0, hotfix 2.2.1 cut (and tagged), a fix pushed after the cut, merged into
     * main, and the branch deleted on origin as GitHub does; the returned pull request carries the
     * merged head commit.
     */
    private static PullRequest mergedAndDeleted(TempGitRepository repo, InMemoryHosting hosting) {
        repo.commit("chore: start", Map.of("version.txt", "2.2.0\n"))
                .tag("v2.2.0")
                .branch("develop")
                .push("refs/heads/main", "refs/heads/develop", "refs/tags/v2.2.0");
        try (SourceRepository source = GitRepositories.open(repo.workTree())) {
            PreparedRelease hotfix = flow(source, hosting, repo, UnshippedCommits.REFUSE).hotfix().call();
            repo.checkout("hotfix/v2.2.1")
                    .commit("fix(auth): stop the 401 errors", Map.of("auth.txt", "fixed\n"))
                    .push("refs/heads/hotfix/v2.2.1")
                    .checkout("main").merge("hotfix/v2.2.1", "Merge pull request #1 from hotfix/v2.2.1")
                    .push("refs/heads/main");
            String fix = repo.commitId("hotfix/v2.2.1");
            source.push("origin", List.of(RefLease.delete(RefName.branch("hotfix/v2.2.1"), fix)));
            return hosting.merge(hotfix.pullRequest(), "alice", PullRequest.MergeMethod.MERGE_COMMIT, fix,
                    repo.commitId("main"));
        }
    }

    @Test
    @DisplayName("R-T3 with the head branch deleted on merge, a tag without the merged fix is refused on a fresh clone")
    void refuses_a_tag_without_the_merged_head_when_the_branch_is_gone() {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build()) {
            InMemoryHosting hosting = new InMemoryHosting();
            PullRequest merged = mergedAndDeleted(repo, hosting);
            try (TempGitRepository runner = repo.cloneOrigin();
                    SourceRepository source = GitRepositories.open(runner.workTree())) {
                assertThat(source.findCommit("refs/remotes/origin/hotfix/v2.2.1")).isEmpty();

                assertThatThrownBy(() -> flow(source, hosting, runner, UnshippedCommits.REFUSE).postMerge()
                        .pullRequest(merged).call())
                        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule().id()).isEqualTo("R-T3"))
                        .hasMessageContaining("does not contain the head of hotfix/v2.2.1 ("
                                + merged.headCommit().substring(0, 7) + ")")
                        .hasMessageContaining("fix(auth): stop the 401 errors");
                assertThat(hosting.triggers()).isEmpty();
            }
        }
    }

    @Test
    @DisplayName("R-T3 with the head branch deleted on merge, MOVE_TAG moves the tag to the merged head commit")
    void move_tag_uses_the_merged_head_when_the_branch_is_gone() {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build()) {
            InMemoryHosting hosting = new InMemoryHosting();
            PullRequest merged = mergedAndDeleted(repo, hosting);
            try (TempGitRepository runner = repo.cloneOrigin();
                    SourceRepository source = GitRepositories.open(runner.workTree())) {
                // MOVE_TAG also checks the version file at the head: the fix did not change it, so
                // it still says 2.2.1 from the cut.
                PostMergeDecision decision = flow(source, hosting, runner, UnshippedCommits.MOVE_TAG).postMerge()
                        .pullRequest(merged).call();

                assertThat(decision).isInstanceOf(PostMergeDecision.Triggered.class);
                assertThat(source.remoteRefs("origin")).containsEntry(RefName.tag("v2.2.1"), merged.headCommit());
                assertThat(hosting.triggers()).hasSize(1);
            }
        }
    }

    @Test
    @DisplayName("R-T3 a merged head commit the runner has not fetched is refused with 'fetch', never skipped")
    void refuses_when_the_merged_head_commit_is_not_in_the_repository() {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build()) {
            InMemoryHosting hosting = new InMemoryHosting();
            PullRequest merged = mergedAndDeleted(repo, hosting);
            PullRequest unknownHead = merged.withCommits("0123456789abcdef0123456789abcdef01234567", "");
            try (TempGitRepository runner = repo.cloneOrigin();
                    SourceRepository source = GitRepositories.open(runner.workTree())) {
                assertThatThrownBy(() -> flow(source, hosting, runner, UnshippedCommits.REFUSE).postMerge()
                        .pullRequest(unknownHead).call())
                        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule().id()).isEqualTo("R-T3"))
                        .hasMessageContaining("0123456789abcdef0123456789abcdef01234567")
                        .hasMessageContaining("fetch");
                assertThat(hosting.triggers()).isEmpty();
            }
        }
    }
}
