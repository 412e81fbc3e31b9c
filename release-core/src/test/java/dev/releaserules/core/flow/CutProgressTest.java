package dev.releaserules.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.flow.CutProgress.Step;
import dev.releaserules.core.version.Version;
import java.util.EnumSet;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The prepare/hotfix resume decision (R-V3, R-T1), on facts alone: no repository. */
class CutProgressTest {
    private static final String SOURCE = "a".repeat(40);
    private static final String HEAD = "b".repeat(40);
    private static final String CUTOFF = "c".repeat(40);
    private static final Version V = Version.parse("2.3.0");

    private static CutFacts facts(Optional<String> localBranch, Optional<String> localTag, Optional<String> localCutoff,
            Optional<String> versionFile, Optional<String> remoteBranch, boolean remoteTag,
            Optional<Boolean> pullRequest) {
        return new CutFacts(V, "v2.3.0", "release/v2.3.0", "origin", SOURCE, localBranch, localTag, localCutoff,
                versionFile, remoteBranch, remoteTag, Optional.empty(), pullRequest);
    }

    @Test
    @DisplayName("R-B2 R-T1 a first run does every step, with the feature cutoff at the source's head")
    void first_run_does_everything() {
        CutProgress p = CutProgress.decide(facts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty()));

        assertThat(p.remaining()).isEqualTo(EnumSet.allOf(Step.class));
        assertThat(p.cutoffCommit()).isEqualTo(SOURCE);
        assertThat(p.resumed()).isFalse();
    }

    @Test
    @DisplayName("R-V3 a run interrupted after the commit resumes with the tag and the push, at the recorded cutoff")
    void resumes_after_the_commit() {
        CutProgress p = CutProgress.decide(facts(Optional.of(HEAD), Optional.empty(), Optional.of(CUTOFF),
                Optional.of("2.3.0\n"), Optional.empty(), false, Optional.empty()));

        assertThat(p.remaining()).containsExactlyInAnyOrder(Step.TAG, Step.PUSH);
        assertThat(p.cutoffCommit()).isEqualTo(CUTOFF);
        assertThat(p.branchHead()).isEqualTo(HEAD);
        assertThat(p.resumed()).isTrue();
    }

    @Test
    @DisplayName("R-V3 a run interrupted after the branch was cut (still at the cutoff) resumes with the commit")
    void resumes_after_the_branch() {
        CutProgress p = CutProgress.decide(facts(Optional.of(CUTOFF), Optional.empty(), Optional.of(CUTOFF),
                Optional.of("2.2.0\n"), Optional.empty(), false, Optional.empty()));

        assertThat(p.remaining()).containsExactlyInAnyOrder(Step.COMMIT, Step.TAG, Step.PUSH);
    }

    @Test
    @DisplayName("R-V3 a published release whose pull request is missing resumes with the pull request only")
    void published_without_pull_request() {
        CutProgress p = CutProgress.decide(facts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(HEAD), true, Optional.of(false)));

        assertThat(p.remaining()).isEmpty();
        assertThat(p.branchHead()).isEqualTo(HEAD);
    }

    @Test
    @DisplayName("R-V3 a published release with its pull request is refused, saying what exists")
    void published_with_pull_request_is_refused() {
        assertThatThrownBy(() -> CutProgress.decide(facts(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(HEAD), true, Optional.of(true))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(Rule.R_V3))
                .hasMessage("R-V3: " + FlowMessages.alreadyPrepared(V,
                        "tag v2.3.0 and branch release/v2.3.0 exist on origin and its pull request was opened"));
    }

    @Test
    @DisplayName("R-T1 a remote holding the tag without the branch is refused")
    void half_published_is_refused() {
        assertThatThrownBy(() -> CutProgress.decide(facts(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true, Optional.empty())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(Rule.R_T1))
                .hasMessage("R-T1: " + FlowMessages.partiallyPublished(V,
                        "tag v2.3.0 exists on origin, branch release/v2.3.0 does not"));
    }

    @Test
    @DisplayName("R-V3 a local tag without its branch, or on another commit, is refused as a mismatch")
    void local_mismatches_are_refused() {
        assertThatThrownBy(() -> CutProgress.decide(facts(Optional.empty(), Optional.of(HEAD), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(Rule.R_V3));
        assertThatThrownBy(() -> CutProgress.decide(facts(Optional.of(HEAD), Optional.of(CUTOFF), Optional.of(CUTOFF),
                Optional.of("2.3.0"), Optional.empty(), false, Optional.empty())))
                .hasMessage("R-V3: " + FlowMessages.localMismatch(V, "tag v2.3.0 does not point at the head of release/v2.3.0"));
        assertThatThrownBy(() -> CutProgress.decide(facts(Optional.of(HEAD), Optional.empty(), Optional.of(CUTOFF),
                Optional.of("2.2.0"), Optional.empty(), false, Optional.empty())))
                .hasMessage("R-V3: " + FlowMessages.localMismatch(V,
                        "branch release/v2.3.0 neither starts at the cutoff nor carries version 2.3.0"));
    }

    @Property(tries = 200)
    @Label("R-V3 whatever exists locally and on the remote, the decision never plans a second tag or a push of a published release")
    void never_tags_or_pushes_twice(@ForAll boolean branch, @ForAll boolean tag, @ForAll boolean cutoff,
            @ForAll boolean committed, @ForAll boolean remoteBranch, @ForAll boolean remoteTag, @ForAll boolean pr) {
        CutFacts f = facts(branch ? Optional.of(HEAD) : Optional.empty(), tag ? Optional.of(HEAD) : Optional.empty(),
                cutoff ? Optional.of(CUTOFF) : Optional.empty(),
                branch ? Optional.of(committed ? "2.3.0" : "2.2.0") : Optional.empty(),
                remoteBranch ? Optional.of(HEAD) : Optional.empty(), remoteTag,
                remoteBranch && remoteTag ? Optional.of(pr) : Optional.empty());
        try {
            CutProgress p = CutProgress.decide(f);
            if (tag) {
                assertThat(p.remaining()).doesNotContain(Step.TAG);
            }
            if (remoteTag) {
                assertThat(p.remaining()).doesNotContain(Step.PUSH, Step.TAG, Step.COMMIT);
            }
            if (p.needs(Step.CREATE_BRANCH)) {
                assertThat(branch).isFalse();
            }
        } catch (RuleViolationException e) {
            assertThat(e.rule()).isIn(Rule.R_V3, Rule.R_T1);
        }
    }
}
