package dev.releaserules.git;

import static dev.releaserules.testkit.assertions.ReleaseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.Priority;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.flow.BackportResult;
import dev.releaserules.core.flow.CutoffReport;
import dev.releaserules.core.flow.PlannedAction;
import dev.releaserules.core.flow.PostMergeDecision;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.flow.StagingDecision;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.validation.Check;
import dev.releaserules.core.validation.ConsistencyReport;
import dev.releaserules.core.version.Version;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TestIdentities;
import dev.releaserules.testkit.hosting.InMemoryHosting;
import dev.releaserules.testkit.hosting.WorkflowTrigger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The seed's story, end to end, on a real repository with a bare origin. */
class QuickReleaseStoryTest {

    @Test
    @DisplayName("R-T1 R-B2 R-T3 R-T2 R-S1 R-V4 the quick-release story from prepare to hotfix")
    void the_whole_story() {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build()) {
            // given: production at 2.2.0, and features X and Y on develop
            repo.commit("chore: start", Map.of("version.txt", "2.2.0\n", "CHANGELOG.md", "# Changelog\n\n## 2.2.0 (2024-01-01)\n"))
                    .tag("v2.2.0")
                    .branch("develop").checkout("develop")
                    .commit("feat(api): feature X", Map.of("api.txt", "x\n"))
                    .commit("feat(web): feature Y\n\nBREAKING CHANGE: the old page is gone", Map.of("web.txt", "y\n"))
                    .commit("fix: a typo", Map.of("api.txt", "x!\n"))
                    .push("refs/heads/main", "refs/heads/develop", "refs/tags/v2.2.0");
            String featureX = repo.commitId("develop~2");
            InMemoryHosting hosting = new InMemoryHosting();
            List<ReleaseEvent> events = new ArrayList<>();
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {
                ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(hosting).clock(repo.clock())
                        .identity(TestIdentities.RELEASE_BOT).listener(events::add).build();

                // when: prepare v2.3.0
                PreparedRelease prepared = flow.prepare().call();

                // then: the tag and the branch exist on origin, pushed before the pull request was opened
                assertThat(prepared.version()).isEqualTo(Version.of(2, 3, 0));
                assertThat(prepared.choice().reason()).isEqualTo("2.2.0 → 2.3.0: minor increment (default at prepare)");
                assertThat(repo.originRefs()).containsKeys("refs/heads/release/v2.3.0", "refs/tags/v2.3.0",
                        "refs/release-rules/cutoff/v2.3.0");
                List<PlannedAction> plan = prepared.plan().actions();
                assertThat(plan.indexOf(plan.stream().filter(a -> a instanceof PlannedAction.Push).findFirst().orElseThrow()))
                        .isLessThan(plan.indexOf(plan.stream().filter(a -> a instanceof PlannedAction.OpenPullRequest)
                                .findFirst().orElseThrow()));
                PullRequest releasePr = hosting.findPullRequest(prepared.pullRequest()).orElseThrow();
                assertThat(releasePr.head()).isEqualTo("release/v2.3.0");
                assertThat(releasePr.base()).isEqualTo("main");
                assertThat(releasePr.labels()).containsExactlyInAnyOrder("release", "automated");
                assertThat(releasePr.body()).contains("FEATURE CUTOFF ACTIVE").contains("Expected completion");
                assertThat(source.readFile("v2.3.0", "version.txt")).contains("2.3.0\n");
                String changelog = source.readFile("v2.3.0", "CHANGELOG.md").orElseThrow();
                assertThat(changelog).startsWith("# Changelog").contains("feature X").contains("BREAKING CHANGES")
                        .contains("## 2.2.0 (2024-01-01)");
                assertThat(changelog.indexOf("2.3.0")).isLessThan(changelog.indexOf("## 2.2.0"));
                assertThat(events).extracting(ReleaseEvent::type)
                        .containsExactly(EventType.RELEASE_PREPARED, EventType.FEATURE_CUTOFF);
                ReleaseEvent.ReleasePrepared preparedEvent = (ReleaseEvent.ReleasePrepared) events.get(0);
                assertThat(Duration.between(preparedEvent.time(), preparedEvent.targetTime())).isEqualTo(Duration.ofHours(8));

                // when: feature Z lands on develop after the cutoff
                repo.commit("feat: feature Z", Map.of("z.txt", "z\n")).push("refs/heads/develop");
                String featureZ = repo.head();
                CutoffReport cutoff = flow.cutoff().release(Version.of(2, 3, 0)).call();

                // then: Z is not in v2.3.0, X is
                assertThat(cutoff.isInRelease(featureX)).isTrue();
                assertThat(cutoff.isInRelease(featureZ)).isFalse();
                assertThat(cutoff.isAfterCutoff(featureZ)).isTrue();
                assertThat(cutoff.inRelease()).hasSize(3);

                // staging of the release branch gets an rc version from the clock
                StagingDecision staging = flow.staging().branch("release/v2.3.0").call();
                assertThat(staging).isInstanceOfSatisfying(StagingDecision.Deploy.class, d ->
                        assertThat(d.stagingVersion()).isPreRelease().isLessThan("2.3.0").isGreaterThan("2.2.0"));

                // when: the release pull request is merged into main with a merge commit
                repo.checkout("main").merge("release/v2.3.0", "Merge pull request #1 from release/v2.3.0")
                        .push("refs/heads/main");
                PullRequest merged = hosting.merge(releasePr.number(), "alice", PullRequest.MergeMethod.MERGE_COMMIT);
                PostMergeDecision first = flow.postMerge().pullRequest(merged).call();

                // then: production is triggered once, on the tag; a second process is refused
                assertThat(first).isInstanceOf(PostMergeDecision.Triggered.class);
                assertThat(hosting.triggers()).containsExactly(new WorkflowTrigger("release.yaml", "v2.3.0",
                        Map.of("tag", "v2.3.0", "version", "2.3.0")));
                try (TempGitRepository otherRunner = repo.cloneOrigin();
                        SourceRepository otherSource = GitRepositories.open(otherRunner.workTree())) {
                    ReleaseFlow otherFlow = ReleaseFlow.builder().repository(otherSource).hosting(hosting).build();
                    assertThat(otherFlow.postMerge().pullRequest(merged).call())
                            .isInstanceOf(PostMergeDecision.AlreadyTriggered.class);
                }
                assertThat(flow.postMerge().pullRequest(merged).call()).isInstanceOf(PostMergeDecision.AlreadyTriggered.class);
                assertThat(hosting.triggers()).hasSize(1);

                // validate passes for the tag, and fails naming the file when version.txt at a tag is tampered
                assertThat(flow.validate().tag("v2.3.0").version("2.3.0").call()).isOk();
                repo.branch("tampered", "v2.3.0").checkout("tampered")
                        .commit("chore: tamper", Map.of("version.txt", "2.3.5\n")).tag("v2.3.4");
                ConsistencyReport tampered = flow.validate().tag("v2.3.4").version("2.3.4").call();
                assertThat(tampered).hasOnlyViolations(Check.VERSION_FILE_MATCHES_TAG)
                        .hasViolationMentioning("version file version.txt at tag \"v2.3.4\" holds 2.3.5");
                assertThat(events).extracting(ReleaseEvent::type).contains(EventType.VALIDATION_FAILED);
                repo.checkout("main");

                // backport brings 2.3.0 and its changelog to develop
                BackportResult backport = flow.backport().call();
                assertThat(backport).isInstanceOf(BackportResult.Created.class);
                BackportResult.Created created = (BackportResult.Created) backport;
                assertThat(created.branch()).isEqualTo("backport/v2.3.0-to-develop");
                assertThat(repo.originRefs()).containsKey("refs/heads/backport/v2.3.0-to-develop");
                assertThat(source.readFile(created.mergeCommit(), "version.txt")).contains("2.3.0\n");
                assertThat(source.readFile(created.mergeCommit(), "CHANGELOG.md").orElseThrow()).contains("feature X");
                assertThat(source.readFile(created.mergeCommit(), "z.txt")).contains("z\n");
                assertThat(hosting.findPullRequest(created.pullRequest()).orElseThrow().labels())
                        .containsExactlyInAnyOrder("backport", "automated", "auto-merge");

                // a backport head commit on develop does not deploy to staging again
                repo.checkout("develop").merge("backport/v2.3.0-to-develop",
                        "Merge pull request #2 from backport/v2.3.0-to-develop").push("refs/heads/develop");
                StagingDecision developStaging = flow.staging().branch("develop").call();
                assertThat(developStaging).isInstanceOfSatisfying(StagingDecision.Skip.class, s ->
                        assertThat(s.reason()).contains("backport (R-S1)"));

                // hotfix 2.3.1 from main
                PreparedRelease hotfix = flow.hotfix().call();
                assertThat(hotfix.version()).isEqualTo(Version.of(2, 3, 1));
                assertThat(hotfix.branch()).isEqualTo("hotfix/v2.3.1");
                assertThat(repo.originRefs()).containsKeys("refs/heads/hotfix/v2.3.1", "refs/tags/v2.3.1");
                PullRequest hotfixPr = hosting.findPullRequest(hotfix.pullRequest()).orElseThrow();
                assertThat(hotfixPr.title()).contains("[HOTFIX]");
                assertThat(hotfixPr.labels()).contains("hotfix", "priority:critical");
                ReleaseEvent last = events.get(events.size() - 1);
                assertThat(last.type()).isEqualTo(EventType.HOTFIX_CREATED);
                assertThat(last.priority()).isEqualTo(Priority.URGENT);
                assertThat(Duration.between(hotfix.expectedCompletion().minus(Duration.ofHours(2)), last.time())).isZero();
            }
        }
    }
}
