package dev.releaserules.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.event.EventType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Label;

class TemplateProperties {

    @Property(tries = 200)
    @Label("R-NT rendering never throws on arbitrary attribute values and inserts them verbatim")
    void rendering_never_throws(@ForAll EventType type, @ForAll List<String> values) {
        // given
        Map<String, String> attributes = new LinkedHashMap<>();
        int i = 0;
        for (String name : type.allowedPlaceholders()) {
            attributes.put(name, values.isEmpty() ? "" : values.get(i++ % values.size()));
        }
        Template template = Template.defaultFor(type);

        // when
        String text = template.render(attributes);

        // then
        for (String name : template.placeholders()) {
            assertThat(text).contains(attributes.get(name));
        }
    }

    @Property(tries = 200)
    @Label("R-NT rendering any template with any values never throws")
    void any_template_renders(@ForAll String source, @ForAll Map<String, String> values) {
        assertThat(Template.of(source).render(values)).isNotNull();
    }
}
