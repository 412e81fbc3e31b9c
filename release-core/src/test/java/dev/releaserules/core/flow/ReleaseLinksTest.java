package dev.releaserules.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.event.Links;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReleaseLinksTest {

    @Test
    @DisplayName("R-N2 a GitHub repository's links: pull request, comparison, release page and workflow runs")
    void github_links() {
        ReleaseLinks links = ReleaseLinks.github("https://github.com/acme/shop/");

        assertThat(links.pullRequest(12)).isEqualTo("https://github.com/acme/shop/pull/12");
        assertThat(links.pullRequest(0)).isEmpty();
        assertThat(links.compare("v2.2.0", "v2.3.0")).isEqualTo("https://github.com/acme/shop/compare/v2.2.0...v2.3.0");
        assertThat(links.compare("", "v2.3.0")).isEmpty();
        assertThat(links.release("api@v1.2.3")).isEqualTo("https://github.com/acme/shop/releases/tag/api@v1.2.3");
        assertThat(links.workflow("release.yaml")).isEqualTo("https://github.com/acme/shop/actions/workflows/release.yaml");
        assertThat(ReleaseLinks.none().release("v2.3.0")).isEmpty();
    }

    @Test
    @DisplayName("R-N2 link templates use the one template grammar: an unknown placeholder is refused, naming it")
    void unknown_placeholders_are_refused() {
        assertThatThrownBy(() -> new ReleaseLinks("https://git.example/pr/{id}", "", "", ""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pull request link")
                .hasMessageContaining("{id}");
        assertThatThrownBy(() -> new ReleaseLinks("", "", "ftp://x/{tag}", ""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("release link");
    }

    @Test
    @DisplayName("R-N2 an event's links are http(s) addresses that cannot break out of a chat link")
    void event_links_are_checked() {
        assertThatThrownBy(() -> Links.NONE.withRun("https://x.example/a|b>"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("run link");
        assertThatThrownBy(() -> Links.NONE.withPullRequest("javascript:alert(1)"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(Links.NONE.withCompare("https://x.example/compare/a...b").compare())
                .isEqualTo("https://x.example/compare/a...b");
    }
}
