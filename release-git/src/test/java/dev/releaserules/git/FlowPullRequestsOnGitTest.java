package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.flow.Labels;
import dev.releaserules.core.flow.PostMergeDecision;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.flow.PullRequestTemplates;
import dev.releaserules.core.flow.QuickReleaseRules;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.PullRequest.MergeMethod;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Version;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TickingClock;
import dev.releaserules.testkit.hosting.InMemoryHosting;
import dev.releaserules.testkit.hosting.WorkflowTrigger;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Pull request content and the merge-method check of post-merge, on real repositories. */
class FlowPullRequestsOnGitTest {

    /** main at 2.2.0, develop at 2.1.1 with one feature; the clock starts at 2025-01-18T10:00Z, one minute a step. */
    private static TempGitRepository repository() {
        TempGitRepository repo = TempGitRepository.builder().initialBranch("main")
                .clock(TickingClock.startingAt(Instant.parse("2025-01-18T09:55:00Z"), Duration.ofMinutes(1))).build();
        repo.commit("chore: start", Map.of("version.txt", "2.2.0\n"))
                .branch("develop").checkout("develop")
                .commit("chore: develop line", Map.of("version.txt", "2.1.1\n"))
                .commit("feat: add export", Map.of("export.txt", "x\n"))
                .push("refs/heads/main", "refs/heads/develop");
        return repo;
    }

    private static ReleaseFlow flow(SourceRepository source, InMemoryHosting hosting, QuickReleaseRules rules,
            TempGitRepository repo) {
        return ReleaseFlow.builder().repository(source).hosting(hosting).rules(rules).clock(repo.clock()).build();
    }

