package dev.releaserules.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.event.EventType;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultTemplatesTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    @DisplayName("R-NT every event type has a default template using only its own placeholders")
    void every_event_has_a_valid_default(EventType type) {
        Template template = Template.defaultFor(type);

        assertThat(template.source()).isNotBlank();
        assertThat(template.unknownPlaceholders(type)).isEmpty();
        assertThat(template.placeholders()).isNotEmpty();
    }

    @Test
    @DisplayName("R-N1 the production success default names version, artifact, duration and release link")
    void production_success_names_what_the_process_shows() {
        String text = Template.defaultFor(EventType.PRODUCTION_SUCCEEDED).render(Events.productionSucceeded().attributes());

        assertThat(text).isEqualTo("✅ Production deployment SUCCESS: 2.2.0\nArtifact: ecr/spooliq:2.2.0\n"
                + "Duration: 5m 23s\nTime: 6h (target was 8h)\nRelease: https://github.com/acme/spooliq/releases/tag/v2.2.0");
    }

    @Test
    void braces_that_are_not_placeholders_stay_text() {
        Template template = Template.of("{a} { b} {} {B} {a_1} {{x}}");

        assertThat(template.placeholders()).containsExactly("a", "a_1", "x");
        assertThat(template.render(Map.of("a", "1", "x", "X"))).isEqualTo("1 { b} {} {B} {a_1} {X}");
    }

    @Test
    @DisplayName("R-NT a route in code naming an unknown placeholder is refused at once")
    void route_refuses_unknown_placeholder() {
        assertThatThrownBy(() -> Route.of(EventType.ROLLBACK_INITIATED, "#releases", "by {username}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("{username}")
                .hasMessageContaining("{by}");
    }
}
