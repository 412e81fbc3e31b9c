package dev.releaserules.testkit.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
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
}
