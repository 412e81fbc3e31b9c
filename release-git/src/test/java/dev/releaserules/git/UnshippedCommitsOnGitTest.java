package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.flow.PlannedAction;
import dev.releaserules.core.flow.PostMergeDecision;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.flow.QuickReleaseRules;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.flow.UnshippedCommits;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.RefLease;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.validation.Check;
import dev.releaserules.core.validation.ConsistencyReport;
import dev.releaserules.core.validation.Violation;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TestIdentities;
import dev.releaserules.testkit.hosting.InMemoryHosting;
import dev.releaserules.testkit.hosting.WorkflowTrigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The seed's hotfix flow: the tag is created when the branch is cut and the fix is pushed after.
 * Post-merge must not deploy a tag that lacks the merged fix (R-T3).
 */
class UnshippedCommitsOnGitTest {

    /** Production at 2.2.0 (main, tag v2.2.0), develop ahead, all pushed. */
    private static TempGitRepository production() {
        TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build();
        repo.commit("chore: start", Map.of("version.txt", "2.2.0\n"))
                .tag("v2.2.0")
                .branch("develop").checkout("develop")
                .commit("feat: feature X", Map.of("x.txt", "x\n"))
                .push("refs/heads/main", "refs/heads/develop", "refs/tags/v2.2.0")
                .checkout("main");
        return repo;
    }

    private static ReleaseFlow flow(SourceRepository source, InMemoryHosting hosting, TempGitRepository repo) {
        return ReleaseFlow.builder().repository(source).hosting(hosting).clock(repo.clock())
                .identity(TestIdentities.RELEASE_BOT).build();
    }

    private static ReleaseFlow flow(SourceRepository source, InMemoryHosting hosting, TempGitRepository repo,
            UnshippedCommits policy) {
        return ReleaseFlow.builder().repository(source).hosting(hosting).clock(repo.clock())
                .rules(QuickReleaseRules.builder().unshippedCommits(policy).build())
                .identity(TestIdentities.RELEASE_BOT).build();
    }

    /** Cuts hotfix 2.2.1, pushes a fix to its branch after the cut, merges it into main; returns the merged PR. */
    private static PullRequest hotfixWithLateFix(TempGitRepository repo, ReleaseFlow flow, InMemoryHosting hosting,
            Map<String, String> fixFiles) {
        PreparedRelease hotfix = flow.hotfix().call();
        repo.checkout("hotfix/v2.2.1")
                .commit("fix(auth): stop the 401 errors", fixFiles)
                .push("refs/heads/hotfix/v2.2.1")
                .checkout("main").merge("hotfix/v2.2.1", "Merge pull request #1 from hotfix/v2.2.1")
                .push("refs/heads/main");
        return hosting.merge(hotfix.pullRequest(), "alice", PullRequest.MergeMethod.MERGE_COMMIT);
    }

