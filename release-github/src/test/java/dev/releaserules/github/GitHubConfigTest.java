package dev.releaserules.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GitHubConfigTest {

    @Test
    @DisplayName("fromEnvironment reads what Actions sets, GitHub Enterprise Server's API base included")
    void reads_the_actions_environment() {
        GitHubConfig config = GitHubConfig.fromEnvironment(Map.of("GITHUB_TOKEN", "ghs_abc123",
                "GITHUB_REPOSITORY", "octo-org/shop", "GITHUB_API_URL", "https://github.example.com/api/v3"));

        assertThat(config.owner()).isEqualTo("octo-org");
        assertThat(config.repo()).isEqualTo("shop");
        assertThat(config.apiBase()).isEqualTo(URI.create("https://github.example.com/api/v3"));
        assertThat(config.toString()).doesNotContain("ghs_abc123").contains("token=***");
        assertThat(GitHubHosting.create(config).graphqlUri()).isEqualTo(URI.create("https://github.example.com/api/graphql"));
    }

    @Test
    @DisplayName("GH_TOKEN is taken when GITHUB_TOKEN is not set; api.github.com is the default")
    void falls_back_to_gh_token() {
        GitHubConfig config = GitHubConfig.fromEnvironment(Map.of("GH_TOKEN", "ghp_x", "GITHUB_REPOSITORY", "a/b"));

        assertThat(config.apiBase()).isEqualTo(GitHubConfig.DEFAULT_API_BASE);
        assertThat(GitHubHosting.create(config).graphqlUri()).isEqualTo(URI.create("https://api.github.com/graphql"));
    }

    @Test
    @DisplayName("every missing variable is named at once")
    void names_every_missing_variable() {
        assertThatThrownBy(() -> GitHubConfig.fromEnvironment(Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("GITHUB_TOKEN (or GH_TOKEN), GITHUB_REPOSITORY");
        assertThatThrownBy(() -> GitHubConfig.fromEnvironment(Map.of("GITHUB_REPOSITORY", "a/b")))
                .hasMessageContaining("GITHUB_TOKEN (or GH_TOKEN)").hasMessageNotContaining("GITHUB_REPOSITORY,");
    }

    @Test
    @DisplayName("bad repository, API base, token and limits are refused naming the input, never quoting the token")
    void refuses_bad_values() {
        assertThatThrownBy(() -> GitHubConfig.builder().repository("just-a-name"))
                .hasMessageStartingWith("Invalid repository \"just-a-name\": expected owner/name");
        assertThatThrownBy(() -> GitHubConfig.fromEnvironment(Map.of("GITHUB_TOKEN", "t", "GITHUB_REPOSITORY", "a/b",
                "GITHUB_API_URL", "ftp://example.com")))
                .hasMessageStartingWith("Invalid GITHUB_API_URL \"ftp://example.com\"");
        assertThatThrownBy(() -> GitHubConfig.builder().token("has space secret"))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining("secret");
        assertThatThrownBy(() -> GitHubConfig.builder().bodyTimeout(Duration.ZERO))
                .hasMessageContaining("a positive duration");
        assertThatThrownBy(() -> GitHubConfig.builder().maxPages(0)).hasMessageContaining("1 to 1000");
        assertThatThrownBy(() -> GitHubConfig.builder().repository("a/b").build())
                .hasMessageContaining("GITHUB_TOKEN or GH_TOKEN");
    }
}
