package dev.releaserules.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.flow.BranchCleanup.BackportState;
import dev.releaserules.core.flow.BranchCleanupDecision.Condition;
import dev.releaserules.core.spi.PullRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BranchCleanupTest {

    private final BranchNames names = BranchNames.defaults();

    static Stream<Arguments> everyCombination() {
        List<Arguments> cases = new ArrayList<>();
        for (String branch : List.of("release/v2.3.0", "hotfix/v2.3.1")) {
            for (boolean deployed : new boolean[] {false, true}) {
                for (BackportState backport : BackportState.values()) {
                    for (boolean tag : new boolean[] {false, true}) {
                        cases.add(Arguments.of(branch, deployed, backport, tag));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "R-BC {0}: deployed={1}, backport {2}, tag exists={3}")
    @MethodSource("everyCombination")
    @DisplayName("R-BC a branch may be deleted only when deployed, backported and tagged; every unmet condition is listed")
    void every_combination(String branch, boolean deployed, BackportState backport, boolean tag) {
        BranchCleanupDecision decision = BranchCleanup.builder().branch(branch).deployed(deployed).backport(backport)
                .tagExists(tag).build().decide(names);

        List<Condition> expected = new ArrayList<>();
        if (!deployed) {
            expected.add(Condition.DEPLOYED);
        }
        if (backport != BackportState.MERGED) {
            expected.add(Condition.BACKPORT_MERGED);
        }
        if (!tag) {
            expected.add(Condition.TAG_EXISTS);
        }
        assertThat(decision.unmet()).extracting(BranchCleanupDecision.Unmet::condition).isEqualTo(expected);
        assertThat(decision.mayDelete()).isEqualTo(expected.isEmpty());
        assertThat(decision.isOk()).isEqualTo(decision.mayDelete());
    }

    @Test
    @DisplayName("R-BC the refusal names the branch, the tag and every missing step")
    void refusal_message() {
        BranchCleanupDecision decision = BranchCleanup.builder().branch("release/v2.3.0").backport(BackportState.OPEN)
                .build().decide(names);

        assertThatThrownBy(decision::orThrow).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("branch release/v2.3.0 may not be deleted yet: the release of release/v2.3.0 is "
                        + "not deployed yet; the backport pull request of release/v2.3.0 is still open; tag v2.3.0 of "
                        + "release/v2.3.0 does not exist; the branch is the only ref to the released commit");
    }

    @Test
    @DisplayName("R-BC a branch that is not a release or hotfix branch is never cleaned up by this rule")
    void other_branches() {
        BranchCleanupDecision decision = BranchCleanup.builder().branch("feature/login").deployed(true)
                .backport(BackportState.MERGED).tagExists(true).build().decide(names);

        assertThat(decision.mayDelete()).isFalse();
        assertThat(decision.unmet()).singleElement().satisfies(u -> {
            assertThat(u.condition()).isEqualTo(Condition.RELEASE_OR_HOTFIX_BRANCH);
            assertThat(u.message()).isEqualTo(
                    "feature/login is not a release/vX.Y.Z or hotfix/vX.Y.Z branch; only those are cleaned up");
        });
    }

    @Test
    @DisplayName("R-BC the backport state comes from the host's pull request; a done cleanup passes orThrow")
    void backport_state_from_pull_request() {
        PullRequest merged = new PullRequest(9, "🔄 Backport v2.3.0 to develop", "", "backport/v2.3.0-to-develop",
                "develop", Set.of(Labels.BACKPORT), PullRequest.State.MERGED, "bot", PullRequest.MergeMethod.MERGE_COMMIT);
        PullRequest closed = new PullRequest(10, "t", "", "backport/v2.3.0-to-develop", "develop", Set.of(),
                PullRequest.State.CLOSED, "", PullRequest.MergeMethod.NONE);

        BranchCleanupDecision decision = BranchCleanup.builder().branch("hotfix/v2.3.0").deployed(true)
                .backport(BackportState.of(merged)).tagExists(true).build().decide(names);

        assertThat(decision.orThrow()).isSameAs(decision);
        assertThat(BackportState.of(closed)).isEqualTo(BackportState.CLOSED_UNMERGED);
    }
}
