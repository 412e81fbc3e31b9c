package dev.releaserules.testkit.assertions;

import static dev.releaserules.testkit.assertions.AssertionFailures.failure;
import static dev.releaserules.testkit.assertions.ReleaseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;


import dev.releaserules.core.commit.CommitMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Assertions on commit messages: each passes on a fitting message and fails saying what was expected and found. */
class CommitMessageAssertTest {
    final CommitMessage breaking = CommitMessage.parse("feat(api)!: drop v1 endpoints");
    final CommitMessage fix = CommitMessage.parse("fix: rate limiting edge case");
    final CommitMessage wip = CommitMessage.parse("WIP\u0000\nmore");

    @Test
    @DisplayName("R-C1 isConventional and isNonConventional say what the message was parsed as")
    void conventional_or_not() {
        assertThat(fix).isConventional().hasType("FIX");
        assertThat(wip).isNonConventional();

        assertThat(failure(() -> assertThat(wip).isConventional()))
                .isEqualTo("Expecting a conventional commit, but \"WIP\\u0000\\nmore\" is not conventional: "
                        + ((dev.releaserules.core.commit.NonConventional) wip).reason());
        assertThat(failure(() -> assertThat(fix).isNonConventional())).isEqualTo(
                "Expecting a message that is not conventional, but \"fix: rate limiting edge case\" is a conventional "
                        + "commit of type \"fix\"");
        assertThat(failure(() -> assertThat(CommitMessage.parse("Merge branch 'x' into main")).isConventional()))
                .isEqualTo("Expecting a conventional commit, but \"Merge branch 'x' into main\" is a merge commit");
    }

    @Test
    @DisplayName("R-C1 isBreaking and isNotBreaking show the message and what breaks")
    void breaking_or_not() {
        assertThat(breaking).isBreaking();
        assertThat(fix).isNotBreaking();

        assertThat(failure(() -> assertThat(fix).isBreaking())).isEqualTo(
                "Expecting a breaking change (\"!\" before the colon or a BREAKING CHANGE footer), but "
                        + "\"fix: rate limiting edge case\" is not breaking");
        assertThat(failure(() -> assertThat(breaking).isNotBreaking())).isEqualTo(
                "Expecting a change that is not breaking, but \"feat(api)!: drop v1 endpoints\" is breaking: "
                        + "\"drop v1 endpoints\"");
    }

    @Test
    @DisplayName("hasType compares the normalized type")
    void has_type() {
        assertThat(failure(() -> assertThat(fix).hasType("feat")))
                .isEqualTo("Expecting a commit of type \"feat\", but \"fix: rate limiting edge case\" is of type \"fix\"");
    }

    @Test
    @DisplayName("a huge message is cut in the failure text")
    void huge_messages_are_cut() {
        CommitMessage huge = CommitMessage.parse("x".repeat(100_000));

        assertThat(failure(() -> assertThat(huge).isConventional()))
                .contains("x".repeat(200) + "\"... (100000 characters)").hasSizeLessThan(400);
    }
}
