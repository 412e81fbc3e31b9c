package dev.releaserules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The one template grammar: {snake_case} placeholders, everything else text. */
class PlaceholderTextTest {

    @Test
    void snake_case_names_are_placeholders_and_other_braces_are_text() {
        PlaceholderText text = PlaceholderText.of("{tag} {pull_request} {Tag} { x } {} {9a} {a-b}");

        assertThat(text.placeholders()).containsExactly("tag", "pull_request");
        assertThat(text.render(Map.of("tag", "v2.3.0", "pull_request", "42")))
                .isEqualTo("v2.3.0 42 {Tag} { x } {} {9a} {a-b}");
        assertThat(text.render(Map.of())).isEqualTo(text.source());
    }

    @Test
    void unknown_and_camel_case_placeholders_are_problems_naming_what_to_write() {
        assertThat(PlaceholderText.of("{tga}").findProblem(Set.of("tag"))).get()
                .satisfies(p -> assertThat(p.describe(List.of("tag"))).isEqualTo("only the placeholders {tag}; {tga} is not one"));
        assertThat(PlaceholderText.of("x {pullRequest}").findProblem(Set.of("pull_request"))).get()
                .satisfies(p -> {
                    assertThat(p.position()).isEqualTo(2);
                    assertThat(p.replacement()).contains("{pull_request}");
                });
        assertThat(PlaceholderText.of("{Whatever} {tag}").findProblem(Set.of("tag"))).isEmpty();
    }

    @Test
    void channel_patterns_match_any_text_in_place_of_a_placeholder() {
        assertThat(PlaceholderText.of("#releases-{team}").matches("#releases-payments")).isTrue();
        assertThat(PlaceholderText.of("#releases-{team}").matches("#deploys-payments")).isFalse();
        assertThat(PlaceholderText.of("a.b").matches("aXb")).isFalse();
    }

    @Property(tries = 200)
    @Label("rendering puts each value in once: a value holding a placeholder stays as it is")
    void values_are_put_in_once(@ForAll @AlphaChars @StringLength(max = 12) String before) {
        String value = before + "{tag}";
        assertThat(PlaceholderText.of("{tag}-{tag}").render(Map.of("tag", value))).isEqualTo(value + "-" + value);
    }

    @Test
    void camel_case_names_have_a_snake_case_form() {
        assertThat(PlaceholderText.snakeCase("cutoffCommit")).isEqualTo("cutoff_commit");
        assertThat(PlaceholderText.snakeCase("previousTag")).isEqualTo("previous_tag");
        assertThat(PlaceholderText.snakeCase("tag")).isEqualTo("tag");
    }
}
