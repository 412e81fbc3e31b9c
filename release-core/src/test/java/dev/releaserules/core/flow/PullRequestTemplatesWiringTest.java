package dev.releaserules.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.MergeOutcome;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Prepare, hotfix and backport open their pull requests from the configured templates. The ports are
 * Mockito mocks: release-core has no real implementation of them; the commands run against real git
 * repositories in release-git.
 */
class PullRequestTemplatesWiringTest {

    private static final String DEVELOP = "d".repeat(40);
    private static final String MAIN = "e".repeat(40);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-18T10:00:00Z"), ZoneOffset.UTC);

    private final SourceRepository repository = mock(SourceRepository.class);
    private final Hosting hosting = mock(Hosting.class);

    PullRequestTemplatesWiringTest() {
        when(repository.isClean()).thenReturn(true);
        when(repository.requireCommit(anyString())).thenCallRealMethod();
        when(repository.findCommit(anyString())).thenReturn(Optional.empty());
        when(repository.findCommit("develop")).thenReturn(Optional.of(DEVELOP));
        when(repository.findCommit("main")).thenReturn(Optional.of(MAIN));
        when(repository.findCommit("refs/heads/develop")).thenReturn(Optional.of(DEVELOP));
        when(repository.findCommit("refs/heads/main")).thenReturn(Optional.of(MAIN));
        when(repository.readFile("develop", "version.txt")).thenReturn(Optional.of("2.1.1\n"));
        when(repository.readFile("main", "version.txt")).thenReturn(Optional.of("2.2.0\n"));
        when(repository.log(any(CommitRange.class))).thenReturn(List.of(Commit.of("a".repeat(40), "feat: add export")));
        when(repository.commit(anyString(), any(), anyString(), any(), any())).thenReturn("f".repeat(40));
        when(repository.merge(anyString(), anyString(), anyString(), any(), any()))
                .thenReturn(new MergeOutcome.Merged("c".repeat(40)));
        when(hosting.openPullRequest(any())).thenAnswer(call -> {
            NewPullRequest pr = call.getArgument(0);
            return new PullRequest(42, pr.title(), pr.body(), pr.head(), pr.base(), pr.labels(),
                    PullRequest.State.OPEN, "", PullRequest.MergeMethod.NONE);
        });
    }

    private ReleaseFlow flow(QuickReleaseRules rules) {
        return ReleaseFlow.builder().repository(repository).hosting(hosting).rules(rules).clock(CLOCK).build();
    }

    private NewPullRequest opened() {
        ArgumentCaptor<NewPullRequest> captor = ArgumentCaptor.forClass(NewPullRequest.class);
        verify(hosting).openPullRequest(captor.capture());
        return captor.getValue();
    }

    @Test
    @DisplayName("R-T1 prepare opens the release pull request with the default template and the release's changelog")
    void prepare_uses_default_templates() {
        PreparedRelease prepared = flow(QuickReleaseRules.defaults()).prepare().from("develop").call();

        NewPullRequest pr = opened();
        assertThat(pr.title()).isEqualTo("🚀 Release v2.2.0");
        assertThat(pr.body()).startsWith("""
                ✅ Tag v2.2.0 created
                ✅ Snapshot of develop at: 2025-01-18 10:00:00 UTC (ddddddd)

                ⚠️ FEATURE CUTOFF ACTIVE
                Features merged to develop AFTER this snapshot → v2.3.0
                """)
                .contains("Expected completion: 2025-01-18 18:00:00 UTC (8h)\n\n" + prepared.releaseNotes().strip())
                .contains("add export");
        assertThat(pr.labels()).containsExactlyInAnyOrder(Labels.RELEASE, Labels.AUTOMATED);
    }

    @Test
    @DisplayName("R-V4 hotfix opens its pull request with the configured hotfix templates")
    void hotfix_uses_configured_templates() {
        QuickReleaseRules rules = QuickReleaseRules.builder().pullRequests(PullRequestTemplates.builder()
                .hotfixTitle("[HOTFIX] {version} from {source}").hotfixBody("Due {expectedCompletion}").build())
                .build();

        flow(rules).hotfix().call();

        NewPullRequest pr = opened();
        assertThat(pr.title()).isEqualTo("[HOTFIX] 2.2.1 from main");
        assertThat(pr.body()).isEqualTo("Due 2025-01-18 12:00:00 UTC\n");
        assertThat(pr.labels()).contains(Labels.HOTFIX, Labels.PRIORITY_CRITICAL);
    }

    @Test
    @DisplayName("R-M1 backport opens its pull request with the configured backport templates")
    void backport_uses_configured_templates() {
        QuickReleaseRules rules = QuickReleaseRules.builder().pullRequests(PullRequestTemplates.builder()
                .backportTitle("Backport {version}").backportBody("{branch} → {target}").build()).build();

        flow(rules).backport().version(Version.of(2, 2, 0)).call();

        NewPullRequest pr = opened();
        assertThat(pr.title()).isEqualTo("Backport 2.2.0");
        assertThat(pr.body()).isEqualTo("backport/v2.2.0-to-develop → develop\n");
        assertThat(pr.labels()).isEqualTo(Set.of(Labels.BACKPORT, Labels.AUTOMATED, Labels.AUTO_MERGE));
    }
}
