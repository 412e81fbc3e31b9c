package dev.releaserules.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubActionsOutputTest {
    @TempDir
    Path dir;

    /**
     * Reads an output file the way the Actions runner does: {@code name=value} lines, and
     * {@code name<<DELIMITER} followed by lines up to the one equal to the delimiter. A record it
     * cannot read fails the test, as it fails the step on GitHub.
     */
    static Map<String, String> readAsTheRunnerDoes(Path file) throws IOException {
        Map<String, String> outputs = new LinkedHashMap<>();
        List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i++);
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            int heredoc = line.indexOf("<<");
            if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
                outputs.put(line.substring(0, equals), line.substring(equals + 1));
                continue;
            }
            assertThat(heredoc).as("a record the runner cannot read: %s", line).isPositive();
            String name = line.substring(0, heredoc);
            String delimiter = line.substring(heredoc + 2);
            StringBuilder value = new StringBuilder();
            boolean first = true;
            while (true) {
                assertThat(i).as("no closing delimiter for %s", name).isLessThan(lines.size());
                String next = lines.get(i++);
                if (next.equals(delimiter)) {
                    break;
                }
                value.append(first ? "" : "\n").append(next);
                first = false;
            }
            outputs.put(name, value.toString());
        }
        return outputs;
    }

    private Path runnerFile(String name) throws IOException {
        return Files.createFile(dir.resolve(name));   // the runner creates both files before the step
    }

    @Test
    @DisplayName("one-line values are name=value, multi-line values use a random delimiter; the runner reads back what was written")
    void writes_the_documented_format() throws IOException {
        Path out = runnerFile("output");
        GitHubActionsOutput actions = GitHubActionsOutput.fromEnvironment(Map.of("GITHUB_OUTPUT", out.toString()));

        actions.output("version", "2.3.0").output("tag", "v2.3.0")
                .output("notes", "## 2.3.0\n\n- feat: export\n")
                .outputs(new LinkedHashMap<>(Map.of("pull_request", "42")));

        String text = Files.readString(out);
        assertThat(text).startsWith("version=2.3.0\ntag=v2.3.0\nnotes<<ghadelimiter_");
        assertThat(readAsTheRunnerDoes(out)).containsExactly(Map.entry("version", "2.3.0"), Map.entry("tag", "v2.3.0"),
                Map.entry("notes", "## 2.3.0\n\n- feat: export\n"), Map.entry("pull_request", "42"));
    }

    @Test
    @DisplayName("hostile values: a line that looks like another output, =, <<, an empty value, a value that is only line breaks")
    void hostile_values_stay_one_value_each() throws IOException {
        Path out = runnerFile("output");
        GitHubActionsOutput actions = GitHubActionsOutput.builder().outputFile(out).build();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("a", "x\ntriggered=true\nEOF");
        values.put("b", "k=v<<EOF");
        values.put("c", "");
        values.put("d", "\n\n");
        values.put("e", "ghadelimiter_\nghadelimiter_00\n");
        values.put("_f-1", "tail without newline");

        actions.outputs(values);

        assertThat(readAsTheRunnerDoes(out)).isEqualTo(values);
    }

    @Test
    @DisplayName("a value that contains the delimiter drawn for it gets another one")
    void a_value_holding_the_drawn_delimiter_gets_another() throws IOException {
        Path first = runnerFile("first");
        GitHubActionsOutput.builder().outputFile(first).random(new Random(7)).build().output("probe", "a\nb");
        String drawn = Files.readString(first).lines().findFirst().orElseThrow().substring("probe<<".length());
        Path out = runnerFile("output");
        String hostile = "before\n" + drawn + "\ntriggered=true\n" + drawn;

        GitHubActionsOutput.builder().outputFile(out).random(new Random(7)).build().output("notes", hostile);

        assertThat(Files.readString(out)).doesNotStartWith("notes<<" + drawn + "\n");
        assertThat(readAsTheRunnerDoes(out)).containsExactly(Map.entry("notes", hostile));
    }

    @Test
    @DisplayName("writes append to what earlier steps or calls wrote, and the summary ends with a line break")
    void appends_and_summarises() throws IOException {
        Path out = runnerFile("output");
        Path summary = runnerFile("summary");
        Files.writeString(out, "earlier=1\n");
        Files.writeString(summary, "# Earlier\n");
        GitHubActionsOutput actions = GitHubActionsOutput.fromEnvironment(
                Map.of("GITHUB_OUTPUT", out.toString(), "GITHUB_STEP_SUMMARY", summary.toString()));

        actions.output("version", "2.3.0").summary("## Release 2.3.0\n\n| a | b |\n| --- | --- |").summary("");

        assertThat(readAsTheRunnerDoes(out)).containsExactly(Map.entry("earlier", "1"), Map.entry("version", "2.3.0"));
        assertThat(Files.readString(summary)).isEqualTo("# Earlier\n## Release 2.3.0\n\n| a | b |\n| --- | --- |\n");
    }

    @Test
    @DisplayName("outside Actions (no variables) nothing is written and nothing fails")
    void outside_actions_writes_nothing() throws IOException {
        GitHubActionsOutput actions = GitHubActionsOutput.fromEnvironment(Map.of("GITHUB_OUTPUT", " "));

        actions.output("version", "2.3.0").summary("# notes");

        assertThat(actions.outputFile()).isEmpty();
        assertThat(actions.summaryFile()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    @DisplayName("the token is never written: a value or summary holding it is refused without quoting it, the files stay as they were")
    void secrets_are_never_written() throws IOException {
        Path out = runnerFile("output");
        Path summary = runnerFile("summary");
        String token = "ghs_s3cr3tTokenValue0123456789";
        GitHubActionsOutput actions = GitHubActionsOutput.fromEnvironment(Map.of("GITHUB_OUTPUT", out.toString(),
                "GITHUB_STEP_SUMMARY", summary.toString(), "GITHUB_TOKEN", token));
        GitHubActionsOutput webhook = GitHubActionsOutput.builder().outputFile(out)
                .secret("https://hooks.slack.com/services/T000/B000/XXXX").build();

        assertThatThrownBy(() -> actions.outputs(new LinkedHashMap<>(Map.of("ok", "1", "url", "https://x-access-token:" + token + "@github.com"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("step output \"url\"").hasMessageContaining("no secret")
                .hasMessageNotContaining(token).hasMessageNotContaining("ghs_");
        assertThatThrownBy(() -> actions.summary("log:\n" + token.substring(0, 4) + token.substring(4)))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining(token);
        assertThatThrownBy(() -> webhook.output("hook", "posted to https://hooks.slack.com/services/T000/B000/XXXX"))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining("hooks.slack.com");
        assertThat(Files.readString(out)).isEmpty();
        assertThat(Files.readString(summary)).isEmpty();
        assertThat(actions.toString()).doesNotContain(token).contains(out.toString());
        assertThatThrownBy(() -> GitHubActionsOutput.builder().secret(" ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("a lone surrogate, which has no UTF-8 form, is refused instead of becoming '?'; a pair is written")
    void lone_surrogates_are_refused() throws IOException {
        Path out = runnerFile("output");
        GitHubActionsOutput actions = GitHubActionsOutput.builder().outputFile(out).summaryFile(runnerFile("summary")).build();

        assertThatThrownBy(() -> actions.output("broken", "a\uD800b")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("lone surrogate").hasMessageContaining("position 1");
        assertThatThrownBy(() -> actions.summary("\uDC00")).isInstanceOf(InvalidInputException.class);
        actions.output("emoji", "\uD83D\uDE80 release");

        assertThat(readAsTheRunnerDoes(out)).containsExactly(Map.entry("emoji", "\uD83D\uDE80 release"));
    }

    @Test
    @DisplayName("a name GitHub cannot read is refused before anything is written")
    void malformed_names_are_refused() throws IOException {
        Path out = runnerFile("output");
        GitHubActionsOutput actions = GitHubActionsOutput.builder().outputFile(out).build();

        for (String name : List.of("", "1st", "a=b", "a<<b", "a b", "a\nb", "ü")) {
            assertThatThrownBy(() -> actions.outputs(new LinkedHashMap<>(Map.of("good", "1", name, "x"))))
                    .as(name).isInstanceOf(InvalidInputException.class).hasMessageContaining("step output name");
        }
        assertThat(Files.readString(out)).isEmpty();
    }

    @Test
    @DisplayName("a summary past GitHub's 1 MiB is refused and the file keeps what it had; a missing directory is a typed error naming the variable")
    void bounded_and_typed() throws IOException {
        Path summary = runnerFile("summary");
        Files.writeString(summary, "x".repeat(GitHubActionsOutput.MAX_FILE_BYTES - 10));
        GitHubActionsOutput actions = GitHubActionsOutput.builder().summaryFile(summary)
                .outputFile(dir.resolve("gone").resolve("output")).build();

        assertThatThrownBy(() -> actions.summary("y".repeat(20))).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("GITHUB_STEP_SUMMARY").hasMessageContaining("1048576");
        assertThat(Files.size(summary)).isEqualTo(GitHubActionsOutput.MAX_FILE_BYTES - 10);
        assertThatThrownBy(() -> actions.output("a", "b")).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("GITHUB_OUTPUT");
    }
}
