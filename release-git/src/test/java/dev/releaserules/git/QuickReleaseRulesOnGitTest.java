package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.commit.BumpRules;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.flow.BackportResult;
import dev.releaserules.core.flow.PlannedAction;
import dev.releaserules.core.flow.PostMergeDecision;
import dev.releaserules.core.flow.PrepareCommand;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Version;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TestIdentities;
import dev.releaserules.testkit.hosting.InMemoryHosting;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every refusal, the dry runs, re-runs and concurrency of the flow, on real repositories. */
class QuickReleaseRulesOnGitTest {

    /** main and develop at 2.2.0 with a tag, and two features on develop, all pushed. */
    private static TempGitRepository released() {
        TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build();
        repo.commit("chore: start", Map.of("version.txt", "2.2.0\n"))
                .tag("v2.2.0")
                .branch("develop").checkout("develop")
                .commit("feat: feature X", Map.of("x.txt", "x\n"))
                .commit("fix: fix Y", Map.of("y.txt", "y\n"))
                .push("refs/heads/main", "refs/heads/develop", "refs/tags/v2.2.0");
        return repo;
    }

    private static ReleaseFlow flow(SourceRepository source, InMemoryHosting hosting, TempGitRepository repo,
            List<ReleaseEvent> events) {
        return ReleaseFlow.builder().repository(source).hosting(hosting).clock(repo.clock())
                .identity(TestIdentities.RELEASE_BOT).listener(events::add).build();
    }

    @Test
    @DisplayName("R-T1 a dry run returns the plan and changes no ref, file, pull request or event")
    void dry_run_changes_nothing() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            Map<String, String> refsBefore = repo.refs();
            Map<String, String> originBefore = repo.originRefs();
            InMemoryHosting hosting = new InMemoryHosting();
            List<ReleaseEvent> events = new ArrayList<>();

            PreparedRelease plan = flow(source, hosting, repo, events).prepare().dryRun(true).call();

