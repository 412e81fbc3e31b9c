package dev.releaserules.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.ReleaseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HostingDefaultsTest {

    /** A host that knows pull requests only, as hosts written before issues existed in the port. */
    private static final class PullRequestsOnly implements Hosting {
        @Override
        public PullRequest openPullRequest(NewPullRequest request) {
            throw new UnsupportedOperationException("not used");
        }

        @Override
        public Optional<PullRequest> findOpenPullRequest(String head, String base) {
            return Optional.empty();
        }

        @Override
        public Optional<PullRequest> findPullRequest(int number) {
            return Optional.empty();
        }

        @Override
        public void addLabels(int number, Collection<String> labels) {
        }

        @Override
        public void triggerWorkflow(String workflow, String ref, Map<String, String> inputs) {
        }

        @Override
        public List<PullRequest> pullRequestsFrom(String head) {
            return List.of();
        }
    }

    @Test
    @DisplayName("R-SR a host without issues refuses every issue query instead of answering none")
    void a_host_without_issues_refuses_to_read_or_write_them() {
        // given
        Hosting host = new PullRequestsOnly();

        // when / then: "none" would make sign-off requests open a second issue
        assertThatThrownBy(() -> host.findIssuesByLabel("release"))
                .isInstanceOf(ReleaseException.class).hasMessage("This code host does not support finding issues by label");
        assertThatThrownBy(() -> host.findIssueByTitle("[Sign-off Required] api - rel-2024-01-15-001"))
                .isInstanceOf(ReleaseException.class).hasMessage("This code host does not support finding issues by title");
        assertThatThrownBy(() -> host.comments(1))
                .isInstanceOf(ReleaseException.class).hasMessage("This code host does not support reading comments");
        assertThatThrownBy(host::pullRequests)
                .isInstanceOf(ReleaseException.class).hasMessage("This code host does not support listing every pull request");
        assertThatThrownBy(() -> host.openIssue(new NewIssue("t", "", List.of("release"))))
                .isInstanceOf(ReleaseException.class).hasMessage("This code host does not support opening issues");
        assertThatThrownBy(() -> host.addComment(1, "hi"))
                .isInstanceOf(ReleaseException.class).hasMessage("This code host does not support adding comments");
    }

    @Test
    void issue_values_validate_and_keep_labels_once_in_order() {
        // when
        NewIssue request = new NewIssue("title", "body", List.of("release", "api", "release"));
        Issue issue = new Issue(3, "title", "body", request.labels(), Issue.State.OPEN);

        // then
        assertThat(request.labels()).containsExactly("release", "api");
        assertThat(issue.hasLabel("api")).isTrue();
        assertThatThrownBy(() -> new Issue(0, "t", "", List.of(), Issue.State.OPEN))
                .hasMessage("Invalid issue number \"0\": expected a positive number");
        assertThatThrownBy(() -> new NewIssue("t", "", List.of(" ")))
                .hasMessage("Invalid label \" \": expected a non-blank text");
        assertThatThrownBy(() -> new Comment(1, " ", "", java.time.Instant.EPOCH))
                .hasMessage("Invalid author \" \": expected a non-blank text");
    }
}
