package dev.releaserules.core.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.version.Version;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DependencyUpdateTest {

    @ParameterizedTest(name = "R-M1 \"{0}\" is {1} → {2}, {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Bump lodash from 4.17.15 to 4.17.21                        | 4.17.15 | 4.17.21 | PATCH
            Bump lodash from 4.17.15 to 4.17.21 in /frontend           | 4.17.15 | 4.17.21 | PATCH
            chore(deps): bump jackson-databind from 2.17.1 to 2.18.0   | 2.17.1  | 2.18.0  | MINOR
            [Security] Bump org.yaml:snakeyaml from 1.33 to 2.0        | 1.33.0  | 2.0.0   | MAJOR
            Bump actions/checkout from v3 to v4                        | 3.0.0   | 4.0.0   | MAJOR
            Update dependency react from 18.2.0 to 18.3.1              | 18.2.0  | 18.3.1  | MINOR
            fix(deps): update module github.com/x/y from v0.3.1 to v0.4.0 | 0.3.1 | 0.4.0  | MAJOR
            Bump tiny from 0.0.3 to 0.0.4                              | 0.0.3   | 0.0.4   | MAJOR
            Bump thing from 1.2.0 to 1.3.0-rc.1                        | 1.2.0   | 1.3.0-rc.1 | UNKNOWN
            Bump thing from 2.0.0 to 1.9.0                             | 2.0.0   | 1.9.0   | UNKNOWN
            """)
    @DisplayName("R-M1 the update and its delta are read from Dependabot and Renovate titles")
    void reads_titles(String title, String from, String to, UpdateDelta delta) {
        DependencyUpdate update = DependencyUpdate.parseTitle(title);

        assertThat(update.from()).isEqualTo(Version.parse(from));
        assertThat(update.to()).isEqualTo(Version.parse(to));
        assertThat(update.delta()).isEqualTo(delta);
    }

    @ParameterizedTest(name = "R-M1 \"{0}\" names no update")
    @ValueSource(strings = {"Update dependency foo to v2", "Bump the npm group with 3 updates",
        "Bump x from abc1234 to def5678", "Fix login", ""})
    @DisplayName("R-M1 titles without both versions give no update, so an unknown delta")
    void titles_without_versions(String title) {
        assertThat(DependencyUpdate.tryParseTitle(title)).isEmpty();
        assertThat(PullRequestFacts.builder().head("h").base("develop").title(title).build().updateDelta())
                .isEqualTo(UpdateDelta.UNKNOWN);
        assertThatThrownBy(() -> DependencyUpdate.parseTitle(title)).isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("expected a title such as \"Bump name from 1.2.3 to 1.3.0\"");
    }

    @Test
    @DisplayName("R-M1 the dependency's name is kept")
    void keeps_name() {
        assertThat(DependencyUpdate.parseTitle("Bump org.yaml:snakeyaml from 1.33 to 2.0").dependency())
                .isEqualTo("org.yaml:snakeyaml");
    }
}
