package dev.releaserules.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.PullRequest.MergeMethod;
import dev.releaserules.core.spi.SourceRepository;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The merge-method check of post-merge. The repository and host are Mockito mocks: release-core has
 * no real implementation of its ports, and the command only reads three refs here; the whole
 * command runs against real git repositories in release-git.
 */
class PostMergeMergeMethodTest {

    private final SourceRepository repository = mock(SourceRepository.class);
    private final Hosting hosting = mock(Hosting.class);

    PostMergeMergeMethodTest() {
        when(repository.findCommit(anyString())).thenReturn(Optional.empty());
        when(repository.findCommit("refs/tags/v2.3.0")).thenReturn(Optional.of("a".repeat(40)));
        when(repository.remoteRefs("origin")).thenReturn(Map.of());
    }

    private static PullRequest merged(MergeMethod method) {
        return new PullRequest(123, "🚀 Release v2.3.0", "", "release/v2.3.0", "main", Set.of(Labels.RELEASE),
                PullRequest.State.MERGED, "alice", method);
    }

    private ReleaseFlow flow() {
        return ReleaseFlow.builder().repository(repository).hosting(hosting).build();
    }

    @ParameterizedTest(name = "R-T3 merged by {0}: triggered with a warning naming the pull request and the method")
    @EnumSource(value = MergeMethod.class, names = {"SQUASH", "REBASE"})
    @DisplayName("R-T3 a release pull request squashed or rebased still triggers, with a warning")
    void warns_without_merge_commit(MergeMethod method) {
        PostMergeDecision decision = flow().postMerge().pullRequest(merged(method)).dryRun(true).call();

        assertThat(decision).isInstanceOfSatisfying(PostMergeDecision.Triggered.class, triggered -> {
            assertThat(triggered.mergeMethod()).isEqualTo(method);
            assertThat(triggered.mergeMethodWarning()).hasValueSatisfying(warning -> {
                assertThat(warning.pullRequest()).isEqualTo(123);
                assertThat(warning.mergeMethod()).isEqualTo(method);
                assertThat(warning.message()).startsWith("R-T3: release pull request #123 (v2.3.0) was merged by "
                        + method.name().toLowerCase(java.util.Locale.ROOT) + ", not with a merge commit");
            });
        });
    }

    @Test
    @DisplayName("R-T3 the squash warning in full")
    void squash_message() {
        PostMergeDecision.Triggered triggered = (PostMergeDecision.Triggered) flow().postMerge()
                .pullRequest(merged(MergeMethod.SQUASH)).dryRun(true).call();

        assertThat(triggered.mergeMethodWarning().orElseThrow().message()).isEqualTo("R-T3: release pull request "
                + "#123 (v2.3.0) was merged by squash, not with a merge commit: the production branch does not contain "
                + "the tagged commit v2.3.0, and later ranges (the backport, the next changelog) see the release's "
                + "changes again as a copy. The release was triggered; merge release pull requests with a merge commit");
    }

    @ParameterizedTest(name = "R-T3 merged by {0}: no warning")
    @EnumSource(value = MergeMethod.class, names = {"MERGE_COMMIT", "NONE"})
    @DisplayName("R-T3 a merge commit, or a host that does not report the method, gives no warning")
    void no_warning(MergeMethod method) {
        PostMergeDecision decision = flow().postMerge().pullRequest(merged(method)).dryRun(true).call();

        assertThat(decision).isInstanceOfSatisfying(PostMergeDecision.Triggered.class,
                triggered -> assertThat(triggered.mergeMethodWarning()).isEmpty());
    }

    @Test
    @DisplayName("R-T3 a squashed release pull request still triggers the production workflow once")
    void squashed_still_triggers() {
        PostMergeDecision decision = flow().postMerge().pullRequest(merged(MergeMethod.SQUASH)).call();

        assertThat(decision.triggered()).isTrue();
        assertThat(((PostMergeDecision.Triggered) decision).mergeMethodWarning()).isPresent();
        verify(repository).createRef("refs/release-rules/triggered/v2.3.0", "a".repeat(40));
        verify(repository).push(any(), anyList(), org.mockito.ArgumentMatchers.eq(true));
        verify(hosting).triggerWorkflow("release.yaml", "v2.3.0", Map.of("tag", "v2.3.0", "version", "2.3.0"));
    }
}
