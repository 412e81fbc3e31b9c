package dev.releaserules.notify.internal;

import dev.releaserules.core.event.Priority;
import dev.releaserules.core.spi.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The parts of a message a channel shows as markup rather than text (R-N2): links the library made,
 * written in a template as {@code <{pull_request_url}|PR #{pull_request}>}, and the mark of an
 * urgent message. A link counts only when its address is one of the notification's own
 * {@code *_url} attributes (URLs the library built and checked), so user text that imitates the
 * syntax stays text; every label and all other text is escaped by the channel.
 */
public final class RichText {
    /** The mark put before an urgent message on every channel. */
    public static final String URGENT = "🚨 URGENT";

    private RichText() {
    }

    /**
     * Renders a notification's text for a channel.
     *
     * @param notification the notification
     * @param text the text to render (the message, or its preview)
     * @param escape how the channel escapes text
     * @param link how the channel writes a link, from its address and escaped label
     * @return the channel's markup
     */
    public static String render(Notification notification, String text, UnaryOperator<String> escape,
            BiFunction<String, String, String> link) {
        Set<String> ours = new TreeSet<>();
        notification.attributes().forEach((name, value) -> {
            if (name.endsWith("_url") && !value.isEmpty()) {
                ours.add(value);
            }
        });
        StringBuilder out = new StringBuilder();
        int longest = ours.stream().mapToInt(String::length).max().orElse(0);
        int plainFrom = 0;
        int at = 0;
        // Linear: an address is looked for only as far as the longest of ours, a label only up to the line's end.
        while (longest > 0 && (at = text.indexOf('<', at)) >= 0) {
            int bar = at + 1;
            while (bar < text.length() && bar - at <= longest + 1 && text.charAt(bar) != '|' && text.charAt(bar) > ' ') {
                bar++;
            }
            int close = bar;
            if (bar < text.length() && text.charAt(bar) == '|' && ours.contains(text.substring(at + 1, bar))) {
                close = bar + 1;
                while (close < text.length() && text.charAt(close) != '>' && text.charAt(close) != '\n') {
                    close++;
                }
            }
            if (close > bar && close < text.length() && text.charAt(close) == '>') {
                out.append(escape.apply(text.substring(plainFrom, at)));
                out.append(link.apply(text.substring(at + 1, bar), escape.apply(text.substring(bar + 1, close))));
                plainFrom = close + 1;
                at = close + 1;
            } else {
                at++;
            }
        }
        out.append(escape.apply(text.substring(plainFrom)));
        return out.toString();
    }

    /**
     * The urgent mark and a separator for an urgent notification, else nothing.
     *
     * @param priority the priority
     * @param separator what follows the mark, such as {@code ": "} or a line break
     * @return the prefix
     */
    public static String urgentPrefix(Priority priority, String separator) {
        return priority == Priority.URGENT ? URGENT + separator : "";
    }

    /**
     * The links of a text, for tests and channels that list them separately.
     *
     * @param notification the notification
     * @param text the text
     * @return the addresses of the links, in order
     */
    public static List<String> links(Notification notification, String text) {
        List<String> found = new ArrayList<>();
        render(notification, text, s -> "", (url, label) -> {
            found.add(url);
            return "";
        });
        return found;
    }
}