    @Test
    @DisplayName("R-T3 a fix pushed to the hotfix branch after the cut is refused by default, naming tag, head and the fix")
    void late_hotfix_fix_is_refused_by_default() {
        try (TempGitRepository repo = production(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow flow = flow(source, hosting, repo);
            PullRequest merged = hotfixWithLateFix(repo, flow, hosting, Map.of("auth.txt", "fixed\n"));
            String tagged = repo.commitId("v2.2.1");
            String fix = repo.commitId("hotfix/v2.2.1");
            Map<String, String> originBefore = repo.originRefs();

            assertThatThrownBy(() -> flow.postMerge().pullRequest(merged).call())
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule().id()).isEqualTo("R-T3"))
                    .hasMessageStartingWith("R-T3: tag v2.2.1 (at " + tagged.substring(0, 7)
                            + ") does not contain the head of hotfix/v2.2.1 (" + fix.substring(0, 7) + "): 1 commit would "
                            + "not ship: " + fix.substring(0, 7) + " \"fix(auth): stop the 401 errors\".")
                    .hasMessageContaining("UnshippedCommits.MOVE_TAG");
            assertThat(hosting.triggers()).isEmpty();
            assertThat(repo.originRefs()).isEqualTo(originBefore);
        }
    }

    @Test
    @DisplayName("R-T3 R-T2 with MOVE_TAG the tag moves to the fix, the fix ships, and production is triggered once")
    void move_tag_ships_the_late_fix_once() {
        try (TempGitRepository repo = production(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow flow = flow(source, hosting, repo, UnshippedCommits.MOVE_TAG);
            PullRequest merged = hotfixWithLateFix(repo, flow, hosting, Map.of("auth.txt", "fixed\n"));
            String oldTag = repo.commitId("v2.2.1");
            String fix = repo.commitId("hotfix/v2.2.1");
            Map<String, String> originBefore = repo.originRefs();

            PostMergeDecision plan = flow(source, hosting, repo, UnshippedCommits.MOVE_TAG).postMerge()
                    .pullRequest(merged).dryRun(true).call();
            assertThat(plan).isInstanceOfSatisfying(PostMergeDecision.Triggered.class, t -> {
                assertThat(t.plan().actionsOf(PlannedAction.MoveTag.class)).singleElement().satisfies(move -> {
                    assertThat(move.tag()).isEqualTo("v2.2.1");
                    assertThat(move.fromCommit()).isEqualTo(oldTag);
                    assertThat(move.toCommit()).isEqualTo(fix);
                });
                assertThat(t.plan().describe()).contains("move annotated tag v2.2.1 from " + oldTag.substring(0, 7)
                        + " to " + fix.substring(0, 7));
            });
            assertThat(repo.originRefs()).isEqualTo(originBefore);

            PostMergeDecision decision = flow.postMerge().pullRequest(merged).call();

            assertThat(decision).isInstanceOf(PostMergeDecision.Triggered.class);
            assertThat(hosting.triggers()).containsExactly(new WorkflowTrigger("release.yaml", "v2.2.1",
                    Map.of("tag", "v2.2.1", "version", "2.2.1")));
            assertThat(source.remoteRefs("origin")).containsEntry(RefName.tag("v2.2.1"), fix)
                    .containsEntry(RefName.of("refs/release-rules/triggered/v2.2.1"), fix);
            assertThat(repo.commitId("v2.2.1")).isEqualTo(fix);
            assertThat(source.readFile("v2.2.1", "auth.txt")).contains("fixed\n");
            assertThat(flow.validate().tag("v2.2.1").version("2.2.1").call().isOk()).isTrue();

            // a second runner, on a fresh clone, is refused: the version was triggered
            try (TempGitRepository other = repo.cloneOrigin();
                    SourceRepository otherSource = GitRepositories.open(other.workTree())) {
                assertThat(flow(otherSource, hosting, other, UnshippedCommits.MOVE_TAG).postMerge().pullRequest(merged)
                        .call()).isInstanceOf(PostMergeDecision.AlreadyTriggered.class);
            }
            assertThat(flow.postMerge().pullRequest(merged).call()).isInstanceOf(PostMergeDecision.AlreadyTriggered.class);
            assertThat(hosting.triggers()).hasSize(1);
        }
    }

    @Test
    @DisplayName("R-T3 two runners moving the same tag at once: exactly one moves it and triggers")
    void concurrent_moves() throws Exception {
        try (TempGitRepository repo = production(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            PullRequest merged = hotfixWithLateFix(repo, flow(source, hosting, repo), hosting,
                    Map.of("auth.txt", "fixed\n"));
            String fix = repo.commitId("hotfix/v2.2.1");
            try (TempGitRepository a = repo.cloneOrigin(); TempGitRepository b = repo.cloneOrigin();
                    SourceRepository sa = GitRepositories.open(a.workTree());
                    SourceRepository sb = GitRepositories.open(b.workTree())) {
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<PostMergeDecision>> runs = List.of(
                        () -> { start.await(); return flow(sa, hosting, a, UnshippedCommits.MOVE_TAG).postMerge()
                                .pullRequest(merged).call(); },
                        // Another identity, as on another runner, so the two moved tags are different objects.
                        () -> { start.await(); return ReleaseFlow.builder().repository(sb).hosting(hosting)
                                .clock(b.clock()).identity(TestIdentities.OTHER_DEVELOPER)
                                .rules(QuickReleaseRules.builder().unshippedCommits(UnshippedCommits.MOVE_TAG).build())
                                .build().postMerge().pullRequest(merged).call(); });
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    List<Future<PostMergeDecision>> futures = new ArrayList<>();
                    for (Callable<PostMergeDecision> run : runs) {
                        futures.add(pool.submit(run));
                    }
                    start.countDown();
                    List<PostMergeDecision> decisions = new ArrayList<>();
                    for (Future<PostMergeDecision> future : futures) {
                        decisions.add(future.get(60, TimeUnit.SECONDS));
                    }

                    assertThat(decisions).filteredOn(PostMergeDecision::triggered).hasSize(1);
                    assertThat(decisions).filteredOn(d -> d instanceof PostMergeDecision.AlreadyTriggered).hasSize(1);
                    assertThat(hosting.triggers()).hasSize(1);
                    assertThat(source.remoteRefs("origin")).containsEntry(RefName.tag("v2.2.1"), fix);
                } finally {
                    pool.shutdownNow();
                }
            }
        }
    }

    @Test
    @DisplayName("R-T2 MOVE_TAG refuses a head whose version file does not hold the tag's version, and changes nothing")
    void move_tag_needs_the_version_file_at_the_head() {
        try (TempGitRepository repo = production(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow flow = flow(source, hosting, repo, UnshippedCommits.MOVE_TAG);
            PullRequest merged = hotfixWithLateFix(repo, flow, hosting,
                    Map.of("auth.txt", "fixed\n", "version.txt", "2.2.5\n"));
            Map<String, String> originBefore = repo.originRefs();
            Map<String, String> refsBefore = repo.refs();

            assertThatThrownBy(() -> flow.postMerge().pullRequest(merged).call())
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule().id()).isEqualTo("R-T2"))
                    .hasMessageContaining("tag v2.2.1 cannot move to the head of hotfix/v2.2.1")
                    .hasMessageContaining("version.txt there holds 2.2.5");
            assertThat(repo.originRefs()).isEqualTo(originBefore);
            assertThat(repo.refs()).isEqualTo(refsBefore);
            assertThat(hosting.triggers()).isEmpty();
        }
    }

    @Test
    @DisplayName("R-T3 a QA fix on the release branch after prepare: refused by default, shipped with MOVE_TAG")
    void qa_fix_on_the_release_branch() {
        try (TempGitRepository repo = production(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow flow = flow(source, hosting, repo);
            PreparedRelease prepared = flow.prepare().call();
            repo.checkout("release/v2.3.0")
                    .commit("fix: QA found a broken link", Map.of("x.txt", "x fixed\n"))
                    .push("refs/heads/release/v2.3.0")
                    .checkout("main").merge("release/v2.3.0", "Merge pull request #1 from release/v2.3.0")
                    .push("refs/heads/main");
            PullRequest merged = hosting.merge(prepared.pullRequest(), "alice", PullRequest.MergeMethod.MERGE_COMMIT);
            String qaFix = repo.commitId("release/v2.3.0");

            assertThatThrownBy(() -> flow.postMerge().pullRequest(merged).call())
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("does not contain the head of release/v2.3.0")
                    .hasMessageContaining("\"fix: QA found a broken link\"");
            PostMergeDecision decision = flow(source, hosting, repo).postMerge().pullRequest(merged)
                    .unshippedCommits(UnshippedCommits.MOVE_TAG).call();

            assertThat(decision.triggered()).isTrue();
            assertThat(source.remoteRefs("origin")).containsEntry(RefName.tag("v2.3.0"), qaFix);
            assertThat(hosting.triggers()).hasSize(1);
        }
    }

    @Test
    @DisplayName("R-T3 R-T2 validate with the branch reports a head the tag lacks before the merge")
    void validate_reports_a_head_the_tag_lacks() {
        try (TempGitRepository repo = production(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow flow = flow(source, hosting, repo);
            flow.hotfix().call();
            assertThat(flow.validate().tag("v2.2.1").version("2.2.1").branch("hotfix/v2.2.1").call().isOk()).isTrue();
            repo.checkout("hotfix/v2.2.1").commit("fix(auth): stop the 401 errors", Map.of("auth.txt", "fixed\n"));
            String fix = repo.head();

            ConsistencyReport report = flow.validate().tag("v2.2.1").version("2.2.1").branch("hotfix/v2.2.1").call();

            assertThat(report.violations()).extracting(Violation::check).containsExactly(Check.TAG_CONTAINS_BRANCH_HEAD);
            assertThat(report.violations().get(0).message()).isEqualTo("tag \"v2.2.1\" does not contain the head of "
                    + "hotfix/v2.2.1 (" + fix.substring(0, 7) + "): 1 commit pushed to the branch would not ship (R-T3)");
            assertThat(flow.validate().tag("v2.2.1").version("2.2.1").call().isOk()).isTrue();
        }
    }

    @Test
    @DisplayName("R-T3 a branch whose head is in the tag triggers as before, without moving anything")
    void contained_head_does_not_move_the_tag() {
        try (TempGitRepository repo = production(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow flow = flow(source, hosting, repo, UnshippedCommits.MOVE_TAG);
            PreparedRelease hotfix = flow.hotfix().call();
            String tagId = repo.refs().get("refs/tags/v2.2.1");
            PullRequest merged = hosting.merge(hotfix.pullRequest(), "alice", PullRequest.MergeMethod.MERGE_COMMIT);

            PostMergeDecision decision = flow.postMerge().pullRequest(merged).call();

            assertThat(decision).isInstanceOfSatisfying(PostMergeDecision.Triggered.class,
                    t -> assertThat(t.plan().actionsOf(PlannedAction.MoveTag.class)).isEmpty());
            assertThat(repo.originRefs().get("refs/tags/v2.2.1")).isEqualTo(tagId);
        }
    }

    @Test
    @DisplayName("R-T3 MOVE_TAG never moves the tag to a commit pushed to the branch after the merge")
    void move_tag_refuses_a_head_main_lacks() {
        try (TempGitRepository repo = production(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow flow = flow(source, hosting, repo, UnshippedCommits.MOVE_TAG);
            PullRequest merged = hotfixWithLateFix(repo, flow, hosting, Map.of("auth.txt", "fixed\n"));
            repo.checkout("hotfix/v2.2.1").commit("fix: after the merge", Map.of("late.txt", "1\n"))
                    .push("refs/heads/hotfix/v2.2.1").checkout("main");
            Map<String, String> originBefore = repo.originRefs();

            assertThatThrownBy(() -> flow.postMerge().pullRequest(merged).call())
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule().id()).isEqualTo("R-T3"))
                    .hasMessageContaining("is not in main (pushed after the merge?); only merged commits ship");
            assertThat(hosting.triggers()).isEmpty();
            assertThat(repo.originRefs()).isEqualTo(originBefore);
        }
    }

    @Test
    @DisplayName("R-T3 MOVE_TAG refuses a tag origin does not have, instead of reporting 'already triggered'")
    void move_tag_refuses_an_unpublished_tag() {
        try (TempGitRepository repo = production(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow flow = flow(source, hosting, repo, UnshippedCommits.MOVE_TAG);
            PullRequest merged = hotfixWithLateFix(repo, flow, hosting, Map.of("auth.txt", "fixed\n"));
            source.push("origin", List.of(RefLease.delete(RefName.tag("v2.2.1"), repo.originRefs().get("refs/tags/v2.2.1"))));

            assertThatThrownBy(() -> flow.postMerge().pullRequest(merged).call())
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule().id()).isEqualTo("R-T3"))
                    .hasMessageContaining("tag v2.2.1 exists here but not on origin");
            assertThat(hosting.triggers()).isEmpty();
            assertThat(repo.originRefs()).doesNotContainKey("refs/release-rules/triggered/v2.2.1");
        }
    }
}
