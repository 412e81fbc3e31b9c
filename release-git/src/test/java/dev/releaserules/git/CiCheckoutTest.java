package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.flow.BackportResult;
import dev.releaserules.core.flow.PostMergeDecision;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TestIdentities;
import dev.releaserules.testkit.hosting.InMemoryHosting;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Flow steps in a checkout shaped like a CI runner's: a clone whose only local branch is the one
 * checked out, every other branch only as {@code origin/*}. No local branch is created or moved.
 */
class CiCheckoutTest {

    private static TempGitRepository published() {
        TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build();
        repo.commit("chore: start", Map.of("version.txt", "2.2.0\n")).tag("v2.2.0")
                .branch("develop").checkout("develop")
                .commit("feat(api): add the orders endpoint", Map.of("api.txt", "orders\n"))
                .push("refs/heads/main", "refs/heads/develop", "refs/tags/v2.2.0");
        return repo;
    }

    @Test
    @DisplayName("R-B2 in a clone with only main, prepare cuts from origin/develop and creates no local develop")
    void prepare_from_remote_tracking_develop() {
        try (TempGitRepository repo = published(); TempGitRepository ci = repo.cloneOrigin(TestIdentities.RELEASE_BOT);
                SourceRepository source = GitRepositories.open(ci.workTree())) {
            assertThat(source.findCommit("refs/heads/develop")).isEmpty();
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(hosting).clock(ci.clock())
                    .identity(TestIdentities.RELEASE_BOT).build();

            PreparedRelease prepared = flow.prepare().call();

            assertThat(prepared.cutoffCommit()).isEqualTo(repo.commitId("develop"));
            assertThat(source.remoteRefs("origin")).containsKeys(RefName.branch("release/v2.3.0"), RefName.tag("v2.3.0"));
            assertThat(source.findCommit("refs/heads/develop")).as("no local develop was created").isEmpty();
        }
    }

    @Test
    @DisplayName("R-T3 in a clone with only main, post-merge and the backport work from origin/* refs")
    void post_merge_and_backport_from_remote_tracking_refs() {
        try (TempGitRepository repo = published()) {
            InMemoryHosting hosting = new InMemoryHosting();
            int number;
            try (SourceRepository dev = GitRepositories.open(repo.workTree())) {
                number = ReleaseFlow.builder().repository(dev).hosting(hosting).clock(repo.clock())
                        .identity(TestIdentities.RELEASE_BOT).build().prepare().call().pullRequest();
            }
            repo.checkout("main").merge("release/v2.3.0", "Merge pull request #1 from release/v2.3.0")
                    .push("refs/heads/main");
            PullRequest merged = hosting.merge(number, "alice", PullRequest.MergeMethod.MERGE_COMMIT);
            try (TempGitRepository ci = repo.cloneOrigin(TestIdentities.RELEASE_BOT);
                    SourceRepository source = GitRepositories.open(ci.workTree())) {
                ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(hosting).clock(ci.clock())
                        .identity(TestIdentities.RELEASE_BOT).build();

                PostMergeDecision decision = flow.postMerge().pullRequest(merged).call();
                BackportResult backport = ReleaseFlow.builder().repository(source).hosting(hosting).clock(ci.clock())
                        .identity(TestIdentities.RELEASE_BOT).build().backport().call();

                assertThat(decision.triggered()).isTrue();
                assertThat(backport).isInstanceOf(BackportResult.Created.class);
                assertThat(source.findCommit("refs/heads/develop")).as("no local develop was created").isEmpty();
            }
        }
    }
}
