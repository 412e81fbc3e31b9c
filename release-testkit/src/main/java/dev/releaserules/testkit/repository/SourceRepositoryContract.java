package dev.releaserules.testkit.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.flow.BackportResult;
import dev.releaserules.core.flow.CleanupResult;
import dev.releaserules.core.flow.PostMergeDecision;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.Identity;
import dev.releaserules.core.spi.MergeOutcome;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.RefLease;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.validation.ConsistencyReport;
import dev.releaserules.core.version.Version;
import dev.releaserules.testkit.hosting.InMemoryHosting;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link SourceRepository} port, as the release flow relies on it: one suite of
 * scenarios that the testkit's {@link InMemorySourceRepository} and every adapter (the JGit adapter
 * among them) pass. An adapter author extends this class and implements {@link #published()}.
 *
 * <p>Each scenario starts from a clone whose {@code origin} has {@code main} at a commit with
 * {@code version.txt} = {@code 2.2.0} tagged {@code v2.2.0}, and {@code develop} one feature commit
 * ahead; the clone has {@code develop} checked out and a local {@code main}.
 */
public abstract class SourceRepositoryContract {
    private static final Identity BOT = new Identity("release-bot", "bot@example.com");
    private static final Instant NOW = Instant.parse("2024-02-06T10:00:00Z");

    /**
     * A fresh clone in the starting state described above, owned by the test (closed after it).
     *
     * @return the clone
     */
    protected abstract SourceRepository published();

    private static ReleaseFlow flow(SourceRepository repository, InMemoryHosting hosting) {
        return ReleaseFlow.builder().repository(repository).hosting(hosting).identity(BOT)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    /** Merges the release branch into main with a merge commit and publishes main, as the host would. */
    private static void mergeIntoMain(SourceRepository repository, String branch) {
        String before = repository.requireCommit("refs/heads/main");
        MergeOutcome merged = repository.merge("main", "refs/heads/" + branch, "Merge pull request from " + branch,
                BOT, NOW);
        assertThat(merged).isInstanceOf(MergeOutcome.Merged.class);
        repository.push("origin", List.of(RefLease.move(RefName.branch("main"), before,
                ((MergeOutcome.Merged) merged).commitId())));
    }

    @Test
    @DisplayName("R-T1 prepare commits version file and changelog, tags, and pushes branch, tag and cutoff together")
    void prepare_publishes_the_release() {
        try (SourceRepository repository = published()) {
            InMemoryHosting hosting = new InMemoryHosting();

            PreparedRelease prepared = flow(repository, hosting).prepare().call();

            assertThat(prepared.version()).isEqualTo(Version.parse("2.3.0"));
            Map<RefName, String> origin = repository.remoteRefs("origin");
            assertThat(origin).containsEntry(RefName.branch("release/v2.3.0"), prepared.releaseCommit())
                    .containsEntry(RefName.tag("v2.3.0"), prepared.releaseCommit())
                    .containsEntry(RefName.of("refs/release-rules/cutoff/v2.3.0"), prepared.cutoffCommit());
            assertThat(repository.readFile("v2.3.0", "version.txt")).contains("2.3.0\n");
            assertThat(repository.readFile("v2.3.0", "CHANGELOG.md")).get().asString().contains("## ");
            assertThat(repository.log(dev.releaserules.core.spi.CommitRange.between("v2.2.0", "v2.3.0")))
                    .extracting(c -> c.message().subject())
                    .containsExactly("chore(release): prepare v2.3.0", "feat(api): add the orders endpoint");
            assertThat(hosting.pullRequests()).singleElement()
                    .satisfies(pr -> assertThat(pr.head()).isEqualTo("release/v2.3.0"));
        }
    }

    @Test
    @DisplayName("R-V3 a second prepare of a prepared release is refused, saying what exists")
    void prepare_twice_is_refused() {
        try (SourceRepository repository = published()) {
            InMemoryHosting hosting = new InMemoryHosting();
            flow(repository, hosting).prepare().call();

            assertThatThrownBy(() -> flow(repository, hosting).prepare().version(Version.parse("2.3.0")).call())
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(Rule.R_V3))
                    .hasMessageContaining("tag v2.3.0 and branch release/v2.3.0 exist on origin");
        }
    }

    @Test
    @DisplayName("R-V2 a dry run plans and changes nothing, here or on origin")
    void dry_run_changes_nothing() {
        try (SourceRepository repository = published()) {
            Map<RefName, String> before = repository.remoteRefs("origin");

            PreparedRelease plan = flow(repository, new InMemoryHosting()).prepare().dryRun(true).call();

            assertThat(plan.plan().describe()).contains("create branch release/v2.3.0", "create annotated tag v2.3.0",
                    "in one atomic push (refused if any exists)");
            assertThat(repository.remoteRefs("origin")).isEqualTo(before);
            assertThat(repository.findCommit("refs/heads/release/v2.3.0")).isEmpty();
        }
    }

    @Test
    @DisplayName("R-T2 validate passes on the released tag and lists the failure for another version")
    void validate_the_tag() {
        try (SourceRepository repository = published()) {
            flow(repository, new InMemoryHosting()).prepare().call();

            ConsistencyReport ok = flow(repository, new InMemoryHosting()).validate().tag("v2.3.0").version("2.3.0").call();
            ConsistencyReport wrong = flow(repository, new InMemoryHosting()).validate().tag("v2.3.0").version("2.4.0")
                    .call();

            assertThat(ok.isOk()).isTrue();
            assertThat(wrong.isOk()).isFalse();
        }
    }

    @Test
    @DisplayName("R-T3 a merged release pull request triggers production exactly once")
    void post_merge_triggers_once() {
        try (SourceRepository repository = published()) {
            InMemoryHosting hosting = new InMemoryHosting();
            PreparedRelease prepared = flow(repository, hosting).prepare().call();
            mergeIntoMain(repository, prepared.branch());
            PullRequest merged = hosting.merge(prepared.pullRequest(), "alice", PullRequest.MergeMethod.MERGE_COMMIT);

            PostMergeDecision first = flow(repository, hosting).postMerge().pullRequest(merged).call();
            PostMergeDecision second = flow(repository, hosting).postMerge().pullRequest(merged).call();

            assertThat(first.triggered()).isTrue();
            assertThat(second).isInstanceOf(PostMergeDecision.AlreadyTriggered.class);
            assertThat(hosting.triggers()).hasSize(1);
            assertThat(repository.remoteRefs("origin")).containsKey(RefName.of("refs/release-rules/triggered/v2.3.0"));
        }
    }

    @Test
    @DisplayName("R-S1 R-BC the backport merges main into develop with a backport commit; cleanup then deletes the branch")
    void backport_then_cleanup() {
        try (SourceRepository repository = published()) {
            InMemoryHosting hosting = new InMemoryHosting();
            PreparedRelease prepared = flow(repository, hosting).prepare().call();
            mergeIntoMain(repository, prepared.branch());
            PullRequest merged = hosting.merge(prepared.pullRequest(), "alice", PullRequest.MergeMethod.MERGE_COMMIT);
            flow(repository, hosting).postMerge().pullRequest(merged).call();

            BackportResult backport = flow(repository, hosting).backport().call();

            assertThat(backport).isInstanceOf(BackportResult.Created.class);
            BackportResult.Created created = (BackportResult.Created) backport;
            assertThat(repository.readCommit(created.mergeCommit()).isBackport()).isTrue();
            assertThat(repository.remoteRefs("origin")).containsKey(RefName.branch(created.branch()));
            hosting.merge(created.pullRequest(), "release-bot", PullRequest.MergeMethod.MERGE_COMMIT);

            CleanupResult cleanup = flow(repository, hosting).cleanup().branch("release/v2.3.0").deployed(true).call();

            assertThat(cleanup.deleted()).isTrue();
            assertThat(repository.remoteRefs("origin")).doesNotContainKey(RefName.branch("release/v2.3.0"));
            assertThat(repository.findCommit("refs/heads/release/v2.3.0")).isEmpty();
        }
    }

    @Test
    @DisplayName("R-T1 a leased push is all or nothing: one stale lease and no ref is updated")
    void leased_push_is_atomic() {
        try (SourceRepository repository = published()) {
            String develop = repository.requireCommit("refs/heads/develop");
            RefName record = RefName.of("refs/release-rules/triggered/v9.9.9");
            repository.createRef(record, develop);
            Map<RefName, String> before = repository.remoteRefs("origin");

            assertThatThrownBy(() -> repository.push("origin", List.of(RefLease.create(record, develop),
                    RefLease.move(RefName.branch("main"), develop, develop))))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.PUSH_REJECTED));
            assertThat(repository.remoteRefs("origin")).isEqualTo(before);

            repository.push("origin", List.of(RefLease.create(record, develop)));
            assertThatThrownBy(() -> repository.push("origin", List.of(RefLease.create(record, develop))))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.PUSH_REJECTED));
        }
    }

    @Test
    @DisplayName("R-T3 refs are compare-and-set: created once, moved and deleted only from the id they hold")
    void refs_are_compare_and_set() {
        try (SourceRepository repository = published()) {
            String develop = repository.requireCommit("refs/heads/develop");
            String main = repository.requireCommit("refs/heads/main");
            RefName ref = RefName.of("refs/release-rules/cutoff/v9.9.9");
            repository.createRef(ref, develop);

            assertThatThrownBy(() -> repository.createRef(ref, main)).isInstanceOfSatisfying(RepositoryException.class,
                    e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_EXISTS));
            assertThatThrownBy(() -> repository.updateRef(ref, main, main)).isInstanceOfSatisfying(
                    RepositoryException.class, e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.CONCURRENT_UPDATE));
            repository.updateRef(ref, develop, main);
            assertThat(repository.findRefId(ref)).contains(main);
            assertThatThrownBy(() -> repository.deleteRef(RefName.branch("develop"), develop))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.BRANCH_CHECKED_OUT));
            repository.deleteRef(ref, main);
            assertThat(repository.findRefId(ref)).isEmpty();
        }
    }

    @Test
    @DisplayName("R-B2 a merge that conflicts changes nothing and names the paths")
    void merge_conflict_changes_nothing() {
        try (SourceRepository repository = published()) {
            repository.commit("develop", Map.of("version.txt", "9.0.0\n"), "chore: nine", BOT, NOW);
            repository.commit("main", Map.of("version.txt", "8.0.0\n"), "chore: eight", BOT, NOW);
            String develop = repository.requireCommit("refs/heads/develop");

            MergeOutcome outcome = repository.merge("develop", "refs/heads/main", "Merge main", BOT, NOW);

            assertThat(outcome).isEqualTo(new MergeOutcome.Conflict(List.of("version.txt")));
            assertThat(repository.requireCommit("refs/heads/develop")).isEqualTo(develop);
        }
    }

    @Test
    @DisplayName("R-V4 a hotfix is cut from main with the patch incremented, tagged and pushed")
    void hotfix_from_main() {
        try (SourceRepository repository = published()) {
            InMemoryHosting hosting = new InMemoryHosting();

            PreparedRelease hotfix = flow(repository, hosting).hotfix().call();

            assertThat(hotfix.version()).isEqualTo(Version.parse("2.2.1"));
            assertThat(hotfix.branch()).isEqualTo("hotfix/v2.2.1");
            assertThat(repository.remoteRefs("origin")).containsEntry(RefName.tag("v2.2.1"), hotfix.releaseCommit());
            assertThat(repository.readFile("v2.2.1", "version.txt")).contains("2.2.1\n");
            assertThat(repository.isAncestor("refs/heads/main", "v2.2.1")).isTrue();
            assertThat(repository.isAncestor("refs/heads/develop", "v2.2.1")).isFalse();
        }
    }

    @Test
    @DisplayName("R-B2 the cutoff report tells the release's commits from those that reached develop after the cut")
    void cutoff_report() {
        try (SourceRepository repository = published()) {
            PreparedRelease prepared = flow(repository, new InMemoryHosting()).prepare().call();
            String late = repository.commit("develop", Map.of("late.txt", "late\n"), "feat: after the cutoff", BOT, NOW);

            dev.releaserules.core.flow.CutoffReport report = flow(repository, new InMemoryHosting()).cutoff()
                    .release(prepared.version()).call();

            assertThat(report.cutoffCommit()).isEqualTo(prepared.cutoffCommit());
            assertThat(report.isAfterCutoff(late)).isTrue();
            assertThat(report.isInRelease(prepared.cutoffCommit())).isTrue();
        }
    }

    @Test
    @DisplayName("R-V5 R-S1 staging deploys a release branch as an rc of its version and skips a backport head")
    void staging_decision() {
        try (SourceRepository repository = published()) {
            InMemoryHosting hosting = new InMemoryHosting();
            flow(repository, hosting).prepare().call();

            dev.releaserules.core.flow.StagingDecision release = flow(repository, hosting).staging()
                    .branch("release/v2.3.0").call();
            repository.commit("develop", Map.of("b.txt", "b\n"), "chore(release): backport v2.3.0 to develop", BOT, NOW);
            dev.releaserules.core.flow.StagingDecision backport = flow(repository, hosting).staging().branch("develop")
                    .call();

            assertThat(release).isInstanceOfSatisfying(dev.releaserules.core.flow.StagingDecision.Deploy.class,
                    d -> assertThat(d.stagingVersion().toString()).isEqualTo("2.3.0-rc." + NOW.getEpochSecond()));
            assertThat(backport).isInstanceOf(dev.releaserules.core.flow.StagingDecision.Skip.class);
        }
    }

    @Test
    @DisplayName("R-B2 prepare refuses a develop that is behind origin/develop, and changes nothing")
    void stale_develop_is_refused() {
        try (SourceRepository repository = published()) {
            String before = repository.requireCommit("refs/heads/develop");
            String ahead = repository.commit("develop", Map.of("b.txt", "b\n"), "feat: on origin", BOT, NOW);
            repository.push("origin", List.of(RefLease.move(RefName.branch("develop"), before, ahead)));
            repository.updateRef(RefName.branch("develop"), ahead, before);
            Map<RefName, String> origin = repository.remoteRefs("origin");

            assertThatThrownBy(() -> flow(repository, new InMemoryHosting()).prepare().call())
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(Rule.R_B2))
                    .hasMessageContaining("is behind origin/develop");
            assertThat(repository.remoteRefs("origin")).isEqualTo(origin);
            assertThat(repository.findCommit("refs/heads/release/v2.3.0")).isEmpty();
        }
    }

    @Test
    @DisplayName("R-T3 a merged hotfix with a descriptive name triggers the version its version file holds")
    void descriptive_hotfix_name() {
        try (SourceRepository repository = published()) {
            InMemoryHosting hosting = new InMemoryHosting();
            String main = repository.requireCommit("refs/heads/main");
            repository.createRef(RefName.branch("hotfix/critical-bug"), main);
            String fix = repository.commit("hotfix/critical-bug", Map.of("version.txt", "2.2.1\n", "api.txt", "fixed\n"),
                    "fix(api): reject negative quantities", BOT, NOW);
            repository.createTag("v2.2.1", fix, "Release v2.2.1", BOT, NOW);
            repository.push("origin", List.of(RefLease.create(RefName.branch("hotfix/critical-bug"), fix),
                    RefLease.create(RefName.tag("v2.2.1"), repository.findRefId(RefName.tag("v2.2.1")).orElseThrow())));
            mergeIntoMain(repository, "hotfix/critical-bug");
            PullRequest pr = hosting.openPullRequest(new dev.releaserules.core.spi.NewPullRequest("Hotfix", "",
                    "hotfix/critical-bug", "main", java.util.Set.of("hotfix")));
            PullRequest merged = hosting.merge(pr.number(), "alice", PullRequest.MergeMethod.MERGE_COMMIT);

            PostMergeDecision decision = flow(repository, hosting).postMerge().pullRequest(merged).call();

            assertThat(decision).isInstanceOfSatisfying(PostMergeDecision.Triggered.class,
                    t -> assertThat(t.version()).isEqualTo(Version.parse("2.2.1")));
            assertThat(hosting.triggers()).singleElement()
                    .satisfies(t -> assertThat(t.inputs()).containsEntry("tag", "v2.2.1"));
        }
    }

    @Test
    @DisplayName("R-T3 a merged hotfix whose name and version file hold no version is refused loudly, nothing triggered")
    void unreadable_hotfix_is_refused() {
        try (SourceRepository repository = published()) {
            InMemoryHosting hosting = new InMemoryHosting();
            String main = repository.requireCommit("refs/heads/main");
            repository.createRef(RefName.branch("hotfix/typo"), main);
            String fix = repository.commit("hotfix/typo", Map.of("version.txt", "next\n"), "fix: typo", BOT, NOW);
            repository.push("origin", List.of(RefLease.create(RefName.branch("hotfix/typo"), fix)));
            PullRequest pr = hosting.openPullRequest(new dev.releaserules.core.spi.NewPullRequest("Typo", "",
                    "hotfix/typo", "main", java.util.Set.of()));
            PullRequest merged = hosting.merge(pr.number(), "alice", PullRequest.MergeMethod.MERGE_COMMIT);

            assertThatThrownBy(() -> flow(repository, hosting).postMerge().pullRequest(merged).call())
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(Rule.R_T3))
                    .hasMessageContaining("hotfix/typo names no version and version.txt at its head holds none");
            assertThat(hosting.triggers()).isEmpty();
        }
    }

    @Test
    @DisplayName("R-V5 a push to a hotfix branch deploys to staging for the quick validation")
    void staging_of_a_hotfix() {
        try (SourceRepository repository = published()) {
            InMemoryHosting hosting = new InMemoryHosting();
            flow(repository, hosting).hotfix().call();

            dev.releaserules.core.flow.StagingDecision decision = flow(repository, hosting).staging()
                    .branch("hotfix/v2.2.1").call();

            assertThat(decision).isInstanceOfSatisfying(dev.releaserules.core.flow.StagingDecision.Deploy.class,
                    d -> assertThat(d.stagingVersion().toString()).isEqualTo("2.2.1-rc." + NOW.getEpochSecond()));
        }
    }

    @Test
    @DisplayName("R-TL production success is announced with the time since prepare against the 8 h target")
    void production_success_against_the_target() {
        try (SourceRepository repository = published()) {
            InMemoryHosting hosting = new InMemoryHosting();
            List<dev.releaserules.core.event.ReleaseEvent> heard = new java.util.ArrayList<>();
            PreparedRelease prepared = flow(repository, hosting).prepare().call();
            ReleaseFlow sixHoursLater = ReleaseFlow.builder().repository(repository).hosting(hosting).identity(BOT)
                    .clock(Clock.fixed(NOW.plus(java.time.Duration.ofHours(6)), ZoneOffset.UTC)).listener(heard::add)
                    .build();

            dev.releaserules.core.flow.ProductionOutcome outcome = sixHoursLater.production().version(prepared.version())
                    .succeeded("shop-2.3.0.jar", "https://example.com/releases/v2.3.0", java.time.Duration.ofMinutes(5))
                    .call();

            assertThat(outcome.elapsed()).isEqualTo(java.time.Duration.ofHours(6));
            assertThat(outcome.target()).isEqualTo(java.time.Duration.ofHours(8));
            assertThat(outcome.late()).isFalse();
            assertThat(heard).extracting(dev.releaserules.core.event.ReleaseEvent::type).containsExactly(
                    dev.releaserules.core.event.EventType.PRODUCTION_SUCCEEDED,
                    dev.releaserules.core.event.EventType.RELEASE_COMPLETED);
            assertThat(heard.get(0).attributes())
                    .containsEntry("elapsed", "6h").containsEntry("target", "8h").containsEntry("duration", "5m");
        }
    }

    @Test
    @DisplayName("R-C1 the tags a branch contains come from one walk: a tag cut on a side branch is not merged into main")
    void tags_merged_into_a_branch() {
        try (SourceRepository repository = published()) {
            InMemoryHosting hosting = new InMemoryHosting();
            flow(repository, hosting).prepare().call();
            String develop = repository.requireCommit("refs/heads/develop");
            String main = repository.requireCommit("refs/heads/main");

            assertThat(dev.releaserules.core.flow.ReleaseTags.mergedInto(repository,
                    dev.releaserules.core.version.TagFormat.defaults(), false, "main"))
                    .extracting(dev.releaserules.core.version.ReleaseTag::name).containsExactly("v2.2.0");
            assertThat(dev.releaserules.core.flow.ReleaseTags.latestReachable(repository,
                    dev.releaserules.core.version.TagFormat.defaults(), false, "refs/heads/release/v2.3.0"))
                    .map(dev.releaserules.core.version.ReleaseTag::name).contains("v2.3.0");
            assertThat(repository.reachableFrom("main", List.of(develop, main))).containsExactly(main);
            assertThat(repository.reachableFrom("develop", List.of(develop, main)))
                    .containsExactlyInAnyOrder(develop, main);
        }
    }

    private static ReleaseFlow flowAt(SourceRepository repository, InMemoryHosting hosting, java.time.Duration later,
            dev.releaserules.core.flow.QuickReleaseRules rules, List<dev.releaserules.core.event.ReleaseEvent> heard) {
        return ReleaseFlow.builder().repository(repository).hosting(hosting).identity(BOT).rules(rules)
                .clock(Clock.fixed(NOW.plus(later), ZoneOffset.UTC)).listener(heard::add).build();
    }

    @Test
    @DisplayName("R-TL R-N2 R-GR the release-complete message tells the timeline from the git records, with links, "
            + "and the code-host release is created once")
    void release_complete_timeline_from_the_git_records() {
        try (SourceRepository repository = published()) {
            InMemoryHosting hosting = new InMemoryHosting();
            dev.releaserules.core.flow.QuickReleaseRules rules = dev.releaserules.core.flow.QuickReleaseRules.builder()
                    .links(dev.releaserules.core.flow.ReleaseLinks.github("https://github.com/acme/shop")).build();
            List<dev.releaserules.core.event.ReleaseEvent> heard = new java.util.ArrayList<>();
            PreparedRelease prepared = flowAt(repository, hosting, java.time.Duration.ZERO, rules, heard).prepare().call();
            mergeIntoMain(repository, prepared.branch());
            PullRequest merged = hosting.merge(prepared.pullRequest(), "alice", PullRequest.MergeMethod.MERGE_COMMIT);
            flowAt(repository, hosting, java.time.Duration.ofHours(4), rules, heard).postMerge().pullRequest(merged)
                    .call();

            dev.releaserules.core.flow.ProductionOutcome outcome = flowAt(repository, hosting,
                    java.time.Duration.ofHours(5).plusMinutes(10), rules, heard).production()
                    .version(prepared.version()).runUrl("https://github.com/acme/shop/actions/runs/42")
                    .succeeded("shop-2.3.0.jar", "", java.time.Duration.ofMinutes(5)).call();
            flowAt(repository, hosting, java.time.Duration.ofHours(6), rules, heard).production()
                    .version(prepared.version()).succeeded("shop-2.3.0.jar", "", java.time.Duration.ofMinutes(5))
                    .call();

            assertThat(repository.findRefTime(RefName.of("refs/release-rules/triggered/v2.3.0")))
                    .contains(NOW.plus(java.time.Duration.ofHours(4)));
            assertThat(repository.findCommit("refs/release-rules/triggered/v2.3.0"))
                    .isEqualTo(repository.findCommit("refs/tags/v2.3.0"));
            assertThat(outcome.late()).isFalse();
            assertThat(outcome.timeline()).extracting(dev.releaserules.core.event.ReleaseEvent.Milestone::step)
                    .containsExactly("Release prepared", "Feature cutoff at " + prepared.cutoffCommit().substring(0, 7),
                            "Production triggered", "Deployed to production");
            dev.releaserules.core.event.ReleaseEvent complete = heard.stream()
                    .filter(e -> e instanceof dev.releaserules.core.event.ReleaseEvent.ReleaseCompleted).findFirst()
                    .orElseThrow();
            assertThat(complete.attributes())
                    .containsEntry("timeline", "T+0: Release prepared\nT+0: Feature cutoff at "
                            + prepared.cutoffCommit().substring(0, 7) + "\nT+4h: Production triggered\n"
                            + "T+5h 10m: Deployed to production")
                    .containsEntry("elapsed", "5h 10m").containsEntry("target", "8h").containsEntry("late", "on time")
                    .containsEntry("release_url", "https://host.invalid/releases/tag/v2.3.0")
                    .containsEntry("compare_url", "https://github.com/acme/shop/compare/v2.2.0...v2.3.0");
            assertThat(heard).filteredOn(e -> e.type() == dev.releaserules.core.event.EventType.PRODUCTION_TRIGGERED)
                    .singleElement().satisfies(e -> assertThat(e.attributes())
                            .containsEntry("pull_request_url", "https://github.com/acme/shop/pull/" + merged.number())
                            .containsEntry("run_url", "https://github.com/acme/shop/actions/workflows/release.yaml"));
            assertThat(heard).filteredOn(e -> e.type() == dev.releaserules.core.event.EventType.RELEASE_PREPARED)
                    .singleElement().satisfies(e -> assertThat(e.attributes())
                            .containsEntry("pull_request_url", "https://github.com/acme/shop/pull/" + prepared.pullRequest()));
            assertThat(heard).filteredOn(e -> e.type() == dev.releaserules.core.event.EventType.PRODUCTION_SUCCEEDED)
                    .first().satisfies(e -> assertThat(e.attributes())
                            .containsEntry("run_url", "https://github.com/acme/shop/actions/runs/42"));
            assertThat(hosting.releases()).singleElement().satisfies(r -> {
                assertThat(r.tag()).isEqualTo("v2.3.0");
                assertThat(r.body()).startsWith("## ").contains("2.3.0").doesNotContain("2.2.0");
            });
            assertThat(outcome.hostRelease()).map(dev.releaserules.core.spi.HostRelease::tag).contains("v2.3.0");
        }
    }

    @Test
    @DisplayName("R-GR a host that cannot publish releases does not silence the production announcement")
    void production_is_announced_without_a_release_capability() {
        try (SourceRepository repository = published()) {
            InMemoryHosting hosting = new InMemoryHosting();
            List<dev.releaserules.core.event.ReleaseEvent> heard = new java.util.ArrayList<>();
            PreparedRelease prepared = flow(repository, hosting).prepare().call();
            dev.releaserules.core.spi.Hosting pullRequestsOnly = hosting.requiredOperationsOnly();

            dev.releaserules.core.flow.ProductionOutcome outcome = ReleaseFlow.builder().repository(repository)
                    .hosting(pullRequestsOnly).identity(BOT).clock(Clock.fixed(NOW, ZoneOffset.UTC)).listener(heard::add)
                    .build().production().version(prepared.version()).succeeded("", "", java.time.Duration.ZERO).call();

            assertThat(outcome.hostRelease()).isEmpty();
            assertThat(heard).extracting(dev.releaserules.core.event.ReleaseEvent::type).containsExactly(
                    dev.releaserules.core.event.EventType.PRODUCTION_SUCCEEDED,
                    dev.releaserules.core.event.EventType.RELEASE_COMPLETED);
        }
    }

    @Test
    @DisplayName("R-HF2 a merged hotfix goes to production only with a tech lead's and the on-call engineer's approval")
    void hotfix_needs_tech_lead_and_on_call_approval() {
        try (SourceRepository repository = published()) {
            InMemoryHosting hosting = new InMemoryHosting();
            dev.releaserules.core.flow.QuickReleaseRules rules = dev.releaserules.core.flow.QuickReleaseRules.builder()
                    .hotfixApprovers(dev.releaserules.core.hosting.HotfixApprovers.of(java.util.Set.of("@lead"),
                            java.util.Set.of("@oncall"))).build();
            List<dev.releaserules.core.event.ReleaseEvent> heard = new java.util.ArrayList<>();
            PreparedRelease hotfix = flowAt(repository, hosting, java.time.Duration.ZERO, rules, heard).hotfix()
                    .description("Checkout fails for carts over 100 items").call();
            mergeIntoMain(repository, hotfix.branch());
            hosting.review(hotfix.pullRequest(), "@lead", dev.releaserules.core.spi.Review.State.APPROVED);
            PullRequest merged = hosting.merge(hotfix.pullRequest(), "alice", PullRequest.MergeMethod.MERGE_COMMIT);

            assertThatThrownBy(() -> flowAt(repository, hosting, java.time.Duration.ofMinutes(30), rules, heard)
                    .postMerge().pullRequest(merged).call())
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.rule()).isEqualTo(Rule.R_HF2);
                        assertThat(e.getMessage()).contains("on-call engineer (@oncall)").doesNotContain("tech lead (");
                    });
            assertThat(hosting.triggers()).isEmpty();
            assertThat(repository.remoteRefs("origin")).doesNotContainKey(RefName.of("refs/release-rules/triggered/v2.2.1"));

            hosting.review(hotfix.pullRequest(), "@oncall", dev.releaserules.core.spi.Review.State.APPROVED);
            PostMergeDecision decision = flowAt(repository, hosting, java.time.Duration.ofMinutes(40), rules, heard)
                    .postMerge().pullRequest(merged).call();

            assertThat(decision.triggered()).isTrue();
            assertThat(hosting.findPullRequest(hotfix.pullRequest()).orElseThrow().body())
                    .contains("Checkout fails for carts over 100 items");
            assertThat(heard).filteredOn(e -> e.type() == dev.releaserules.core.event.EventType.HOTFIX_CREATED)
                    .singleElement().satisfies(e -> assertThat(e.attributes())
                            .containsEntry("description", "Checkout fails for carts over 100 items"));
        }
    }

    @Test
    @DisplayName("R-C1 an annotated tag carries its tagger time, to the second; a lightweight tag has none")
    void tags_carry_the_tagger_time() {
        try (SourceRepository repository = published()) {
            String main = repository.requireCommit("refs/heads/main");
            Instant taggedAt = Instant.parse("2024-03-04T05:06:07Z");
            repository.createTag("v2.2.1", main, "Release v2.2.1", BOT, taggedAt.plusMillis(250));
            repository.createRef(RefName.tag("nightly"), main);

            List<dev.releaserules.core.spi.TagRef> tags = repository.tags();

            assertThat(tags).filteredOn(t -> t.name().equals("v2.2.1")).singleElement()
                    .isEqualTo(dev.releaserules.core.spi.TagRef.annotated("v2.2.1", main, taggedAt));
            assertThat(tags).filteredOn(t -> t.name().equals("nightly")).singleElement()
                    .isEqualTo(dev.releaserules.core.spi.TagRef.lightweight("nightly", main));
            assertThat(repository.readCommit(main).time()).isNotEqualTo(taggedAt);
        }
    }
}