            assertThat(plan.dryRun()).isTrue();
            assertThat(plan.version()).isEqualTo(Version.of(2, 3, 0));
            assertThat(plan.plan().actions()).extracting(a -> a.getClass().getSimpleName()).containsExactly(
                    "CreateBranch", "CreateRef", "CommitFiles", "CreateTag", "Push", "OpenPullRequest", "Emit", "Emit");
            assertThat(plan.plan().describe()).contains("1. create branch release/v2.3.0 at ")
                    .contains("push refs/heads/release/v2.3.0 refs/tags/v2.3.0 refs/release-rules/cutoff/v2.3.0 to origin");
            assertThat(plan.releaseNotes()).contains("feature X").contains("fix Y");
            assertThat(repo.refs()).isEqualTo(refsBefore);
            assertThat(repo.originRefs()).isEqualTo(originBefore);
            assertThat(source.isClean()).isTrue();
            assertThat(hosting.pullRequests()).isEmpty();
            assertThat(events).isEmpty();
        }
    }

    @Test
    @DisplayName("R-T3 R-T1 dry runs of post-merge and backport change nothing either")
    void other_dry_runs_change_nothing() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow flow = flow(source, hosting, repo, new ArrayList<>());
            PreparedRelease prepared = flow.prepare().call();
            PullRequest merged = hosting.merge(prepared.pullRequest(), "alice", PullRequest.MergeMethod.MERGE_COMMIT);
            Map<String, String> refsBefore = repo.refs();
            Map<String, String> originBefore = repo.originRefs();

            PostMergeDecision decision = flow.postMerge().pullRequest(merged).dryRun(true).call();
            BackportResult backport = flow.backport().version(Version.of(2, 3, 0)).dryRun(true).call();

            assertThat(decision).isInstanceOfSatisfying(PostMergeDecision.Triggered.class, t -> {
                assertThat(t.dryRun()).isTrue();
                assertThat(t.plan().actionsOf(PlannedAction.TriggerWorkflow.class)).hasSize(1);
            });
            assertThat(backport).isInstanceOfSatisfying(BackportResult.Created.class, b -> assertThat(b.dryRun()).isTrue());
            assertThat(repo.refs()).isEqualTo(refsBefore);
            assertThat(repo.originRefs()).isEqualTo(originBefore);
            assertThat(hosting.triggers()).isEmpty();
        }
    }

    @Test
    @DisplayName("R-V3 a second prepare of a prepared release is refused, saying what exists, and tags nothing")
    void second_prepare_is_refused() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow flow = flow(source, hosting, repo, new ArrayList<>());
            flow.prepare().call();
            Map<String, String> originBefore = repo.originRefs();

            assertThatThrownBy(() -> flow.prepare().call())
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule().id()).isEqualTo("R-V3"))
                    .hasMessage("R-V3: release 2.3.0 is already prepared (tag v2.3.0 and branch release/v2.3.0 exist "
                            + "on origin and its pull request was opened); nothing was changed. The version was chosen "
                            + "once and is not incremented again");
            assertThat(repo.originRefs()).isEqualTo(originBefore);
            assertThat(hosting.pullRequests()).hasSize(1);
        }
    }

    @Test
    @DisplayName("R-V3 a prepare interrupted by a failed push resumes: same version, one tag, then the pull request")
    void interrupted_prepare_resumes() throws Exception {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow flow = flow(source, hosting, repo, new ArrayList<>());
            // Reading the remote works, pushing to it does not: the run stops after the local steps.
            StoredConfig config = repo.repository().getConfig();
            config.setString("remote", "origin", "pushurl", repo.directory().resolve("missing.git").toString());
            config.save();

            assertThatThrownBy(() -> flow.prepare().call())
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REMOTE_UNREACHABLE));
            assertThat(repo.refs()).containsKeys("refs/heads/release/v2.3.0", "refs/tags/v2.3.0");
            assertThat(hosting.pullRequests()).isEmpty();
            String tagBefore = repo.refs().get("refs/tags/v2.3.0");

            config.unset("remote", "origin", "pushurl");
            config.save();
            PreparedRelease resumed = flow.prepare().call();

            assertThat(resumed.resumed()).isTrue();
            assertThat(resumed.version()).isEqualTo(Version.of(2, 3, 0));
            assertThat(resumed.plan().actions()).extracting(a -> a.getClass().getSimpleName())
                    .containsExactly("Push", "OpenPullRequest", "Emit", "Emit");
            assertThat(repo.refs().get("refs/tags/v2.3.0")).isEqualTo(tagBefore);
            assertThat(repo.originRefs()).containsKeys("refs/heads/release/v2.3.0", "refs/tags/v2.3.0");
            assertThat(repo.refs().keySet().stream().filter(r -> r.startsWith("refs/tags/v2.3"))).hasSize(1);
            assertThat(hosting.pullRequests()).hasSize(1);
        }
    }

    @Test
    @DisplayName("R-T1 two prepares of the same version against one origin at once: exactly one succeeds")
    void concurrent_prepares() throws Exception {
        try (TempGitRepository repo = released(); TempGitRepository a = repo.cloneOrigin();
                TempGitRepository b = repo.cloneOrigin(TestIdentities.OTHER_DEVELOPER);
                SourceRepository sa = GitRepositories.open(a.workTree());
                SourceRepository sb = GitRepositories.open(b.workTree())) {
            a.branch("develop", "origin/develop");
            b.branch("develop", "origin/develop");
            InMemoryHosting hosting = new InMemoryHosting();
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<PreparedRelease>> runs = List.of(
                    () -> { start.await(); return flow(sa, hosting, a, new ArrayList<>()).prepare().call(); },
                    // Another identity, as on another runner: identical objects would make both push the
                    // same pack file, and the origin's pack lock, not the ref lease, would decide.
                    () -> { start.await(); return ReleaseFlow.builder().repository(sb).hosting(hosting).clock(b.clock())
                            .identity(TestIdentities.OTHER_DEVELOPER).build().prepare().call(); });
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<PreparedRelease>> futures = new ArrayList<>();
                for (Callable<PreparedRelease> run : runs) {
                    futures.add(pool.submit(run));
                }
                start.countDown();
                int succeeded = 0;
                List<Throwable> failures = new ArrayList<>();
                for (Future<PreparedRelease> future : futures) {
                    try {
                        future.get(60, TimeUnit.SECONDS);
                        succeeded++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }

                assertThat(succeeded).isEqualTo(1);
                assertThat(failures).singleElement().isInstanceOf(ReleaseException.class)
                        .satisfiesAnyOf(
                                e -> assertThat(e).isInstanceOfSatisfying(RepositoryException.class, r ->
                                        assertThat(r.reason()).isEqualTo(RepositoryException.Reason.PUSH_REJECTED)),
                                e -> assertThat(e).isInstanceOf(RuleViolationException.class));
                assertThat(hosting.pullRequests()).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    @DisplayName("R-V2 prepare takes an explicit version only when it is greater than the version file's")
    void explicit_version_must_be_greater() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseFlow flow = flow(source, new InMemoryHosting(), repo, new ArrayList<>());

            assertThatThrownBy(() -> flow.prepare().version(Version.of(2, 1, 0)).call())
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessage("R-V2: the explicit version 2.1.0 must be greater than the current version 2.2.0");
            assertThat(flow.prepare().version(Version.of(3, 0, 0)).dryRun(true).call().tag()).isEqualTo("v3.0.0");
        }
    }

    @Test
    @DisplayName("R-V2 the recommended version explains which commits drove it")
    void recommended_version() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            repo.commit("feat(api)!: drop v1", Map.of("api.txt", "v2\n"));
            ReleaseFlow flow = flow(source, new InMemoryHosting(), repo, new ArrayList<>());

            PreparedRelease plan = flow.prepare().recommendedBy(BumpRules.defaults()).dryRun(true).call();

            assertThat(plan.version()).isEqualTo(Version.of(3, 0, 0));
            assertThat(plan.choice().reason()).startsWith("2.2.0 → 3.0.0 (major)").contains("drop v1");
        }
    }

    @Test
    @DisplayName("R-V1 a missing version file is refused, naming the file and the branch")
    void missing_version_file() {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("develop").build();
                SourceRepository source = GitRepositories.open(repo.workTree())) {
            repo.commit("feat: x", Map.of("x.txt", "x\n")).push("refs/heads/develop");
            ReleaseFlow flow = flow(source, new InMemoryHosting(), repo, new ArrayList<>());

            assertThatThrownBy(() -> flow.prepare().call())
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessage("R-V1: version file version.txt does not exist at develop; it is the single source of "
                            + "truth for the version");
        }
    }

    @Test
    @DisplayName("R-V1 a malformed version file is refused, naming the file and what was expected")
    void malformed_version_file() {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("develop").build();
                SourceRepository source = GitRepositories.open(repo.workTree())) {
            repo.commit("feat: x", Map.of("version.txt", "v2.2\n")).push("refs/heads/develop");
            ReleaseFlow flow = flow(source, new InMemoryHosting(), repo, new ArrayList<>());

            assertThatThrownBy(() -> flow.prepare().call())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("Invalid version file version.txt \"v2.2\\n\": expected one line holding a version");
        }
    }

    @Test
    @DisplayName("R-T1 a dirty work tree is refused unless allowed")
    void dirty_work_tree() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            repo.write("x.txt", "changed but not committed\n");
            ReleaseFlow flow = flow(source, new InMemoryHosting(), repo, new ArrayList<>());

            assertThatThrownBy(() -> flow.prepare().call())
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.DIRTY_WORK_TREE));
            assertThat(flow.prepare().allowDirtyWorkTree(true).dryRun(true).call().version()).isEqualTo(Version.of(2, 3, 0));
        }
    }

    @Test
    @DisplayName("Lessons: a shallow clone is refused, even when the adapter was told to open it")
    void shallow_clone() {
        try (TempGitRepository repo = released(); TempGitRepository shallow = repo.shallowClone(1);
                SourceRepository source = GitRepositories.open(shallow.workTree(),
                        GitRepositories.Options.builder().allowShallow(true).build())) {
            ReleaseFlow flow = flow(source, new InMemoryHosting(), repo, new ArrayList<>());

            assertThatThrownBy(() -> flow.prepare().from("origin/develop").call())
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.SHALLOW_CLONE))
                    .hasMessageContaining("shallow clone");
        }
    }

    @Test
    @DisplayName("R-V3 a leftover local tag that prepare did not make is refused, not reused")
    void foreign_local_tag() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            repo.tag("v2.3.0");
            ReleaseFlow flow = flow(source, new InMemoryHosting(), repo, new ArrayList<>());

            assertThatThrownBy(() -> flow.prepare().call())
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("tag v2.3.0 exists but branch release/v2.3.0 does not");
        }
    }

    @Test
    @DisplayName("R-T1 an unreachable remote is refused before anything is written")
    void unreachable_remote() throws Exception {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            StoredConfig config = repo.repository().getConfig();
            config.setString("remote", "origin", "url", repo.directory().resolve("nowhere.git").toString());
            config.save();
            Map<String, String> refsBefore = repo.refs();
            ReleaseFlow flow = flow(source, new InMemoryHosting(), repo, new ArrayList<>());

            assertThatThrownBy(() -> flow.prepare().dryRun(true).call())
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REMOTE_UNREACHABLE));
            assertThat(repo.refs()).isEqualTo(refsBefore);
        }
    }

    @Test
    @DisplayName("R-T3 only a merged pull request into main from release/* or hotfix/* triggers")
    void post_merge_applies_only_to_merged_release_pull_requests() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseFlow flow = flow(source, new InMemoryHosting(), repo, new ArrayList<>());
            PullRequest open = new PullRequest(7, "t", "", "release/v2.3.0", "main", Set.of(), PullRequest.State.OPEN, "",
                    PullRequest.MergeMethod.NONE);
            PullRequest intoDevelop = new PullRequest(8, "t", "", "release/v2.3.0", "develop", Set.of(),
                    PullRequest.State.MERGED, "bob", PullRequest.MergeMethod.MERGE_COMMIT);
            PullRequest feature = new PullRequest(9, "t", "", "feature/x", "main", Set.of(), PullRequest.State.MERGED,
                    "bob", PullRequest.MergeMethod.MERGE_COMMIT);
            PullRequest noTag = new PullRequest(10, "t", "", "release/v9.0.0", "main", Set.of(), PullRequest.State.MERGED,
                    "bob", PullRequest.MergeMethod.MERGE_COMMIT);

            assertThat(flow.postMerge().pullRequest(open).call()).isInstanceOf(PostMergeDecision.NotApplicable.class);
            assertThat(flow.postMerge().pullRequest(intoDevelop).call()).isInstanceOf(PostMergeDecision.NotApplicable.class);
            assertThat(flow.postMerge().pullRequest(feature).call()).isInstanceOf(PostMergeDecision.NotApplicable.class);
            assertThatThrownBy(() -> flow.postMerge().pullRequest(noTag).call())
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessage("R-T3: tag \"v9.0.0\" does not exist; it is created by prepare before any pull request");
        }
    }

    @Test
    @DisplayName("R-S1 backport conflicts are reported with their paths and leave no branch behind")
    void backport_conflict() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            repo.commit("feat: develop edits", Map.of("shared.txt", "develop\n")).push("refs/heads/develop")
                    .checkout("main").commit("fix: main edits", Map.of("shared.txt", "main\n")).push("refs/heads/main")
                    .checkout("develop");
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow flow = flow(source, hosting, repo, new ArrayList<>());
            Map<String, String> originBefore = repo.originRefs();

            BackportResult result = flow.backport().call();

            assertThat(result).isInstanceOfSatisfying(BackportResult.Conflicted.class, c -> {
                assertThat(c.paths()).containsExactly("shared.txt");
                assertThat(c.message()).contains("[shared.txt]").contains("nothing was changed");
            });
            assertThat(repo.refs()).doesNotContainKey("refs/heads/backport/v2.2.0-to-develop");
            assertThat(repo.originRefs()).isEqualTo(originBefore);
            assertThat(hosting.pullRequests()).isEmpty();
        }
    }

    @Test
    @DisplayName("R-V5 staging without a branch needs a checked-out branch")
    void staging_on_detached_head() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            repo.detachHead();
            ReleaseFlow flow = flow(source, new InMemoryHosting(), repo, new ArrayList<>());

            assertThatThrownBy(() -> flow.staging().call())
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.DETACHED_HEAD));
            assertThat(flow.staging().branch("feature/x").call().deploys()).isFalse();
        }
    }

    @Test
    @DisplayName("R-T3 a trigger whose record never reached origin is finished by the next run, not refused")
    void post_merge_resumes_after_a_failed_record_push() throws Exception {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            ReleaseFlow flow = flow(source, hosting, repo, new ArrayList<>());
            PreparedRelease prepared = flow.prepare().call();
            PullRequest merged = hosting.merge(prepared.pullRequest(), "alice", PullRequest.MergeMethod.MERGE_COMMIT);
            StoredConfig config = repo.repository().getConfig();
            config.setString("remote", "origin", "pushurl", repo.directory().resolve("missing.git").toString());
            config.save();

            assertThatThrownBy(() -> flow.postMerge().pullRequest(merged).call())
                    .isInstanceOf(RepositoryException.class);
            assertThat(hosting.triggers()).isEmpty();

            config.unset("remote", "origin", "pushurl");
            config.save();
            assertThat(flow.postMerge().pullRequest(merged).call()).isInstanceOf(PostMergeDecision.Triggered.class);
            assertThat(flow.postMerge().pullRequest(merged).call()).isInstanceOf(PostMergeDecision.AlreadyTriggered.class);
            assertThat(hosting.triggers()).hasSize(1);
        }
    }

    /**
     * A host whose workflow triggers fail while {@link #down} is set, and whose pull requests cannot
     * be opened while {@link #pullRequestsDown} is; everything else is in memory.
     */
    private static final class FlakyHost implements Hosting {
        private final InMemoryHosting delegate = new InMemoryHosting();
        private volatile boolean down = true;
        private volatile boolean pullRequestsDown;

        @Override
        public PullRequest openPullRequest(NewPullRequest request) {
            if (pullRequestsDown) {
                throw new ReleaseException("opening the pull request failed: HTTP 503 from the code host");
            }
            return delegate.openPullRequest(request);
        }

        @Override
        public Optional<PullRequest> findOpenPullRequest(String head, String base) {
            return delegate.findOpenPullRequest(head, base);
        }

        @Override
        public Optional<PullRequest> findPullRequest(int number) {
            return delegate.findPullRequest(number);
        }

        @Override
        public void addLabels(int number, Collection<String> labels) {
            delegate.addLabels(number, labels);
        }

        @Override
        public void triggerWorkflow(String workflow, String ref, Map<String, String> inputs) {
            if (down) {
                throw new ReleaseException("workflow dispatch failed: HTTP 502 from the code host");
            }
            delegate.triggerWorkflow(workflow, ref, inputs);
        }

        @Override
        public List<PullRequest> pullRequestsFrom(String head) {
            return delegate.pullRequestsFrom(head);
        }

        @Override
        public List<PullRequest> pullRequests() {
            return delegate.pullRequests();
        }
    }

    @Test
    @DisplayName("R-T3 a failed workflow trigger removes the trigger record again, so the re-run triggers once")
    void failed_trigger_withdraws_the_record() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            FlakyHost hosting = new FlakyHost();
            ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(hosting).clock(repo.clock())
                    .identity(TestIdentities.RELEASE_BOT).build();
            PreparedRelease prepared = flow.prepare().call();
            PullRequest merged = hosting.delegate.merge(prepared.pullRequest(), "alice",
                    PullRequest.MergeMethod.MERGE_COMMIT);

            assertThatThrownBy(() -> flow.postMerge().pullRequest(merged).call())
                    .isInstanceOf(ReleaseException.class).hasMessageContaining("HTTP 502");
            assertThat(repo.originRefs()).doesNotContainKey("refs/release-rules/triggered/v2.3.0");
            assertThat(repo.refs()).doesNotContainKey("refs/release-rules/triggered/v2.3.0");

            hosting.down = false;
            assertThat(flow.postMerge().pullRequest(merged).call()).isInstanceOf(PostMergeDecision.Triggered.class);
            assertThat(flow.postMerge().pullRequest(merged).call()).isInstanceOf(PostMergeDecision.AlreadyTriggered.class);
            assertThat(hosting.delegate.triggers()).hasSize(1);
            assertThat(repo.originRefs()).containsKey("refs/release-rules/triggered/v2.3.0");
        }
    }

    @Test
    @DisplayName("R-V3 a prepare stopped after its push resumes on a fresh runner that has the branch only as origin/release/*")
    void prepare_resumes_on_a_fresh_clone() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            FlakyHost hosting = new FlakyHost();
            hosting.pullRequestsDown = true;
            ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(hosting).clock(repo.clock())
                    .identity(TestIdentities.RELEASE_BOT).build();
            assertThatThrownBy(() -> flow.prepare().call()).hasMessageContaining("HTTP 503");
            Map<String, String> originAfterPush = repo.originRefs();
            assertThat(originAfterPush).containsKeys("refs/heads/release/v2.3.0", "refs/tags/v2.3.0");
            hosting.pullRequestsDown = false;

            try (TempGitRepository fresh = repo.cloneOrigin();
                    SourceRepository freshSource = GitRepositories.open(fresh.workTree())) {
                fresh.branch("develop", "origin/develop");
                assertThat(fresh.refs()).doesNotContainKey("refs/heads/release/v2.3.0")
                        .containsKey("refs/remotes/origin/release/v2.3.0");

                PreparedRelease resumed = ReleaseFlow.builder().repository(freshSource).hosting(hosting)
                        .clock(fresh.clock()).identity(TestIdentities.RELEASE_BOT).build().prepare().call();

                assertThat(resumed.resumed()).isTrue();
                assertThat(resumed.version()).isEqualTo(Version.of(2, 3, 0));
                assertThat(resumed.releaseCommit()).isEqualTo(originAfterPush.get("refs/heads/release/v2.3.0"));
                assertThat(resumed.plan().actions()).extracting(a -> a.getClass().getSimpleName())
                        .containsExactly("OpenPullRequest", "Emit", "Emit");
                assertThat(hosting.pullRequests()).singleElement()
                        .satisfies(pr -> assertThat(pr.head()).isEqualTo("release/v2.3.0"));
                assertThat(repo.originRefs()).isEqualTo(originAfterPush);
            }
        }
    }

    @Test
    @DisplayName("R-T3 backport of a version that was never tagged is refused, and changes nothing")
    void backport_needs_the_tag() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            InMemoryHosting hosting = new InMemoryHosting();
            Map<String, String> refsBefore = repo.refs();

            assertThatThrownBy(() -> flow(source, hosting, repo, new ArrayList<>()).backport().version(Version.of(2, 4, 0))
                    .call())
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule().id()).isEqualTo("R-T3"))
                    .hasMessage("R-T3: tag \"v2.4.0\" does not exist: only a released version is backported, and 2.4.0 "
                            + "was never tagged; give the version that was released");
            assertThat(repo.refs()).isEqualTo(refsBefore);
            assertThat(hosting.pullRequests()).isEmpty();
        }
    }

    @Test
    @DisplayName("R-M1 a backport re-run resumes after a failed pull request, then reports the backport as already created")
    void backport_resumes_then_reports_done() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            repo.checkout("main").commit("fix: on main", Map.of("m.txt", "m\n")).push("refs/heads/main");
            FlakyHost hosting = new FlakyHost();
            hosting.pullRequestsDown = true;
            ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(hosting).clock(repo.clock())
                    .identity(TestIdentities.RELEASE_BOT).build();

            assertThatThrownBy(() -> flow.backport().call()).hasMessageContaining("HTTP 503");
            String pushed = repo.originRefs().get("refs/heads/backport/v2.2.0-to-develop");
            assertThat(pushed).isNotNull();
            hosting.pullRequestsDown = false;

            BackportResult resumed = flow.backport().call();
            BackportResult again = flow.backport().call();

            assertThat(resumed).isInstanceOfSatisfying(BackportResult.Created.class, c -> {
                assertThat(c.mergeCommit()).isEqualTo(pushed);
                assertThat(c.plan().actions()).extracting(a -> a.getClass().getSimpleName())
                        .containsExactly("OpenPullRequest", "Emit");
            });
            assertThat(again).isInstanceOfSatisfying(BackportResult.AlreadyCreated.class, a -> {
                assertThat(a.pullRequest()).isEqualTo(((BackportResult.Created) resumed).pullRequest());
                assertThat(a.message()).isEqualTo("the backport backport/v2.2.0-to-develop exists: pull request #"
                        + a.pullRequest() + " is open; nothing was changed");
            });
            assertThat(hosting.pullRequests()).hasSize(1);
            assertThat(repo.originRefs().get("refs/heads/backport/v2.2.0-to-develop")).isEqualTo(pushed);
        }
    }

    @Test
    @DisplayName("R-M1 a backport another runner pushed but this one has not fetched is reported as such, not as foreign")
    void backport_pushed_elsewhere_not_fetched() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            repo.checkout("main").commit("fix: on main", Map.of("m.txt", "m\n")).push("refs/heads/main");
            try (TempGitRepository other = repo.cloneOrigin();
                 SourceRepository otherSource = GitRepositories.open(other.workTree())) {
                FlakyHost hosting = new FlakyHost();
                hosting.pullRequestsDown = true;
                ReleaseFlow.Builder flows = ReleaseFlow.builder().hosting(hosting).clock(repo.clock())
                        .identity(TestIdentities.RELEASE_BOT);
                assertThatThrownBy(() -> flows.repository(source).build().backport().call()).hasMessageContaining("HTTP 503");
                String pushed = repo.originRefs().get("refs/heads/backport/v2.2.0-to-develop");
                hosting.pullRequestsDown = false;

                assertThatThrownBy(() -> flows.repository(otherSource).build().backport().call())
                        .isInstanceOfSatisfying(RepositoryException.class,
                                e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_NOT_FOUND))
                        .hasMessage("backport/v2.2.0-to-develop exists on origin at " + pushed.substring(0, 7)
                                + ", which this repository has not fetched; fetch it (git fetch origin) and run again"
                                + " to resume the backport: nothing was changed");
                assertThat(hosting.pullRequests()).isEmpty();
            }
        }
    }

    @Test
    @DisplayName("R-M1 a branch with the backport's name that lacks the tag is refused, not reused")
    void foreign_backport_branch() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            repo.checkout("main").commit("fix: hotfix 2.2.1", Map.of("version.txt", "2.2.1\n")).tag("v2.2.1")
                    .branch("backport/v2.2.1-to-develop", "develop").checkout("develop");
            InMemoryHosting hosting = new InMemoryHosting();

            assertThatThrownBy(() -> flow(source, hosting, repo, new ArrayList<>()).backport().call())
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_EXISTS))
                    .hasMessage("branch backport/v2.2.1-to-develop exists (here) but does not contain tag v2.2.1, so it "
                            + "is not this release's backport; delete or rename it: nothing was changed");
            assertThat(hosting.pullRequests()).isEmpty();
        }
    }

    @Test
    @DisplayName("R-V5 staging accepts the full ref CI gives (refs/heads/release/...)")
    void staging_with_a_full_ref() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseFlow flow = flow(source, new InMemoryHosting(), repo, new ArrayList<>());
            flow.prepare().call();

            assertThat(flow.staging().branch("refs/heads/release/v2.3.0").call().deploys()).isTrue();
        }
    }

    @Test
    void commands_are_single_use() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            PrepareCommand prepare = flow(source, new InMemoryHosting(), repo, new ArrayList<>()).prepare().dryRun(true);
            prepare.call();

            assertThatThrownBy(prepare::call).isInstanceOf(ReleaseException.class)
                    .hasMessageContaining("already called");
        }
    }

    @Test
    void a_failing_listener_never_fails_the_step() {
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(new InMemoryHosting())
                    .clock(repo.clock()).listener(event -> {
                        throw new IllegalStateException("listener down");
                    }).build();

            assertThat(flow.prepare().call().pullRequest()).isPositive();
        }
    }
}
