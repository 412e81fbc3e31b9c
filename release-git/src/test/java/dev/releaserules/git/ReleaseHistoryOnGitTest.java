package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.changelog.ReleaseNotes;
import dev.releaserules.core.flow.ReleaseHistory;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.core.version.Version;
import dev.releaserules.testkit.git.TempGitRepository;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReleaseHistoryOnGitTest {

    /** 1.0.0 (unprefixed, the old convention), v1.1.0, a patch v1.1.1 on a maintenance branch, v1.2.0. */
    private static TempGitRepository history() {
        return TempGitRepository.builder().initialBranch("main").build()
                .commit("feat: first", Map.of("a", "1")).lightweightTag("1.0.0")
                .commit("feat(api): search", Map.of("a", "2"))
                .commit("fix(web): cart", Map.of("b", "1")).tag("v1.1.0")
                .branch("release/1.1", "v1.1.0").checkout("release/1.1")
                .commit("fix(api): patch on the branch", Map.of("c", "1")).tag("v1.1.1").checkout("main")
                .commit("feat(api)!: drop v1\n\nBREAKING CHANGE: gone", Map.of("a", "3")).tag("v1.2.0-rc.1")
                .commit("docs: readme", Map.of("d", "1")).tag("v1.2.0").tag("latest");
    }

    @Test
    @DisplayName("R-C1 every release's notes hold the commits since the release before it by precedence, newest first")
    void whole_history_newest_first() {
        try (TempGitRepository repo = history();
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseHistory history = ReleaseHistory.builder().repository(source)
                    .tagFormats(List.of(TagFormat.defaults(), TagFormat.withPrefix(""))).build();

            assertThat(history.releases()).extracting(ReleaseTag::name).containsExactly("v1.2.0", "v1.1.1", "v1.1.0", "1.0.0");
            StringBuilder out = new StringBuilder();
            assertThat(history.writeAll(out)).isEqualTo(4);

            String markdown = out.toString();
            assertThat(markdown.indexOf("1.2.0")).isLessThan(markdown.indexOf("1.1.1"));
            assertThat(markdown.indexOf("1.1.1")).isLessThan(markdown.indexOf("1.1.0"));
            assertThat(markdown).contains("drop v1", "patch on the branch", "search", "cart", "first");
            ReleaseNotes first = history.notes(history.releases().get(3));
            assertThat(first.version()).isEqualTo(Version.parse("1.0.0"));
            assertThat(first.entries()).hasSize(1);
        }
    }

    @Test
    @DisplayName("R-C1 the latest release's notes: since the previous release by precedence, pre-releases optional")
    void latest_release() {
        try (TempGitRepository repo = history();
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseHistory stable = ReleaseHistory.builder().repository(source).build();
            ReleaseHistory withRc = ReleaseHistory.builder().repository(source).includePreReleases(true).build();

            ReleaseNotes latest = stable.latest().orElseThrow();
            assertThat(latest.version()).isEqualTo(Version.parse("1.2.0"));
            assertThat(latest.previousVersion()).contains(Version.parse("1.1.1"));
            assertThat(latest.breakingChanges()).hasSize(1);
            assertThat(withRc.latest().orElseThrow().previousVersion()).contains(Version.parse("1.2.0-rc.1"));
            StringBuilder out = new StringBuilder();
            assertThat(stable.writeLatest(out)).isEqualTo(1);
            assertThat(out).contains("1.2.0", "drop v1").doesNotContain("cart");
        }
    }

    @Test
    @DisplayName("R-C1 no release tag: no latest notes, nothing written; a tag that is not a release is refused")
    void no_releases() {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build()
                .commit("feat: a", Map.of("a", "1")).tag("latest");
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseHistory history = ReleaseHistory.builder().repository(source).build();

            assertThat(history.latest()).isEmpty();
            assertThat(history.writeAll(new StringBuilder())).isZero();
            assertThat(history.writeLatest(new StringBuilder())).isZero();
            assertThatThrownBy(() -> history.notes(new ReleaseTag("v9.9.9", Version.parse("9.9.9"))))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("v9.9.9");
            assertThatThrownBy(() -> ReleaseHistory.builder().tagFormats(List.of()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one tag format");
            assertThatThrownBy(() -> ReleaseHistory.builder().build())
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("repository");
        }
    }

    @Test
    @DisplayName("R-C1 one release per version when v10.2.3 and 10.2.3 tag the same commit: listed and written once")
    void one_release_per_version() {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build()
                .commit("feat: first", Map.of("a", "1")).tag("v10.2.2")
                .commit("fix: second", Map.of("a", "2")).tag("v10.2.3").lightweightTag("10.2.3");
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseHistory history = ReleaseHistory.builder().repository(source)
                    .tagFormats(List.of(TagFormat.defaults(), TagFormat.withPrefix(""))).build();

            assertThat(history.releases()).extracting(ReleaseTag::name).containsExactly("v10.2.3", "v10.2.2");
            StringBuilder out = new StringBuilder();
            assertThat(history.writeAll(out)).isEqualTo(2);
            assertThat(out.toString().lines().filter(l -> l.startsWith("#") && l.contains("10.2.3")).count())
                    .as("headings of 10.2.3").isEqualTo(1);
            assertThat(history.latest()).get().satisfies(n -> assertThat(n.entries()).hasSize(1));
        }
    }

    @Test
    @DisplayName("R-C1 a package's history keeps every release, even one whose tagged commit touches none of its paths")
    void a_package_keeps_release_boundaries() {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build()
                .commit("feat(vite): first", Map.of("packages/vite/a.txt", "1")).tag("v1.0.0")
                .commit("feat(vite): search", Map.of("packages/vite/b.txt", "1"))
                .commit("docs: the site only", Map.of("docs/index.md", "1")).tag("v1.1.0")
                .commit("fix(create-vite): template", Map.of("packages/create-vite/t.txt", "1"))
                .commit("fix(vite): cart", Map.of("packages/vite/c.txt", "1")).tag("v1.2.0");
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseHistory history = ReleaseHistory.builder().repository(source)
                    .paths(dev.releaserules.core.spi.PathFilter.including("packages/vite")).build();

            assertThat(history.releases()).extracting(ReleaseTag::name).containsExactly("v1.2.0", "v1.1.0", "v1.0.0");
            StringBuilder out = new StringBuilder();
            history.writeAll(out);
            assertThat(out.toString()).contains("search", "cart").doesNotContain("template", "the site only");
            assertThat(history.notes(history.releases().get(1)).entries()).hasSize(1);
        }
    }

    @Test
    @DisplayName("R-V2 a package's next version comes from its own commits and tags only (create-vite@X.Y.Z)")
    void a_package_next_version() {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build()
                .commit("feat: start", Map.of("packages/create-vite/a.txt", "1", "packages/vite/a.txt", "1"))
                .tag("v6.0.0").lightweightTag("create-vite@1.0.0")
                .commit("feat(create-vite): a template", Map.of("packages/create-vite/t.txt", "1"))
                .commit("feat(vite)!: drop node 16", Map.of("packages/vite/b.txt", "1"));
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseHistory createVite = ReleaseHistory.builder().repository(source)
                    .tagFormats(List.of(TagFormat.withPrefix("").forComponent("create-vite", "@")))
                    .paths(dev.releaserules.core.spi.PathFilter.including("packages/create-vite")).build();

            assertThat(createVite.recommendNext(dev.releaserules.core.commit.BumpRules.defaults(), "HEAD").nextVersion())
                    .isEqualTo(Version.parse("1.1.0"));
            ReleaseHistory misconfigured = ReleaseHistory.builder().repository(source)
                    .tagFormats(List.of(TagFormat.defaults().forComponent("create-vite"))).build();
            assertThatThrownBy(misconfigured::releases).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("create-vite@1.0.0 match create-vite@X.Y.Z");
        }
    }
}
