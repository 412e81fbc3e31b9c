package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.flow.BackportResult;
import dev.releaserules.core.flow.BranchCleanupDecision;
import dev.releaserules.core.flow.CleanupResult;
import dev.releaserules.core.flow.PlannedAction;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TestIdentities;
import dev.releaserules.testkit.hosting.InMemoryHosting;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CleanupOnGitTest {

    /** 2.3.0 prepared, merged into main and triggered; the backport pull request opened, not merged. */
    private static int releasedAndBackported(TempGitRepository repo, InMemoryHosting hosting, ReleaseFlow flow) {
        repo.commit("chore: start", Map.of("version.txt", "2.2.0\n")).tag("v2.2.0")
                .branch("develop").checkout("develop")
                .commit("feat(api): feature X", Map.of("api.txt", "x\n"))
                .push("refs/heads/main", "refs/heads/develop", "refs/tags/v2.2.0");
        PreparedRelease prepared = flow.prepare().call();
        repo.checkout("main").merge("release/v2.3.0", "Merge pull request #1 from release/v2.3.0")
                .push("refs/heads/main");
        PullRequest merged = hosting.merge(prepared.pullRequest(), "alice", PullRequest.MergeMethod.MERGE_COMMIT);
        flow.postMerge().pullRequest(merged).call();
        return ((BackportResult.Created) flow.backport().call()).pullRequest();
    }

    @Test
    @DisplayName("R-BC a release branch stays until deployed and backported, then goes from origin and here, leased")
    void deleted_only_when_deployed_and_backported() {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build();
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow.Builder flows = ReleaseFlow.builder().repository(source).hosting(hosting).clock(repo.clock())
                    .identity(TestIdentities.RELEASE_BOT);
            int backportPr = releasedAndBackported(repo, hosting, flows.build());

            // when: not deployed yet, backport open
            CleanupResult early = flows.build().cleanup().branch("release/v2.3.0").call();

            // then: refused with every unmet condition, nothing changed
            assertThat(early.deleted()).isFalse();
            assertThat(early.decision().unmet()).extracting(BranchCleanupDecision.Unmet::condition)
                    .containsExactly(BranchCleanupDecision.Condition.DEPLOYED, BranchCleanupDecision.Condition.BACKPORT_MERGED);
            assertThat(early.plan().actions()).isEmpty();
            assertThat(repo.originRefs()).containsKey("refs/heads/release/v2.3.0");

            // when: deployed and the backport merged, a dry run first
            hosting.merge(backportPr, "release-bot", PullRequest.MergeMethod.MERGE_COMMIT);
            Map<String, String> before = repo.originRefs();
            CleanupResult dry = flows.build().cleanup().branch("release/v2.3.0").deployed(true).dryRun(true).call();

            // then: the plan, and nothing deleted
            assertThat(dry.decision().mayDelete()).isTrue();
            assertThat(dry.deleted()).isFalse();
            assertThat(dry.plan().actions()).hasExactlyElementsOfTypes(PlannedAction.Push.class,
                    PlannedAction.DeleteRef.class);
            assertThat(dry.plan().describe()).contains("delete branch release/v2.3.0 on origin if it is still at");
            assertThat(repo.originRefs()).isEqualTo(before);

            // when: for real
            CleanupResult done = flows.build().cleanup().branch("release/v2.3.0").deployed(true).call();

            // then: the branch is gone on origin; the tag keeps the released commit
            assertThat(done.deleted()).isTrue();
            assertThat(repo.originRefs()).doesNotContainKey("refs/heads/release/v2.3.0").containsKey("refs/tags/v2.3.0");
            assertThat(source.findCommit("refs/heads/release/v2.3.0")).isEmpty();
        }
    }

    @Test
    @DisplayName("R-BC develop, or a release branch whose tag is not on origin, is never deleted")
    void not_a_release_branch_or_no_tag() {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build();
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            repo.commit("chore: start", Map.of("version.txt", "2.2.0\n")).branch("develop").branch("release/v2.4.0")
                    .push("refs/heads/main", "refs/heads/develop", "refs/heads/release/v2.4.0");
            ReleaseFlow.Builder flows = ReleaseFlow.builder().repository(source).hosting(new InMemoryHosting());

            CleanupResult develop = flows.build().cleanup().branch("develop").deployed(true).call();
            CleanupResult untagged = flows.build().cleanup().branch("release/v2.4.0").deployed(true).call();

            assertThat(develop.decision().unmet()).extracting(BranchCleanupDecision.Unmet::condition)
                    .contains(BranchCleanupDecision.Condition.RELEASE_OR_HOTFIX_BRANCH);
            assertThat(untagged.decision().unmet()).extracting(BranchCleanupDecision.Unmet::condition)
                    .containsExactly(BranchCleanupDecision.Condition.BACKPORT_MERGED, BranchCleanupDecision.Condition.TAG_EXISTS);
            assertThat(untagged.decision().unmet().get(1).message()).contains("tag v2.4.0 of release/v2.4.0 does not exist");
            assertThat(repo.originRefs()).containsKeys("refs/heads/develop", "refs/heads/release/v2.4.0");
        }
    }
}
