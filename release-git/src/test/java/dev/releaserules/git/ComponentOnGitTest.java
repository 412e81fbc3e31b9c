package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.changelog.ChangelogPreset;
import dev.releaserules.core.changelog.Entry;
import dev.releaserules.core.commit.BumpRecommendation;
import dev.releaserules.core.commit.BumpRules;
import dev.releaserules.core.flow.Component;
import dev.releaserules.core.flow.ReleaseHistory;
import dev.releaserules.core.spi.PathFilter;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.core.version.Version;
import dev.releaserules.testkit.git.TempGitRepository;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComponentOnGitTest {
    private static final Component API = Component.inDirectory("api", "packages/api",
            TagFormat.withPrefix("").forComponent("api", "@"));
    private static final Component WEB = new Component("web", PathFilter.including("packages/web", "shared/**")
            .excluding("shared/docs/**"), TagFormat.defaults().forComponent("web", "-"), "docs/web-CHANGELOG.md");

    /** Two packages released on their own: api@X.Y.Z and web-vX.Y.Z. */
    private static TempGitRepository monorepo() {
        return TempGitRepository.builder().initialBranch("main").build()
                .commit("feat(api): first", Map.of("packages/api/a", "1")).tag("api@1.0.0")
                .commit("feat(web): first", Map.of("packages/web/a", "1")).tag("web-v1.0.0")
                .commit("fix(api): null id", Map.of("packages/api/a", "2"))
                .commit("feat(web)!: new router\n\nBREAKING CHANGE: routes moved", Map.of("packages/web/a", "2"))
                .commit("docs: shared guide", Map.of("shared/docs/guide.md", "1"))
                .commit("feat: shared button", Map.of("shared/ui/button", "1")).tag("api@1.0.1");
    }

    @Test
    @DisplayName("R-C1 per component: its own releases and notes, from its tags and paths")
    void changelog_per_component() {
        try (TempGitRepository repo = monorepo();
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseHistory api = ReleaseHistory.builder().repository(source).component(API)
                    .changelog(ChangelogPreset.CONVENTIONAL.config()).build();

            assertThat(api.releases()).extracting(ReleaseTag::name).containsExactly("api@1.0.1", "api@1.0.0");
            assertThat(api.latest().orElseThrow().entries()).extracting(Entry::description).containsExactly("null id");
            StringBuilder out = new StringBuilder();
            assertThat(api.writeAll(out)).isEqualTo(2);
            assertThat(out).contains("## 1.0.1", "null id", "## 1.0.0", "first").doesNotContain("router", "button");
            assertThat(API.changelogPath()).isEqualTo("packages/api/CHANGELOG.md");
        }
    }

    @Test
    @DisplayName("R-V2 per component: the next version from its own commits (web: breaking → 2.0.0, api: nothing)")
    void next_version_per_component() {
        try (TempGitRepository repo = monorepo();
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            BumpRecommendation web = ReleaseHistory.builder().repository(source).component(WEB).build()
                    .recommendNext(BumpRules.defaults(), "HEAD");
            BumpRecommendation api = ReleaseHistory.builder().repository(source).component(API).build()
                    .recommendNext(BumpRules.defaults(), "HEAD");

            assertThat(web.nextVersion()).isEqualTo(Version.parse("2.0.0"));
            assertThat(web.drivers()).extracting(r -> r.commit().message().subject())
                    .contains("feat(web)!: new router");
            assertThat(api.increment()).isEmpty();
            assertThat(api.nextVersion()).isEqualTo(Version.parse("1.0.1"));
        }
    }

    @Test
    @DisplayName("R-C1 per component: the upcoming version's section holds its unreleased commits, linked to its next tag")
    void upcoming_per_component() {
        try (TempGitRepository repo = monorepo();
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseHistory web = ReleaseHistory.builder().repository(source).component(WEB)
                    .changelog(ChangelogPreset.RELEASE_PLEASE.config("https://github.com/acme/mono")).build();

            var notes = web.upcoming(Version.parse("2.0.0"), java.time.LocalDate.of(2026, 2, 1), "HEAD");

            assertThat(notes.entries()).extracting(Entry::description).containsExactlyInAnyOrder("new router", "shared button");
            assertThat(notes.compareLink()).contains("https://github.com/acme/mono/compare/web-v1.0.0...web-v2.0.0");
            assertThat(web.renderer().render(notes)).startsWith(
                    "## [2.0.0](https://github.com/acme/mono/compare/web-v1.0.0...web-v2.0.0) (2026-02-01)\n\n\n"
                    + "### \u26a0 BREAKING CHANGES\n\n* **web:** routes moved\n");
        }
    }

    @Test
    @DisplayName("R-C1 a component's name and changelog path are checked, naming the input")
    void component_is_validated() {
        assertThatThrownBy(() -> new Component("my app", PathFilter.all(), TagFormat.defaults(), "CHANGELOG.md"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("my app");
        assertThatThrownBy(() -> new Component("app", PathFilter.all(), TagFormat.defaults(), "../CHANGELOG.md"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("../CHANGELOG.md");
        assertThatThrownBy(() -> new Component("app", PathFilter.all(), TagFormat.defaults(), "/etc/x"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("changelog path");
    }
}
