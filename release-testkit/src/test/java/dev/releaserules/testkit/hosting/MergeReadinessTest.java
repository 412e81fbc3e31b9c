package dev.releaserules.testkit.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.hosting.ChecksState;
import dev.releaserules.core.hosting.HotfixApproval;
import dev.releaserules.core.hosting.HotfixApprovers;
import dev.releaserules.core.hosting.MergeReadiness;
import dev.releaserules.core.hosting.Mergeability;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.Review;
import dev.releaserules.testkit.repository.InMemorySourceRepository;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Merge readiness of a release pull request and hotfix approvals, read through the hosting port. */
class MergeReadinessTest {
    private final InMemoryHosting hosting = new InMemoryHosting();
    private final ReleaseFlow flow = ReleaseFlow.builder().repository(InMemorySourceRepository.init("main"))
            .hosting(hosting).build();

    private int releasePullRequest() {
        return hosting.openPullRequest(new NewPullRequest("🚀 Release v2.3.0", "", "release/v2.3.0", "main",
                Set.of("release", "automated"))).number();
    }

    @Test
    @DisplayName("R-MR a fresh release pull request lists everything it still needs: QA approval, checks, "
            + "mergeability, staging")
    void a_fresh_pull_request_lists_everything_missing() {
        int number = releasePullRequest();

        MergeReadiness readiness = flow.mergeReadiness(number, MergeReadiness.Policy.defaults());

        assertThat(readiness.isReady()).isFalse();
        assertThat(readiness.missing()).containsExactly("an approving review (QA)",
                "passing checks (still running or none reported)",
                "a known mergeability (the host has not computed it yet; ask again)",
                "staging validated (label staging-validated)");
    }

    @Test
    @DisplayName("R-MR QA's approval, green checks, no conflicts and the staging label make it ready; a later "
            + "request for changes takes the approval back")
    void ready_when_everything_is_in() {
        int number = releasePullRequest();
        MergeReadiness.Policy policy = MergeReadiness.Policy.defaults().withQaReviewers(Set.of("@qa-lead"));
        hosting.review(number, "@dev", Review.State.APPROVED);
        hosting.status(number, Mergeability.MERGEABLE, ChecksState.PASSING);
        hosting.addLabels(number, List.of("staging-validated"));

        assertThat(flow.mergeReadiness(number, policy).missing())
                .containsExactly("an approving review from QA (@qa-lead)");

        hosting.review(number, "@QA-Lead", Review.State.APPROVED);
        MergeReadiness ready = flow.mergeReadiness(number, policy);
        assertThat(ready.isReady()).isTrue();
        assertThat(ready.qaApprovers()).containsExactly("@QA-Lead");

        hosting.review(number, "@qa-lead", Review.State.CHANGES_REQUESTED);
        hosting.status(number, Mergeability.CONFLICTING, ChecksState.FAILING);
        assertThat(flow.mergeReadiness(number, policy).missing()).containsExactly(
                "an approving review from QA (@qa-lead)", "passing checks (some failed)",
                "no merge conflicts (it conflicts with main)");
    }

    @Test
    @DisplayName("R-HF2 a tech lead and the on-call engineer must both approve, as two people; a comment changes "
            + "nothing")
    void hotfix_approval_needs_two_roles_and_two_people() {
        int number = hosting.openPullRequest(new NewPullRequest("🔥 [HOTFIX] v2.2.1", "", "hotfix/v2.2.1", "main",
                Set.of("hotfix"))).number();
        HotfixApprovers approvers = HotfixApprovers.of(Set.of("@lead", "@both"), Set.of("oncall", "@both"));

        hosting.review(number, "@both", Review.State.APPROVED);
        HotfixApproval one = approvers.check(hosting.reviews(number));
        hosting.review(number, "@oncall", Review.State.APPROVED);
        hosting.review(number, "@oncall", Review.State.COMMENTED);
        HotfixApproval two = approvers.check(hosting.reviews(number));

        assertThat(one.isApproved()).isFalse();
        assertThat(one.missing()).containsExactly("a second person: @both approved as both tech lead and on-call");
        assertThat(two.isApproved()).isTrue();
        assertThat(two.onCall()).containsExactly("@both", "@oncall");
        assertThat(HotfixApprovers.notRequired().check(List.of()).isApproved()).isTrue();
    }

    @Test
    @DisplayName("R-GR the in-memory host keeps one release per tag and refuses a second, as a real host does")
    void one_release_per_tag() {
        hosting.createRelease("v2.3.0", "v2.3.0", "## 2.3.0\n");

        assertThat(hosting.findRelease("v2.3.0")).hasValueSatisfying(r -> assertThat(r.url())
                .isEqualTo("https://host.invalid/releases/tag/v2.3.0"));
        assertThat(hosting.findRelease("v2.4.0")).isEmpty();
        assertThatThrownBy(() -> hosting.createRelease("v2.3.0", "again", "")).isInstanceOf(ReleaseException.class)
                .hasMessage("The tag \"v2.3.0\" has a release already");
    }

    @Test
    @DisplayName("a host without reviews, status or releases refuses, naming what it cannot do")
    void optional_capabilities_refuse_by_default() {
        Hosting minimal = hosting.requiredOperationsOnly();

        assertThatThrownBy(() -> minimal.reviews(1)).isInstanceOf(ReleaseException.class)
                .hasMessage("This code host does not support reading pull request reviews");
        assertThatThrownBy(() -> minimal.findRelease("v1.0.0")).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("finding releases");
        assertThatThrownBy(() -> minimal.createRelease("v1.0.0", "v1.0.0", "")).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("creating releases");
        assertThatThrownBy(() -> minimal.pullRequestStatus(1)).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("checks and mergeability");
    }
}
