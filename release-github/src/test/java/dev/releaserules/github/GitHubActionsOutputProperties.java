package dev.releaserules.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GitHubActionsOutputProperties {

    /** Values with what breaks naive writers: line breaks, =, <<, delimiter-like lines, any Unicode but \r. */
    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().all().excludeChars('\r').ofMaxLength(12),
                Arbitraries.of("\n", "=", "<<", "EOF", "ghadelimiter_", "\nghadelimiter_0123\n", "name=value\n", "x<<EOF\n"));
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list)).filter(s -> s.codePoints()
                .noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE));   // lone ones are refused
    }

    @Provide
    Arbitrary<String> names() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').withChars('_', 'A', 'Z').ofLength(1),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('_', '-').ofMaxLength(20))
                .as(String::concat);
    }

    @Property(tries = 300)
    @Label("what is written to GITHUB_OUTPUT is read back by the runner as exactly the values given, in order")
    void outputs_round_trip(@ForAll("names") String first, @ForAll("values") String a, @ForAll("names") String second,
            @ForAll("values") String b) throws IOException {
        Path dir = Files.createTempDirectory("actions-output");
        try {
            Path out = Files.createFile(dir.resolve("output"));
            Map<String, String> values = new LinkedHashMap<>();
            values.put(first, a);
            values.put(second, b);

            GitHubActionsOutput.builder().outputFile(out).build().outputs(values);

            assertThat(GitHubActionsOutputTest.readAsTheRunnerDoes(out)).isEqualTo(values);
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 200)
    @Label("a value or summary that contains the token anywhere is refused and the message never holds it")
    void the_token_is_never_written(@ForAll("values") String before, @ForAll("values") String after) {
        String token = "ghs_" + Integer.toHexString(before.hashCode()) + "PropertyToken0123456789";
        GitHubActionsOutput actions = GitHubActionsOutput.fromEnvironment(Map.of("GITHUB_TOKEN", token));

        assertThatThrownBy(() -> actions.output("leak", before + token + after))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining(token);
        assertThatThrownBy(() -> actions.summary(before + token + after))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining(token);
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
