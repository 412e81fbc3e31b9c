package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R-SO1 read the way the code host shows a comment: only top-level paragraph lines carry commands. */
class CommentCommandMarkdownTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "~~~~\n/approve\n~~~~",
        "````\n```\n/approve\n```\n````",
        "~~~~~ text\n~~~\n/approve\n~~~~~",
        "```\n/approve\n",
        "<!--\nLGTM\n/approve\n-->",
        "<!-- note\n\n/approve\n\n-->",
        "Looks good <!--\n/approve\n-->",
        "Run `x\n/approve` first",
        "> I said\n/approve",
        "> quoted\n> more\n/reject lazy continuation",
        "- item\n  /approve",
        "LGTM\u2028/approve",
        "LGTM\u2029/approve",
        "LGTM\u0085/approve",
        "LGTM\u000B/approve",
        "LGTM\f/approve",
        "\u2028/approve",
        "/approve\n===",
        "    /approve",
    })
    @DisplayName("R-SO1 a command the host does not show as a paragraph line does not count")
    void hidden_commands_do_not_count(String comment) {
        assertThat(CommentCommand.parseAll(comment)).isEmpty();
    }

    @Test
    @DisplayName("R-SO1 commands in top-level paragraphs count, around code, quotes and comments")
    void visible_commands_count() {
        String comment = """
                ~~~
                /reject in code
                ~~~
                /approve

                > /reject quoted

                <!-- /reject hidden -->

                /reject  flaky on staging\t
                """;

        assertThat(CommentCommand.parseAll(comment)).containsExactly(new CommentCommand.Approve(),
                new CommentCommand.Reject("flaky on staging"));
    }

    @Test
    @DisplayName("R-SO1 a /reject reason of 1,000,000 characters is refused before anything changes")
    void an_overlong_reason_is_invalid_and_changes_nothing() {
        // given
        String reason = "x".repeat(1_000_000);
        ReleaseDesk desk = ReleaseDesk.builder().build();

        // when
        ManifestUpdate update = desk.comment(Seeds.seed(), "api", "@alice", "/reject " + reason);

        // then
        assertThat(update.isAccepted()).isFalse();
        assertThat(update.manifest()).isEqualTo(Seeds.seed());
        assertThat(update.events()).isEmpty();
        assertThat(CommentCommand.parse("/reject " + "y".repeat(SignOff.MAX_REASON + 1)))
                .isEqualTo(new CommentCommand.Invalid("the /reject reason has 1001 characters; at most 1000 are kept in the manifest"));
        assertThat(CommentCommand.parse("/reject " + "y".repeat(SignOff.MAX_REASON)))
                .isEqualTo(new CommentCommand.Reject("y".repeat(SignOff.MAX_REASON)));
    }

    @Test
    @DisplayName("R-SO1 a rejection whose reason is too long for the manifest is refused by the sign-off itself")
    void a_sign_off_refuses_an_overlong_reason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignOff.rejected("@alice", "", "z".repeat(1_001)))
                .isInstanceOf(dev.releaserules.core.InvalidInputException.class)
                .hasMessageContaining("at most 1000 characters");
        assertThat(List.of(SignOff.rejected("@alice", "", "z".repeat(1_000)))).hasSize(1);
    }
}
