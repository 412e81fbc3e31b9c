package dev.releaserules.testkit.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.spi.Comment;
import dev.releaserules.core.spi.Issue;
import dev.releaserules.core.spi.NewIssue;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.PullRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryHostingTest {

    private static NewPullRequest release() {
        return new NewPullRequest("Release v2.3.0", "body", "release/v2.3.0", "main", Set.of("release", "automated"));
    }

    @Test
    void numbers_pull_requests_from_one_and_finds_them() {
        // given
        InMemoryHosting hosting = new InMemoryHosting();

        // when
        PullRequest first = hosting.openPullRequest(release());
        PullRequest second = hosting.openPullRequest(
                new NewPullRequest("Backport", "", "backport/v2.3.0-to-develop", "develop", Set.of("backport")));

        // then
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(first.state()).isEqualTo(PullRequest.State.OPEN);
        assertThat(hosting.findOpenPullRequest("release/v2.3.0", "main")).contains(first);
        assertThat(hosting.findPullRequest(2)).contains(second);
        assertThat(hosting.findPullRequest(3)).isEmpty();
        assertThat(hosting.pullRequests()).containsExactly(first, second);
    }

    @Test
    void refuses_a_second_open_pull_request_for_the_same_head_and_base() {
        // given
        InMemoryHosting hosting = new InMemoryHosting();
        hosting.openPullRequest(release());

        // when / then
        assertThatThrownBy(() -> hosting.openPullRequest(release()))
                .isInstanceOf(ReleaseException.class)
                .hasMessage("A pull request from \"release/v2.3.0\" into \"main\" is already open (#1)");
    }

    @Test
    void adds_labels_once() {
        // given
        InMemoryHosting hosting = new InMemoryHosting();
        int number = hosting.openPullRequest(release()).number();

        // when
        hosting.addLabels(number, List.of("release", "priority:critical"));

        // then
        assertThat(hosting.findPullRequest(number).orElseThrow().labels())
                .containsExactlyInAnyOrder("release", "automated", "priority:critical");
        assertThatThrownBy(() -> hosting.addLabels(9, List.of("x")))
                .isInstanceOf(ReleaseException.class).hasMessage("There is no pull request #9");
    }

    @Test
    void merge_records_who_and_how_and_only_from_open() {
        // given
        InMemoryHosting hosting = new InMemoryHosting();
        int number = hosting.openPullRequest(release()).number();

        // when
        PullRequest merged = hosting.merge(number, "@alice", PullRequest.MergeMethod.MERGE_COMMIT);

        // then
        assertThat(merged.isMerged()).isTrue();
        assertThat(merged.mergedBy()).isEqualTo("@alice");
        assertThat(merged.mergeMethod()).isEqualTo(PullRequest.MergeMethod.MERGE_COMMIT);
        assertThat(hosting.findOpenPullRequest("release/v2.3.0", "main")).isEmpty();
        assertThatThrownBy(() -> hosting.close(number))
                .isInstanceOf(ReleaseException.class).hasMessage("Pull request #1 is MERGED, not open");
        assertThatThrownBy(() -> hosting.merge(number, "@bob", PullRequest.MergeMethod.NONE))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void records_workflow_triggers_in_order() {
        // given
        InMemoryHosting hosting = new InMemoryHosting();

        // when
        hosting.triggerWorkflow("production-release.yml", "v2.3.0", Map.of("version", "2.3.0"));
        hosting.triggerWorkflow("staging.yml", "develop", Map.of());

        // then
        assertThat(hosting.triggers()).containsExactly(
                new WorkflowTrigger("production-release.yml", "v2.3.0", Map.of("version", "2.3.0")),
                new WorkflowTrigger("staging.yml", "develop", Map.of()));
    }

    @Test
    void records_issues_and_comments_as_the_bot_or_as_someone() {
        // given
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2024-01-15T09:00:00Z"),
                java.time.ZoneOffset.UTC);
        InMemoryHosting hosting = new InMemoryHosting("@bot", clock);
        hosting.openPullRequest(release());

        // when
        Issue issue = hosting.openIssue(new NewIssue("[Sign-off Required] api - rel-2024-01-15-001", "body",
                List.of("release", "sign-off-required", "api")));
        Comment mine = hosting.addComment(issue.number(), "Reminder");
        Comment alice = hosting.comment(issue.number(), "@alice", "/approve");

        // then
        assertThat(issue.number()).isEqualTo(2);
        assertThat(hosting.findIssueByTitle("[Sign-off Required] api - rel-2024-01-15-001")).contains(issue);
        assertThat(hosting.findIssueByTitle("[sign-off required] api - rel-2024-01-15-001")).isEmpty();
        assertThat(hosting.findIssuesByLabel("api")).containsExactly(issue);
        assertThat(hosting.findIssuesByLabel("portal")).isEmpty();
        assertThat(hosting.comments(issue.number())).containsExactly(mine, alice);
        assertThat(mine.author()).isEqualTo("@bot");
        assertThat(alice.id()).isGreaterThan(mine.id());
        assertThat(alice.at()).isEqualTo(clock.instant());
        assertThat(hosting.issues()).containsExactly(issue);
    }

    @Test
    void closes_issues_and_refuses_unknown_ones() {
        InMemoryHosting hosting = new InMemoryHosting();
        Issue issue = hosting.openIssue(new NewIssue("t", "", List.of()));

        Issue closed = hosting.closeIssue(issue.number());

        assertThat(closed.state()).isEqualTo(Issue.State.CLOSED);
        assertThat(hosting.findIssueByTitle("t")).contains(closed);
        assertThatThrownBy(() -> hosting.closeIssue(issue.number())).isInstanceOf(ReleaseException.class)
                .hasMessage("Issue #1 is closed, not open");
        assertThatThrownBy(() -> hosting.comments(9)).hasMessage("There is no issue #9");
        assertThatThrownBy(() -> hosting.comment(9, "@alice", "/approve")).hasMessage("There is no issue #9");
    }
}