    @Test
    @DisplayName("R-T1 prepare opens the release pull request with the default template and the release's changelog")
    void prepare_uses_default_templates() {
        try (TempGitRepository repo = repository(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();

            PreparedRelease prepared = flow(source, hosting, QuickReleaseRules.defaults(), repo).prepare().call();

            PullRequest pr = hosting.findPullRequest(prepared.pullRequest()).orElseThrow();
            String snapshot = prepared.cutoffCommit().substring(0, 7);
            assertThat(pr.title()).isEqualTo("🚀 Release v2.2.0");
            assertThat(pr.body()).startsWith("✅ Tag v2.2.0 created\n✅ Snapshot of develop at: ")
                    .contains("(" + snapshot + ")\n\n⚠️ FEATURE CUTOFF ACTIVE\n"
                            + "Features merged to develop AFTER this snapshot → v2.3.0\n")
                    .contains("Expected completion: ")
                    .contains("(8h)\n\n" + prepared.releaseNotes().strip())
                    .contains("add export");
            assertThat(pr.labels()).containsExactlyInAnyOrder(Labels.RELEASE, Labels.AUTOMATED);
        }
    }

    @Test
    @DisplayName("R-V4 hotfix opens its pull request with the configured hotfix templates")
    void hotfix_uses_configured_templates() {
        try (TempGitRepository repo = repository(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            QuickReleaseRules rules = QuickReleaseRules.builder().pullRequests(PullRequestTemplates.builder()
                    .hotfixTitle("[HOTFIX] {version} from {source}").hotfixBody("Due {expected_completion}").build())
                    .build();

            PreparedRelease hotfix = flow(source, hosting, rules, repo).hotfix().call();

            PullRequest pr = hosting.findPullRequest(hotfix.pullRequest()).orElseThrow();
            assertThat(pr.title()).isEqualTo("[HOTFIX] 2.2.1 from main");
            assertThat(pr.body()).startsWith("Due 2025-01-18 ").endsWith(" UTC\n");
            assertThat(pr.labels()).contains(Labels.HOTFIX, Labels.PRIORITY_CRITICAL);
        }
    }

    @Test
    @DisplayName("R-M1 backport opens its pull request with the configured backport templates")
    void backport_uses_configured_templates() {
        try (TempGitRepository repo = repository(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            QuickReleaseRules rules = QuickReleaseRules.builder().pullRequests(PullRequestTemplates.builder()
                    .backportTitle("Backport {version}").backportBody("{branch} → {target}").build()).build();
            repo.tag("v2.2.0", "main");

            flow(source, hosting, rules, repo).backport().version(Version.of(2, 2, 0)).call();

            PullRequest pr = hosting.pullRequests().get(0);
            assertThat(pr.title()).isEqualTo("Backport 2.2.0");
            assertThat(pr.body()).isEqualTo("backport/v2.2.0-to-develop → develop\n");
            assertThat(pr.labels()).isEqualTo(Set.of(Labels.BACKPORT, Labels.AUTOMATED, Labels.AUTO_MERGE));
        }
    }

    private static PullRequest merged(MergeMethod method) {
        return new PullRequest(123, "🚀 Release v2.2.0", "", "release/v2.2.0", "main", Set.of(Labels.RELEASE),
                PullRequest.State.MERGED, "alice", method);
    }

    @ParameterizedTest(name = "R-T3 merged by {0}: triggered with a warning naming the pull request and the method")
    @EnumSource(value = MergeMethod.class, names = {"SQUASH", "REBASE"})
    @DisplayName("R-T3 a release pull request squashed or rebased still triggers, with a warning")
    void warns_without_merge_commit(MergeMethod method) {
        try (TempGitRepository repo = repository(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            repo.tag("v2.2.0", "main").push("refs/tags/v2.2.0");

            PostMergeDecision decision = flow(source, new InMemoryHosting(), QuickReleaseRules.defaults(), repo)
                    .postMerge().pullRequest(merged(method)).dryRun(true).call();

            assertThat(decision).isInstanceOfSatisfying(PostMergeDecision.Triggered.class, triggered -> {
                assertThat(triggered.mergeMethod()).isEqualTo(method);
                assertThat(triggered.mergeMethodWarning()).hasValueSatisfying(warning -> {
                    assertThat(warning.pullRequest()).isEqualTo(123);
                    assertThat(warning.mergeMethod()).isEqualTo(method);
                    assertThat(warning.message()).startsWith("R-T3: release pull request #123 (v2.2.0) was merged by "
                            + method.name().toLowerCase(java.util.Locale.ROOT) + ", not with a merge commit");
                });
            });
        }
    }

    @ParameterizedTest(name = "R-T3 merged by {0}: no warning")
    @EnumSource(value = MergeMethod.class, names = {"MERGE_COMMIT", "NONE"})
    @DisplayName("R-T3 a merge commit, or a host that does not report the method, gives no warning")
    void no_warning(MergeMethod method) {
        try (TempGitRepository repo = repository(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            repo.tag("v2.2.0", "main").push("refs/tags/v2.2.0");

            PostMergeDecision decision = flow(source, new InMemoryHosting(), QuickReleaseRules.defaults(), repo)
                    .postMerge().pullRequest(merged(method)).dryRun(true).call();

            assertThat(decision).isInstanceOfSatisfying(PostMergeDecision.Triggered.class,
                    triggered -> assertThat(triggered.mergeMethodWarning()).isEmpty());
        }
    }

    @Test
    @DisplayName("R-T3 a squashed release pull request still triggers the production workflow once, with the warning in full")
    void squashed_still_triggers() {
        try (TempGitRepository repo = repository(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            repo.tag("v2.2.0", "main").push("refs/tags/v2.2.0");
            InMemoryHosting hosting = new InMemoryHosting();

            PostMergeDecision decision = flow(source, hosting, QuickReleaseRules.defaults(), repo).postMerge()
                    .pullRequest(merged(MergeMethod.SQUASH)).call();

            assertThat(decision.triggered()).isTrue();
            assertThat(((PostMergeDecision.Triggered) decision).mergeMethodWarning().orElseThrow().message())
                    .isEqualTo("R-T3: release pull request #123 (v2.2.0) was merged by squash, not with a merge commit: "
                            + "the production branch does not contain the tagged commit v2.2.0, and later ranges (the "
                            + "backport, the next changelog) see the release's changes again as a copy. The release was "
                            + "triggered; merge release pull requests with a merge commit");
            assertThat(repo.originRefs()).containsKey("refs/release-rules/triggered/v2.2.0");
            assertThat(hosting.triggers()).containsExactly(new WorkflowTrigger("release.yaml", "v2.2.0",
                    Map.of("tag", "v2.2.0", "version", "2.2.0")));
        }
    }
}
