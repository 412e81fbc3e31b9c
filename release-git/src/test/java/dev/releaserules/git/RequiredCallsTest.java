package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.flow.ReleaseHistory;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.hosting.InMemoryHosting;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A builder or command missing a required input says which call sets it (README: "call .by(user) first"). */
class RequiredCallsTest {

    @Test
    void builders_name_the_missing_repository_call() {
        assertThatThrownBy(() -> ReleaseFlow.builder().build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid repository \"\": expected a value: call .repository(sourceRepository) before .build()");
        assertThatThrownBy(() -> ReleaseHistory.builder().build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid repository \"\": expected a value: call .repository(sourceRepository) before .build()");
    }

    @Test
    void commands_name_the_missing_call() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: first", Map.of("version.txt", "1.0.0\n")).push("refs/heads/main");
            try (SourceRepository source = GitRepositories.open(repo.workTree())) {
                ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(new InMemoryHosting()).build();

                // when / then
                assertThatThrownBy(() -> flow.validate().version("1.0.0").call())
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessage("Invalid tag \"\": expected a value: call .tag(name) before .call()");
                assertThatThrownBy(() -> flow.validate().tag("v1.0.0").call())
                        .hasMessage("Invalid version \"\": expected a value: call .version(requested) before .call()");
                assertThatThrownBy(() -> flow.cutoff().call())
                        .hasMessage("Invalid version \"\": expected a value: call .release(version) before .call()");
                assertThatThrownBy(() -> flow.cleanup().call())
                        .hasMessage("Invalid branch \"\": expected a value: call .branch(name) before .call()");
                assertThatThrownBy(() -> flow.postMerge().call())
                        .hasMessage("Invalid pull request \"\": expected a value: call .pullRequest(pr) or"
                                + " .pullRequest(number) before .call()");
            }
        }
    }
}
