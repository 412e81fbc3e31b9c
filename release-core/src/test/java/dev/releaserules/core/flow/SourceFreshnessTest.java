package dev.releaserules.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The feature cutoff is the team's develop: a stale, diverged or unfetched one is refused (R-B2). */
class SourceFreshnessTest {
    private static final String HERE = "a".repeat(40);
    private static final String THERE = "b".repeat(40);

    private static SourceFreshness of(Optional<String> onRemote, boolean fetched, boolean localInRemote,
            boolean remoteInLocal) {
        return new SourceFreshness("develop", "origin", HERE, onRemote, fetched, localInRemote, remoteInLocal);
    }

    @Test
    @DisplayName("R-B2 the same commit, a branch only here, or a local branch ahead of origin is cut from")
    void fresh_branches_pass() {
        assertThatCode(() -> of(Optional.of(HERE), true, true, true).requireFresh()).doesNotThrowAnyException();
        assertThatCode(() -> of(Optional.empty(), false, false, false).requireFresh()).doesNotThrowAnyException();
        assertThatCode(() -> of(Optional.of(THERE), true, false, true).requireFresh()).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R-B2 a develop behind origin/develop is refused, naming both commits and what to do")
    void behind_is_refused() {
        assertThatThrownBy(() -> of(Optional.of(THERE), true, true, false).requireFresh())
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(Rule.R_B2))
                .hasMessage("R-B2: " + FlowMessages.sourceBehind("develop", "origin", HERE, THERE));
    }

    @Test
    @DisplayName("R-B2 a diverged develop, or an origin/develop not fetched here, is refused")
    void diverged_or_unfetched_is_refused() {
        assertThatThrownBy(() -> of(Optional.of(THERE), true, false, false).requireFresh())
                .hasMessage("R-B2: " + FlowMessages.sourceDiverged("develop", "origin", HERE, THERE));
        assertThatThrownBy(() -> of(Optional.of(THERE), false, false, false).requireFresh())
                .hasMessage("R-B2: " + FlowMessages.sourceNotFetched("develop", "origin", THERE));
    }
}
