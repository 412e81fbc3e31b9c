package dev.releaserules.notify.internal;

import dev.releaserules.core.internal.PlaceholderText;
import java.util.Collection;

/** Channel names with placeholders, such as {@code #team-{team}}, and what they match. */
public final class ChannelNames {

    private ChannelNames() {
    }

    /**
     * Whether a channel name holds placeholders.
     *
     * @param name the name
     * @return true for names such as {@code #team-{team}}
     */
    public static boolean isPattern(String name) {
        return PlaceholderText.of(name).hasPlaceholders();
    }

    /**
     * Whether a rendered channel name matches a name with placeholders; each placeholder matches
     * any text.
     *
     * @param pattern the configured name, such as {@code #team-{team}}
     * @param name the rendered name, such as {@code #team-api}
     * @return true when it matches
     */
    public static boolean matches(String pattern, String name) {
        return PlaceholderText.of(pattern).matches(name);
    }

    /**
     * Whether a route's channel, as written, has a configuration: the same name is configured, or a
     * configured name with placeholders matches it.
     *
     * @param routeChannel the route's channel as written
     * @param configured the configured names
     * @return true when it has one
     */
    public static boolean isConfigured(String routeChannel, Collection<String> configured) {
        if (configured.contains(routeChannel)) {
            return true;
        }
        return !isPattern(routeChannel)
                && configured.stream().anyMatch(name -> isPattern(name) && matches(name, routeChannel));
    }
}
