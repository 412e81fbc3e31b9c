package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommentCommandTest {

    @Test
    @DisplayName("R-SO1 /approve and /reject <reason> at the start of a line are commands")
    void commands_at_line_start_count() {
        assertThat(CommentCommand.parse("/approve")).isEqualTo(new CommentCommand.Approve());
        assertThat(CommentCommand.parse("Looks good.\n  /approve  \nthanks")).isEqualTo(new CommentCommand.Approve());
        assertThat(CommentCommand.parse("/reject  staging shows 500s on upload ")).isEqualTo(
                new CommentCommand.Reject("staging shows 500s on upload"));
        assertThat(CommentCommand.parseAll("/reject flaky\n/approve")).containsExactly(
                new CommentCommand.Reject("flaky"), new CommentCommand.Approve());
    }

    @Test
    @DisplayName("R-SO1 quoted lines, code blocks and commands inside a line do not count")
    void quoted_and_code_commands_do_not_count() {
        String comment = """
                > /approve
                >> /approve
                ```
                /approve
                ```
                ~~~text
                /reject nope
                ~~~
                    /approve
                \t/approve
                please type /approve when ready
                /approved
                /approvex
                """;

        assertThat(CommentCommand.parseAll(comment)).isEmpty();
        assertThat(CommentCommand.parse(comment)).isInstanceOf(CommentCommand.Invalid.class);
    }

    @Test
    @DisplayName("R-SO1 /reject without a reason is refused with the usage")
    void reject_without_reason_is_invalid() {
        assertThat(CommentCommand.parse("/reject")).isEqualTo(
                new CommentCommand.Invalid("/reject needs a reason: /reject <reason>"));
        assertThat(CommentCommand.parse("/reject   ")).isInstanceOf(CommentCommand.Invalid.class);
    }
}
