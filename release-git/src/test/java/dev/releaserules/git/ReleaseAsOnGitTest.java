package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.Rule;
import dev.releaserules.core.changelog.ChangelogPreset;
import dev.releaserules.core.commit.BumpRecommendation;
import dev.releaserules.core.commit.BumpRules;
import dev.releaserules.core.commit.ReleaseAs;
import dev.releaserules.core.commit.ReleaseAsException;
import dev.releaserules.core.flow.ReleaseHistory;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import dev.releaserules.testkit.git.TempGitRepository;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReleaseAsOnGitTest {

    /** v1.2.0, then a fix, a chore with the footer, and a feature after it. */
    private static TempGitRepository withFooter(String version) {
        return TempGitRepository.builder().initialBranch("main").build()
                .commit("feat: first", Map.of("a", "1")).tag("v1.2.0")
                .commit("fix: cart total", Map.of("a", "2"))
                .commit("chore: release " + version + "\n\nRelease-As: " + version, Map.of("b", "1"))
                .commit("feat: search", Map.of("a", "3"));
    }

    @Test
    @DisplayName("R-V2 a Release-As footer in the range sets the next version, and the reasons name its commit")
    void the_footer_sets_the_next_version() {
        try (TempGitRepository repo = withFooter("3.0.0");
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            String footerCommit = repo.commitId("HEAD~1");
            ReleaseHistory history = ReleaseHistory.builder().repository(source).build();

            BumpRecommendation next = history.recommendNext(ChangelogPreset.RELEASE_PLEASE.bumpRules(), "HEAD");

            assertThat(next.nextVersion()).isEqualTo(Version.parse("3.0.0"));
            assertThat(next.increment()).contains(Increment.MAJOR);
            assertThat(next.releaseAs()).map(ReleaseAs::commit).map(c -> c.id()).contains(footerCommit);
            assertThat(next.explain()).isEqualTo("1.2.0 → 3.0.0 (Release-As in " + footerCommit.substring(0, 7)
                    + "): 1 feature, 1 fix");
            assertThat(history.recommendNext(BumpRules.defaults(), "HEAD").nextVersion())
                    .isEqualTo(Version.parse("1.3.0"));
        }
    }

    @Test
    @DisplayName("R-V2 a Release-As footer not above the newest release is refused, naming the commit and both versions")
    void a_footer_below_the_release_is_refused() {
        try (TempGitRepository repo = withFooter("1.1.0");
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            String footerCommit = repo.commitId("HEAD~1");
            ReleaseHistory history = ReleaseHistory.builder().repository(source).build();

            assertThatThrownBy(() -> history.recommendNext(BumpRules.releasePlease(), "HEAD"))
                    .isInstanceOfSatisfying(ReleaseAsException.class, e -> {
                        assertThat(e.rule()).isEqualTo(Rule.R_V2);
                        assertThat(e.commitId()).isEqualTo(footerCommit);
                        assertThat(e.requested()).isEqualTo(Version.parse("1.1.0"));
                        assertThat(e.current()).isEqualTo(Version.parse("1.2.0"));
                    })
                    .hasMessageContaining(footerCommit.substring(0, 7)).hasMessageContaining("1.1.0")
                    .hasMessageContaining("1.2.0");
        }
    }
}
