package dev.releaserules.core.chatops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.chatops.ReleaseCommand.Invalid;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReleaseCommandTest {

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("/release create", new ReleaseCommand.Create()),
                Arguments.of("create", new ReleaseCommand.Create()),
                Arguments.of("  /release   STATUS  ", new ReleaseCommand.Status()),
                Arguments.of("/release signoff api", new ReleaseCommand.SignOff("api")),
                Arguments.of("/release sign-off placement-service", new ReleaseCommand.SignOff("placement-service")),
                Arguments.of("/release approve", new ReleaseCommand.Approve()),
                Arguments.of("/release deploy", new ReleaseCommand.Deploy(false)),
                Arguments.of("/release deploy --dry-run", new ReleaseCommand.Deploy(false)),
                Arguments.of("/release deploy --apply", new ReleaseCommand.Deploy(true)),
                Arguments.of("/release rollback error rate above SLO",
                        new ReleaseCommand.Rollback("error rate above SLO")),
                Arguments.of("rollback\tp1 incident\n  in api ", new ReleaseCommand.Rollback("p1 incident\n  in api")),
                Arguments.of("/release cancel the fix missed the freeze",
                        new ReleaseCommand.Cancel("the fix missed the freeze")),
                Arguments.of("/release", new ReleaseCommand.Help()),
                Arguments.of("", new ReleaseCommand.Help()),
                Arguments.of("/release help", new ReleaseCommand.Help()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("valid")
    @DisplayName("R-CO each /release command parses with its arguments")
    void parses_commands(String text, ReleaseCommand expected) {
        // when
        ReleaseCommand parsed = ReleaseCommand.parse(text);

        // then
        assertThat(parsed).isEqualTo(expected);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("/release ship-it", "Unknown command \"ship-it\""),
                Arguments.of("/deploy now", "Unknown command \"/deploy\""),
                Arguments.of("/release create now", "/release create takes no arguments"),
                Arguments.of("/release status please", "/release status takes no arguments"),
                Arguments.of("/release approve everything", "/release approve takes no arguments"),
                Arguments.of("/release signoff", "/release signoff needs exactly one component name, such as"
                        + " /release signoff api"),
                Arguments.of("/release signoff api portal", "/release signoff needs exactly one component name,"
                        + " such as /release signoff api"),
                Arguments.of("/release signoff ../etc", "Invalid component name \"../etc\": expected letters,"
                        + " digits, '.', '_' or '-', starting with a letter or digit"),
                Arguments.of("/release deploy --force", "/release deploy takes no argument (a dry run), --dry-run"
                        + " or --apply"),
                Arguments.of("/release deploy --apply --dry-run", "/release deploy takes no argument (a dry run),"
                        + " --dry-run or --apply"),
                Arguments.of("/release rollback", "/release rollback needs a reason, such as /release rollback"
                        + " error rate above SLO"),
                Arguments.of("/release rollback   ", "/release rollback needs a reason, such as /release rollback"
                        + " error rate above SLO"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalid")
    @DisplayName("R-CO unknown commands and bad arguments parse to Invalid with the problem, not an exception")
    void bad_commands_are_invalid(String text, String problem) {
        // when
        ReleaseCommand parsed = ReleaseCommand.parse(text);

        // then
        assertThat(parsed).isEqualTo(new Invalid(problem));
    }

    @Test
    @DisplayName("R-CO the usage lists every command of the seed's bot")
    void usage_lists_every_command() {
        // when
        String usage = ReleaseCommand.usage();

        // then
        assertThat(usage).contains("/release create", "/release status", "/release signoff <component>",
                "/release approve", "/release deploy [--apply]", "/release rollback <reason>");
    }
}
