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
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
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

    /** Prepares 2.3.0 in the developer's repository and merges its pull request into main on origin. */
    private static PullRequest preparedAndMerged(TempGitRepository repo, InMemoryHosting hosting) {
        int number;
        try (SourceRepository dev = GitRepositories.open(repo.workTree())) {
            number = ReleaseFlow.builder().repository(dev).hosting(hosting).clock(repo.clock())
                    .identity(TestIdentities.RELEASE_BOT).build().prepare().call().pullRequest();
        }
        repo.checkout("main").merge("release/v2.3.0", "Merge pull request #1 from release/v2.3.0")
                .push("refs/heads/main");
        return hosting.merge(number, "alice", PullRequest.MergeMethod.MERGE_COMMIT);
    }

    @Test
    @DisplayName("R-T3 in a clone with only main, post-merge and the backport work from origin/* refs")
    void post_merge_and_backport_from_remote_tracking_refs() {
        try (TempGitRepository repo = published()) {
            InMemoryHosting hosting = new InMemoryHosting();
            PullRequest merged = preparedAndMerged(repo, hosting);
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

    /**
     * A clone whose only local branch is {@code develop}, as {@code actions/checkout} with
     * {@code ref: develop} makes it: {@code main} exists only as {@code origin/main}.
     */
    private static TempGitRepository developOnlyClone(TempGitRepository repo) {
        TempGitRepository ci = repo.cloneOrigin(TestIdentities.RELEASE_BOT);
        try (Git git = Git.open(ci.workTree().toFile())) {
            git.checkout().setCreateBranch(true).setName("develop").setStartPoint("origin/develop").call();
            git.branchDelete().setBranchNames("main").setForce(true).call();
        } catch (IOException | GitAPIException e) {
            ci.close();
            throw new IllegalStateException("cannot shape the develop-only clone", e);
        }
        assertThat(localBranches(ci)).containsOnlyKeys("refs/heads/develop");
        return ci;
    }

    private static Map<String, String> localBranches(TempGitRepository repo) {
        Map<String, String> heads = new TreeMap<>(repo.refs());
        heads.keySet().removeIf(ref -> !ref.startsWith("refs/heads/"));
        return heads;
    }

    @Test
    @DisplayName("R-B2 in a clone with only develop, prepare cuts the release and opens it into main; develop is not moved and no local main is created")
    void prepare_in_a_develop_only_clone() {
        try (TempGitRepository repo = published(); TempGitRepository ci = developOnlyClone(repo);
                SourceRepository source = GitRepositories.open(ci.workTree())) {
            Map<String, String> before = localBranches(ci);
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(hosting).clock(ci.clock())
                    .identity(TestIdentities.RELEASE_BOT).build();

            PreparedRelease prepared = flow.prepare().call();

            assertThat(prepared.cutoffCommit()).isEqualTo(repo.commitId("develop"));
            assertThat(hosting.findPullRequest(prepared.pullRequest())).get()
                    .satisfies(pr -> assertThat(pr.head() + " -> " + pr.base()).isEqualTo("release/v2.3.0 -> main"));
            assertThat(source.remoteRefs("origin")).containsKeys(RefName.branch("release/v2.3.0"), RefName.tag("v2.3.0"));
            Map<String, String> after = localBranches(ci);
            assertThat(after).as("only the release branch the step cuts is new")
                    .containsOnlyKeys("refs/heads/develop", "refs/heads/release/v2.3.0");
            after.remove("refs/heads/release/v2.3.0");
            assertThat(after).as("develop not moved, no local main").isEqualTo(before);
        }
    }

    @Test
    @DisplayName("R-T3 in a clone with only develop, post-merge reads origin/main and the backport merges it; develop is not moved and no local main is created")
    void post_merge_and_backport_in_a_develop_only_clone() {
        try (TempGitRepository repo = published()) {
            InMemoryHosting hosting = new InMemoryHosting();
            PullRequest merged = preparedAndMerged(repo, hosting);
            try (TempGitRepository ci = developOnlyClone(repo);
                    SourceRepository source = GitRepositories.open(ci.workTree())) {
                Map<String, String> before = localBranches(ci);
                ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(hosting).clock(ci.clock())
                        .identity(TestIdentities.RELEASE_BOT).build();

                PostMergeDecision decision = flow.postMerge().pullRequest(merged).call();
                BackportResult backport = flow.backport().call();

                assertThat(decision.triggered()).isTrue();
                assertThat(hosting.triggers()).hasSize(1);
                assertThat(backport).isInstanceOf(BackportResult.Created.class);
                String branch = ((BackportResult.Created) backport).branch();
                assertThat(source.remoteRefs("origin")).containsKey(RefName.branch(branch));
                Map<String, String> after = localBranches(ci);
                assertThat(after).as("only the backport branch the step creates is new")
                        .containsOnlyKeys("refs/heads/develop", "refs/heads/" + branch);
                after.remove("refs/heads/" + branch);
                assertThat(after).as("develop not moved, no local main").isEqualTo(before);
            }
        }
    }
}
