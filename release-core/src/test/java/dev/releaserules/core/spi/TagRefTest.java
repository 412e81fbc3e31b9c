package dev.releaserules.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TagRefTest {
    private static final String ID = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void the_three_part_constructor_has_no_tagger_time() {
        assertThat(new TagRef("v1.0.0", ID, true).taggerTime()).isEmpty();
        assertThat(new TagRef("v1.0.0", ID, false)).isEqualTo(TagRef.lightweight("v1.0.0", ID));
    }

    @Test
    void an_annotated_tag_carries_its_tagger_time() {
        Instant time = Instant.parse("2024-03-04T05:06:07Z");

        assertThat(TagRef.annotated("v1.0.0", ID, time).taggerTime()).contains(time);
    }

    @Test
    void a_lightweight_tag_with_a_tagger_time_is_refused_by_name() {
        assertThatThrownBy(() -> new TagRef("nightly", ID, false, Optional.of(Instant.EPOCH)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("lightweight tag nightly").hasMessageContaining("only an annotated tag object");
        assertThatThrownBy(() -> new TagRef("v1", ID, true, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tagger time");
    }
}
