package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.flow.ReleaseTags;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.testkit.git.TempGitRepository;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReleaseTagsOnGitTest {

    @Test
    @DisplayName("Lessons: the latest release tag is by precedence; junk, other components and pre-releases do not count")
    void latest_by_precedence_among_messy_tags() {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build()) {
            repo.commit("feat: a", Map.of("a", "1")).tag("v1.9.0").lightweightTag("1.99.0")
                    .commit("feat: b", Map.of("a", "2")).lightweightTag("v1.10.0").tag("latest").tag("v.7.1.0")
                    .tag("api@v9.0.0").tag("temporary-tag")
                    .commit("feat: c", Map.of("a", "3")).tag("v2.0.0-beta.1")
                    // a stable release cut on a branch main does not contain
                    .branch("release/2.x", "HEAD~1").checkout("release/2.x").commit("fix: d", Map.of("b", "1"))
                    .tag("v1.11.0").checkout("main");
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {
                TagFormat format = TagFormat.defaults();

                assertThat(ReleaseTags.latest(source, format, false)).map(ReleaseTag::name).contains("v1.11.0");
                assertThat(ReleaseTags.latest(source, format, true)).map(ReleaseTag::name).contains("v2.0.0-beta.1");
                assertThat(ReleaseTags.latestReachable(source, format, false, "main")).map(ReleaseTag::name)
                        .contains("v1.10.0");
                assertThat(ReleaseTags.all(source, format, false)).extracting(ReleaseTag::name)
                        .containsExactly("v1.11.0", "v1.10.0", "v1.9.0");
                assertThat(ReleaseTags.latest(source, format.forComponent("api"), false)).map(ReleaseTag::name)
                        .contains("api@v9.0.0");
                assertThat(ReleaseTags.latest(source, TagFormat.withPrefix(""), false)).map(ReleaseTag::name)
                        .contains("1.99.0");
            }
        }
    }

    @Test
    @DisplayName("Lessons: newest reads only tag names and resolves only what it returns; a tag on a tree never counts")
    void newest_by_names_skips_tags_that_are_not_commits() {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build()) {
            repo.commit("feat: a", Map.of("a", "1")).tag("v1.0.0")
                    .commit("feat: b", Map.of("a", "2")).tag("v1.1.0").tag("latest")
                    .lightweightTag("v9.0.0", "HEAD^{tree}")
                    .commit("feat: c", Map.of("a", "3")).tag("v1.2.0").tag("v1.3.0-rc.1");
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {
                TagFormat format = TagFormat.defaults();

                assertThat(source.tagNames()).containsExactlyInAnyOrder("v1.0.0", "v1.1.0", "latest", "v9.0.0",
                        "v1.2.0", "v1.3.0-rc.1");
                assertThat(ReleaseTags.newest(source, format, false, 2)).extracting(ReleaseTag::name)
                        .containsExactly("v1.2.0", "v1.1.0");
                assertThat(ReleaseTags.newest(source, format, true, 1)).extracting(ReleaseTag::name)
                        .containsExactly("v1.3.0-rc.1");
                assertThat(ReleaseTags.newest(source, format, false, 10)).extracting(ReleaseTag::name)
                        .containsExactlyElementsOf(ReleaseTags.all(source, format, false).stream()
                                .map(ReleaseTag::name).toList());
                assertThat(ReleaseTags.latest(source, format, false)).map(ReleaseTag::name).contains("v1.2.0");
            }
        }
    }
}
