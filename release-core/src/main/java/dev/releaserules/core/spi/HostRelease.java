package dev.releaserules.core.spi;

import dev.releaserules.core.internal.Checks;

/**
 * A release page on the code host (a GitHub Release): the tag it belongs to, its title, its notes
 * and its address.
 *
 * @param tag the tag, such as {@code v2.3.0}
 * @param name the title, such as {@code v2.3.0}
 * @param body the notes, Markdown
 * @param url the page's address, empty when the host did not say
 */
public record HostRelease(String tag, String name, String body, String url) {

    /** Validates the parts. */
    public HostRelease {
        Checks.notBlank(tag, "tag");
        Checks.notNull(name, "name");
        Checks.notNull(body, "body");
        Checks.notNull(url, "url");
    }
}
