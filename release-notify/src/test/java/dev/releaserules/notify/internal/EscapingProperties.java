package dev.releaserules.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Label;

class EscapingProperties {

    @Property(tries = 200)
    @Label("R-N1 Slack escaping never lets < or > through")
    void slack_escaping_has_no_angle_brackets(@ForAll String text) {
        assertThat(Escaping.slack(text)).doesNotContain("<", ">");
    }

    @Property(tries = 200)
    @Label("R-N1 Telegram HTML escaping never lets <, > or a quote through")
    void html_escaping_has_no_markup(@ForAll String text) {
        assertThat(Escaping.html(text)).doesNotContain("<", ">", "\"");
    }

    @Property(tries = 200)
    void escaping_within_a_limit_fits_and_never_ends_inside_an_entity(@ForAll String text,
            @ForAll @IntRange(min = 6, max = 300) int limit) {
        String escaped = Escaping.slack(text, limit);

        assertThat(escaped.length()).isLessThanOrEqualTo(limit);
        assertThat(escaped).doesNotContain("<", ">");
        int amp = escaped.lastIndexOf('&');
        if (amp >= 0) {
            assertThat(escaped.substring(amp)).matches("&(amp|lt|gt);.*");
        }
    }

    @Property(tries = 200)
    void unescaping_slack_text_gives_the_original_back(@ForAll String text) {
        String back = Escaping.slack(text).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assertThat(back).isEqualTo(text);
    }

    @Property(tries = 200)
    void truncation_fits_and_keeps_a_prefix(@ForAll String text, @ForAll @IntRange(min = 2, max = 100) int limit) {
        String cut = Escaping.truncate(text, limit);

        assertThat(cut.length()).isLessThanOrEqualTo(limit);
        assertThat(text).startsWith(cut.endsWith(Escaping.ELLIPSIS) && !text.equals(cut)
                ? cut.substring(0, cut.length() - 1) : cut);
    }
}
