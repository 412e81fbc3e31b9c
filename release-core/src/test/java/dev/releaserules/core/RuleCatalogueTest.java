package dev.releaserules.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/rules.md and the {@link Rule} enum say the same, and every rule has a test that names it. */
class RuleCatalogueTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void every_rule_is_in_docs_rules_md_with_its_statement() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/rules.md"), StandardCharsets.UTF_8);
        for (Rule rule : Rule.values()) {
            assertThat(doc).as("docs/rules.md row of %s", rule.id())
                    .contains("| " + rule.id() + " | " + rule.statement().replace("|", "\\|") + " |");
        }
        long rows = doc.lines().filter(l -> l.startsWith("| R-")).count();
        assertThat(rows).as("rows in docs/rules.md").isEqualTo(Rule.values().length);
    }

    @Test
    void every_rule_is_named_by_at_least_one_test() throws IOException {
        List<String> tests = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(p -> Files.isDirectory(p.resolve("src/test/java"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/test/java"))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        tests.add(Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        String all = String.join("\n", tests);
        for (Rule rule : Rule.values()) {
            assertThat(all).as("a test naming %s (\"%s ...\" in a @DisplayName or @Label)", rule.id(), rule.id())
                    .containsPattern("\"" + rule.id() + "\\b");
        }
    }

    @Test
    void rules_are_found_by_id_and_unknown_ids_are_refused() {
        assertThat(Rule.of("R-T3")).isEqualTo(Rule.R_T3);
        assertThat(new RuleViolationException(Rule.R_T3, "x").getMessage()).isEqualTo("R-T3: x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rule.of("R-X9"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid rule id \"R-X9\": expected a rule id of the catalogue, such as R-T3");
    }
}
