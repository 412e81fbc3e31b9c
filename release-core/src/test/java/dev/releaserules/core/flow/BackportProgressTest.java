package dev.releaserules.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.version.Version;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The backport resume decision, on facts alone: no repository. */
class BackportProgressTest {
    private static final String ID = "d".repeat(40);

    private static BackportFacts facts(Optional<PullRequest> pr, Optional<BackportFacts.Leftover> leftover) {
        return new BackportFacts(Version.parse("2.3.0"), "v2.3.0", "backport/v2.3.0-to-develop", "origin", pr, leftover);
    }

    @Test
    @DisplayName("R-S1 a first backport creates, merges, pushes and opens its pull request")
    void first_run() {
        assertThat(BackportProgress.decide(facts(Optional.empty(), Optional.empty())))
                .isEqualTo(new BackportProgress(false, true, true));
    }

    @Test
    @DisplayName("R-S1 an existing backport pull request means nothing is left to do")
    void already_created() {
        PullRequest pr = new PullRequest(9, "t", "", "backport/v2.3.0-to-develop", "develop", Set.of(),
                PullRequest.State.OPEN, "", PullRequest.MergeMethod.NONE);
        assertThat(BackportProgress.decide(facts(Optional.of(pr), Optional.empty())).alreadyCreated()).isTrue();
    }

    @Test
    @DisplayName("R-S1 a leftover branch resumes: pushed only when it is not on the remote yet")
    void resumes_from_leftover() {
        assertThat(BackportProgress.decide(facts(Optional.empty(),
                Optional.of(new BackportFacts.Leftover(ID, false, true, true))))).isEqualTo(new BackportProgress(false, false, true));
        assertThat(BackportProgress.decide(facts(Optional.empty(),
                Optional.of(new BackportFacts.Leftover(ID, true, true, true))))).isEqualTo(new BackportProgress(false, false, false));
    }

    @Test
    @DisplayName("R-S1 a leftover not fetched here, or without the tag, is refused and nothing changes")
    void refuses_foreign_or_unfetched() {
        assertThatThrownBy(() -> BackportProgress.decide(facts(Optional.empty(),
                Optional.of(new BackportFacts.Leftover(ID, true, false, false)))))
                .isInstanceOfSatisfying(RepositoryException.class,
                        e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_NOT_FOUND))
                .hasMessage(FlowMessages.backportBranchNotFetched("backport/v2.3.0-to-develop", "origin", ID));
        assertThatThrownBy(() -> BackportProgress.decide(facts(Optional.empty(),
                Optional.of(new BackportFacts.Leftover(ID, false, true, false)))))
                .isInstanceOfSatisfying(RepositoryException.class,
                        e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_EXISTS))
                .hasMessage(FlowMessages.foreignBackportBranch("backport/v2.3.0-to-develop", "here", "v2.3.0"));
    }
}
