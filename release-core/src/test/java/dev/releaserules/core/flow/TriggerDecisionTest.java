package dev.releaserules.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.version.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The post-merge decision (R-T3, R-T2), on facts alone: no repository. */
class TriggerDecisionTest {
    private static final String TAGGED = "a".repeat(40);
    private static final String HEAD = "b".repeat(40);
    private static final Version V = Version.parse("2.2.1");
    private static final List<Commit> FIX = List.of(Commit.of(HEAD, "fix: the fix", "dev", Instant.EPOCH));
    private final QuickReleaseRules rules = QuickReleaseRules.defaults();

    private static TriggerFacts facts(boolean recorded, Optional<String> head, List<Commit> unshipped,
            Optional<String> remoteTag, boolean inMain, Optional<Version> atHead) {
        return new TriggerFacts(V, "v2.2.1", "hotfix/v2.2.1", "origin", TAGGED, recorded, head, unshipped, remoteTag,
                inMain, atHead, atHead.map(Version::toString));
    }

    @Test
    @DisplayName("R-T3 a record on the remote means already triggered, whatever else holds")
    void already_triggered() {
        TriggerDecision d = TriggerDecision.decide(facts(true, Optional.of(HEAD), FIX, Optional.empty(), false,
                Optional.empty()), UnshippedCommits.MOVE_TAG, rules);

        assertThat(d.alreadyTriggered()).isTrue();
    }

    @Test
    @DisplayName("R-T3 a tag that contains the merged head ships the tagged commit")
    void tag_contains_head() {
        TriggerDecision d = TriggerDecision.decide(facts(false, Optional.of(HEAD), List.of(), Optional.of(TAGGED), true,
                Optional.of(V)), UnshippedCommits.REFUSE, rules);

        assertThat(d).isEqualTo(new TriggerDecision(false, false, TAGGED));
    }

    @Test
    @DisplayName("R-T3 unshipped commits are refused by default, naming them")
    void unshipped_refused() {
        assertThatThrownBy(() -> TriggerDecision.decide(facts(false, Optional.of(HEAD), FIX, Optional.of(TAGGED), true,
                Optional.of(V)), UnshippedCommits.REFUSE, rules))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(Rule.R_T3))
                .hasMessage("R-T3: " + FlowMessages.unshipped("v2.2.1", TAGGED, "hotfix/v2.2.1", HEAD, FIX));
    }

    @Test
    @DisplayName("R-T3 with MOVE_TAG the tag moves to a merged head whose version file holds the version")
    void move_tag() {
        TriggerDecision d = TriggerDecision.decide(facts(false, Optional.of(HEAD), FIX, Optional.of(TAGGED), true,
                Optional.of(V)), UnshippedCommits.MOVE_TAG, rules);

        assertThat(d).isEqualTo(new TriggerDecision(false, true, HEAD));
    }

    @Test
    @DisplayName("R-T3 R-T2 the tag does not move when origin lacks it, differs, the head is unmerged, or the version file disagrees")
    void move_tag_refusals() {
        assertThatThrownBy(() -> TriggerDecision.decide(facts(false, Optional.of(HEAD), FIX, Optional.empty(), true,
                Optional.of(V)), UnshippedCommits.MOVE_TAG, rules)).hasMessage("R-T3: " + FlowMessages.tagNotOnRemote("v2.2.1", "origin"));
        assertThatThrownBy(() -> TriggerDecision.decide(facts(false, Optional.of(HEAD), FIX, Optional.of(HEAD), true,
                Optional.of(V)), UnshippedCommits.MOVE_TAG, rules)).hasMessage("R-T3: " + FlowMessages.tagDiffersOnRemote("v2.2.1", "origin", TAGGED, HEAD));
        assertThatThrownBy(() -> TriggerDecision.decide(facts(false, Optional.of(HEAD), FIX, Optional.of(TAGGED), false,
                Optional.of(V)), UnshippedCommits.MOVE_TAG, rules)).hasMessage("R-T3: " + FlowMessages.headNotMerged("v2.2.1", "hotfix/v2.2.1", HEAD, "main"));
        assertThatThrownBy(() -> TriggerDecision.decide(facts(false, Optional.of(HEAD), FIX, Optional.of(TAGGED), true,
                Optional.of(Version.parse("2.2.2"))), UnshippedCommits.MOVE_TAG, rules))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(Rule.R_T2))
                .hasMessage("R-T2: " + FlowMessages.movedTagVersion("v2.2.1", "hotfix/v2.2.1", HEAD, "version.txt", "2.2.2"));
    }

    @Test
    @DisplayName("R-T3 only a merged pull request into main from release/* or hotfix/* concerns production")
    void applicability() {
        PullRequest merged = new PullRequest(7, "t", "", "hotfix/v2.2.1", "main", Set.of(), PullRequest.State.MERGED,
                "alice", PullRequest.MergeMethod.MERGE_COMMIT);
        assertThat(PostMergeCommand.notApplicable(merged, rules)).isEmpty();
        assertThat(PostMergeCommand.notApplicable(new PullRequest(7, "t", "", "hotfix/v2.2.1", "main", Set.of(),
                PullRequest.State.CLOSED, "", PullRequest.MergeMethod.NONE), rules)).contains(
                "pull request #7 was closed without merging");
        assertThat(PostMergeCommand.notApplicable(new PullRequest(7, "t", "", "hotfix/v2.2.1", "develop", Set.of(),
                PullRequest.State.MERGED, "alice", PullRequest.MergeMethod.MERGE_COMMIT), rules)).contains(
                "pull request #7 was merged into develop, not main");
        assertThat(PostMergeCommand.notApplicable(new PullRequest(7, "t", "", "feature/x", "main", Set.of(),
                PullRequest.State.MERGED, "alice", PullRequest.MergeMethod.MERGE_COMMIT), rules)).contains(
                "pull request #7 comes from feature/x, not a release/* or hotfix/* branch");
    }
}
